import '../../components/facebook/card.css';
import { FacebookController } from '../../components/facebook/controller';

/** Facebook fan pages: wiring only (logic in components/facebook, selectors in lib/sites/facebook). */
export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    let controller: FacebookController | null = null;
    const ui = await createShadowRootUi(ctx, {
      name: 'tactful-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      onMount(container, _shadow, host) {
        host.setAttribute('data-tactful', 'card-host');
        container.classList.add('tf-card-layer');
        controller = new FacebookController(document, container);
        void controller.start();
        return controller;
      },
      onRemove(mounted) {
        mounted?.stop();
      },
    });
    ui.mount();
    ctx.onInvalidated(() => controller?.stop());
  },
});
