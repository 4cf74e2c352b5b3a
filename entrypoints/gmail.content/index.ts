import '../../components/gmail/sidebar.css';
import { guardTrustedEvents } from '../../lib/content/trusted-events';
import type { GmailApp } from '../gmail-app';

/**
 * Gmail: wiring only (logic in lib/content/gmail, selectors in lib/sites/gmail, the sidebar in
 * components/gmail). A small loader, like Facebook's: the code is `gmail-app.js` and its chunks
 * (entrypoints/gmail-app.ts), imported from the extension's own files part by part, so that no
 * single task evaluates all of it. Tactful stops only when its settings say so or its extension
 * context is gone, never on an event the page can dispatch (lib/content/wxt-context.ts).
 */
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Fetching starts now; the module is evaluated later, in a task of its own.
    const loading = import(/* @vite-ignore */ browser.runtime.getURL('/gmail-app.js')) as Promise<{
      default: GmailApp;
    }>;
    let running: ReturnType<GmailApp['start']> | null = null;
    const ui = await createShadowRootUi(ctx, {
      name: 'tactful-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      // The host itself is the docked panel (sized inline), so WXT's `all: initial` host reset must not apply;
      // the UI sets its own font and colours (assist.css), so nothing useful is inherited either.
      inheritStyles: true,
      onMount(_container, shadow, host) {
        host.setAttribute('data-tactful', 'sidebar');
        host.style.display = 'none'; // shown with the first verdict, once the settings say Gmail is on
        guardTrustedEvents(shadow); // page scripts cannot press the sidebar's buttons
      },
      onRemove() {
        running?.stop();
      },
    });
    ui.mount();
    const app = (await loading).default;
    running = app.start(document, { host: ui.shadowHost, container: ui.uiContainer, remove: () => ui.remove() });
  },
});
