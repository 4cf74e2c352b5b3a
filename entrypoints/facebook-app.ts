import type { FacebookUi } from '../lib/content/facebook/controller';
import { startInStages, type RunningApp } from '../lib/content/staged-start';

/**
 * The Facebook content script's code as an ES module with chunks (see the
 * `vite:build:extendConfig` hook in wxt.config.ts), imported by the loader
 * entrypoints/facebook.content from the extension's own files. Its default export is the
 * app (what `main` returns).
 *
 * Evaluating all of it at once (~0.9 MB: zod and the schemas, the detector's tables and
 * weights, the controller, React) was one 60–115 ms long task on every page load. So its
 * parts are imported one after the other, and each is evaluated in a task of its own (a
 * module is evaluated in the task its file arrives in; parsing happens off the main thread).
 * wxt.config.ts makes each `import()` below one file holding what that part adds, in source
 * order: zod; the message and settings schemas; the detector's character tables and rules;
 * the rest of the detector with its weights; the controller (lib/content/facebook); last,
 * React and the suggestion card, imported only when the first card opens.
 * `npm run bench:facebook` counts the long tasks.
 */
export interface FacebookApp {
  start(doc: Document, ui: FacebookUi): RunningApp;
}

const facebookApp: FacebookApp = {
  start: (doc, ui) =>
    startInStages(async (alive, started) => {
      await import('../lib/detect/types'); // zod (and the detector's enums)
      if (!alive()) return;
      const { loadSettings } = await import('../lib/platform/settings-store');
      if (!alive()) return;
      const settings = loadSettings(); // read while the other parts load
      settings.catch(() => {}); // (the controller reports a failure; this only avoids an unhandled rejection if stopped first)
      await import('../lib/detect/signals'); // character tables and rules
      if (!alive()) return;
      await import('../lib/detect');
      if (!alive()) return;
      const { FacebookController } = await import('../lib/content/facebook/controller');
      if (!alive()) return;
      const loadCardView = () => import('../components/facebook/card-view').then((view) => view.createCardView);
      const controller = new FacebookController(doc, ui, loadCardView);
      started(controller);
      await controller.start(settings);
    }),
};

export default defineUnlistedScript({
  globalName: false,
  main: () => facebookApp,
});
