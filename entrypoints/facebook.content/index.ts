import '../../components/facebook/card.css';
import { guardTrustedEvents } from '../../lib/content/trusted-events';
import type { FacebookApp } from '../facebook-app';

/**
 * Facebook fan pages: wiring only (logic in lib/content/facebook, selectors in lib/sites/facebook).
 *
 * This content script is a small loader (~12 KB). The code it runs — the detector, zod and
 * the schemas, the controller, React for the card — is the ES module `facebook-app.js` and
 * its chunks (entrypoints/facebook-app.ts, built by the hook in wxt.config.ts), imported
 * from the extension's own files part by part, so that no single task evaluates all of it.
 * (Running the loader at `document_end` instead was measured: no earlier badges on the
 * 2,000-comment post, and occasional long tasks while the page did its first layout.)
 *
 * Tactful stops only when its settings say so or its extension context is gone (the
 * controller's session), never on an event the page can dispatch: WXT's start-up signal is
 * neither sent nor listened to (lib/content/wxt-context.ts).
 */
export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Fetching starts now; the module is evaluated later, in a task of its own.
    const loading = import(/* @vite-ignore */ browser.runtime.getURL('/facebook-app.js')) as Promise<{
      default: FacebookApp;
    }>;
    let running: ReturnType<FacebookApp['start']> | null = null;
    const ui = await createShadowRootUi(ctx, {
      name: 'tactful-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      onMount(container, shadow, host) {
        host.setAttribute('data-tactful', 'card-host');
        guardTrustedEvents(shadow); // page scripts cannot press the card's buttons
        container.classList.add('tf-card-layer');
      },
      onRemove() {
        running?.stop();
      },
    });
    ui.mount();
    const app = (await loading).default;
    running = app.start(document, { host: ui.shadowHost, cardContainer: ui.uiContainer, remove: () => ui.remove() });
  },
});
