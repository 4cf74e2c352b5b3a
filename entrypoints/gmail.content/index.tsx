import '../../components/gmail/sidebar.css';
import { createSidebarView } from '../../components/gmail/sidebar-view';
import { GmailController } from '../../lib/content/gmail/controller';
import { guardTrustedEvents } from '../../lib/content/trusted-events';

/**
 * Gmail: wiring only (logic in lib/content/gmail, selectors in lib/sites/gmail, the sidebar in
 * components/gmail). Tactful stops only when its settings say so or its extension context is
 * gone, never on an event the page can dispatch (lib/content/wxt-context.ts).
 */
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
      onMount(container, shadow, host) {
        host.setAttribute('data-tactful', 'sidebar');
        host.style.display = 'none'; // shown once the settings say Gmail is on
        guardTrustedEvents(shadow); // page scripts cannot press the sidebar's buttons
        const controller = new GmailController(
          document,
          { host, container, remove: () => ui.remove() },
          createSidebarView,
        );
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
