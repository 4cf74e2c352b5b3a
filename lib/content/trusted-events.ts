/**
 * Events that make Tactful act (record, insert, copy, open, change a draft). A page script
 * can dispatch any of them on Tactful's UI — its shadow roots are open, and `el.click()`
 * reaches a button inside one — but only the browser creates trusted ones, from the user's
 * own input. Focus events are not listed: Tactful moves focus itself.
 */
const USER_ACTIONS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
  'reset',
  'paste',
  'cut',
  'copy',
  'drop',
] as const;

const guarded = new WeakSet<EventTarget>();

function stopUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

/**
 * Stops every untrusted user-action event at the root of a piece of Tactful's UI (a shadow
 * root), in the capture phase, before any handler inside it — React's included, which listens
 * on its container inside the root — can see it. One guard per root instead of a check in
 * every handler. Returns the root.
 */
export function guardTrustedEvents<T extends EventTarget>(root: T): T {
  if (guarded.has(root)) return root;
  guarded.add(root);
  for (const type of USER_ACTIONS) root.addEventListener(type, stopUntrusted, { capture: true });
  return root;
}

/** For listeners Tactful must put outside its own roots (a document-wide keyboard shortcut). */
export function isUserAction(event: Event): boolean {
  return event.isTrusted;
}
