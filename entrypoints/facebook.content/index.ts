import '../../components/facebook/card.css';
import type { FacebookApp } from '../../components/facebook/app';

/**
 * Facebook fan pages: wiring only (logic in components/facebook, selectors in lib/sites/facebook).
 *
 * This content script is a small loader (~12 KB). The code it runs — the detector, zod and
 * the schemas, the controller, React for the card — is the ES module `facebook-app.js` and
 * its chunks (entrypoints/facebook-app.ts, built by the hook in wxt.config.ts), imported
 * from the extension's own files part by part (components/facebook/app.ts), so that no
 * single task evaluates all of it. (Running the loader at `document_end` instead was
 * measured: no earlier badges on the 2,000-comment post, and occasional long tasks while
 * the page did its first layout.)
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
      onMount(container, _shadow, host) {
        host.setAttribute('data-tactful', 'card-host');
        container.classList.add('tf-card-layer');
      },
      onRemove() {
        running?.stop();
      },
    });
    ui.mount();
    const app = (await loading).default;
    if (ctx.isInvalid) return;
    running = app.start(document, ui.uiContainer);
    ctx.onInvalidated(() => running?.stop());
  },
});
