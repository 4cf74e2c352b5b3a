/**
 * "Cases changed" signal between the background and extension pages (same origin):
 * the background posts after captures; the dashboard posts after its own writes so the
 * background refreshes the toolbar badge, and reloads when the background posts.
 *
 * One channel object per context both posts and listens, so a context never receives
 * its own announcements (BroadcastChannel does not deliver to the posting object).
 */
const CHANNEL = 'tactful-cases';
let channel: BroadcastChannel | null = null;

function shared(): BroadcastChannel | null {
  try {
    channel ??= new BroadcastChannel(CHANNEL);
  } catch {
    // BroadcastChannel is missing in very old browsers: pages then refresh on focus.
  }
  return channel;
}

export function announceCasesChanged(): void {
  shared()?.postMessage('changed');
}

export function onCasesChanged(callback: () => void): () => void {
  const c = shared();
  if (!c) return () => {};
  const listener = () => callback();
  c.addEventListener('message', listener);
  return () => c.removeEventListener('message', listener);
}
