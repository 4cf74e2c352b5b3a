import { defineConfig } from 'wxt';
import { localeMessagesFiles } from './lib/i18n/chrome-locales';

// The manifest is generated from entrypoints/ plus what is declared here.
// Permissions are the least the features need (see README "Permissions").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Separate output folders let parallel builds (tests, demo, benchmarks) coexist.
  outDir: process.env.TACTFUL_OUT_DIR || '.output',
  // Escape non-ASCII in bundles: Chrome refuses content scripts containing Unicode
  // noncharacters (e.g. a library's "\uffff" sentinel) as "not UTF-8 encoded".
  vite: () => ({ esbuild: { charset: 'ascii' }, build: { target: 'chrome120' } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'unlimitedStorage'],
    host_permissions: [
      'https://mail.google.com/*',
      'https://www.facebook.com/*',
      'https://web.facebook.com/*',
    ],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tactful@tactful.app',
              strict_min_version: '115.0',
              // Tactful collects and transmits nothing (Firefox's data-collection declaration).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // _locales/*/messages.json are generated from lib/i18n so UI strings live in one place.
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeMessagesFiles());
    },
  },
});
