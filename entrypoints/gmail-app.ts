import type { GmailUi } from '../lib/content/gmail/controller';

/**
 * The Gmail content script's code as an ES module with chunks (the `vite:build:extendConfig`
 * hook in wxt.config.ts), imported by the loader entrypoints/gmail.content from the extension's
 * own files, part by part like the Facebook code (entrypoints/facebook-app.ts): evaluated as one
 * 1 MB bundle it was one long task of 250–450 ms when Gmail opened (`npm run bench:gmail`). In
 * source order: zod; the message and settings schemas; the detector's tables and rules; the
 * rest of the detector with its weights; the controller (lib/content/gmail); React and the
 * sidebar, which Gmail needs from the start.
 */
export interface GmailApp {
  start(doc: Document, ui: GmailUi): { stop(): void };
}

const gmailApp: GmailApp = {
  start(doc, ui) {
    let stopped = false;
    let controller: { stop(): void } | null = null;
    void (async () => {
      await import('../lib/detect/types'); // zod (and the detector's enums)
      if (stopped) return;
      await import('../lib/platform/settings-store');
      if (stopped) return;
      await import('../lib/detect/signals'); // character tables and rules
      if (stopped) return;
      await import('../lib/detect');
      if (stopped) return;
      const { GmailController } = await import('../lib/content/gmail/controller');
      if (stopped) return;
      const { createSidebarView } = await import('../components/gmail/sidebar-view');
      if (stopped) return;
      const started = new GmailController(doc, ui, createSidebarView);
      controller = started;
      await started.start();
    })().catch((err: unknown) => console.error('Tactful could not start on this page.', err));
    return {
      stop() {
        stopped = true;
        controller?.stop();
      },
    };
  },
};

export default defineUnlistedScript({
  globalName: false,
  main: () => gmailApp,
});
