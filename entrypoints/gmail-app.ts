import type { GmailUi } from '../lib/content/gmail/controller';
import { startInStages, type RunningApp } from '../lib/content/staged-start';

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
  start(doc: Document, ui: GmailUi): RunningApp;
}

const gmailApp: GmailApp = {
  start: (doc, ui) =>
    startInStages(async (alive, started) => {
      await import('../lib/detect/types'); // zod (and the detector's enums)
      if (!alive()) return;
      await import('../lib/platform/settings-store');
      if (!alive()) return;
      await import('../lib/detect/signals'); // character tables and rules
      if (!alive()) return;
      await import('../lib/detect');
      if (!alive()) return;
      const { GmailController } = await import('../lib/content/gmail/controller');
      if (!alive()) return;
      const { createSidebarView } = await import('../components/gmail/sidebar-view');
      if (!alive()) return;
      const controller = new GmailController(doc, ui, createSidebarView);
      started(controller);
      await controller.start();
    }),
};

export default defineUnlistedScript({
  globalName: false,
  main: () => gmailApp,
});
