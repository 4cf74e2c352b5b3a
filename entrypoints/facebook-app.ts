import { facebookApp } from '../components/facebook/app';

/**
 * The Facebook content script's code as an ES module with chunks (see the
 * `vite:build:extendConfig` hook in wxt.config.ts), imported by the loader
 * entrypoints/facebook.content from the extension's own files. Its default export is the
 * app (what `main` returns).
 */
export default defineUnlistedScript({
  globalName: false,
  main: () => facebookApp,
});
