import '../../components/gmail/sidebar.css';
import { GmailController } from '../../components/gmail/controller';

/** Gmail: wiring only (logic in components/gmail, selectors in lib/sites/gmail). */
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'tactful-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      // The host itself is the docked panel (sized inline), so WXT's `all: initial` host reset must not apply;
      // the UI sets its own font and colours (assist.css), so nothing useful is inherited either.
      inheritStyles: true,
      onMount(container, _shadow, host) {
        host.setAttribute('data-tactful', 'sidebar');
        host.style.display = 'none'; // shown once the settings say Gmail is on
        const controller = new GmailController(document, host, container);
        void controller.start();
        return controller;
      },
      onRemove(controller) {
        controller?.stop();
      },
    });
    ui.mount();
  },
});
