import { defineConfig } from 'wxt';
import { transform } from 'esbuild';
import path from 'node:path';
import { localeMessagesFiles } from './lib/i18n/chrome-locales';

/** Origins of the content scripts (their code is imported from the extension's own files there). */
const FACEBOOK_MATCHES = ['https://www.facebook.com/*', 'https://web.facebook.com/*'];
const GMAIL_MATCHES = ['https://mail.google.com/*'];
/** The apps the content-script loaders import part by part (entrypoints/<name>.ts). */
const STAGED_APPS = ['facebook-app', 'gmail-app'];

interface ModuleInfoLike {
  isEntry: boolean;
  importedIds: readonly string[];
  dynamicallyImportedIds: readonly string[];
}
type ManualChunkMeta = {
  getModuleIds: () => IterableIterator<string>;
  getModuleInfo: (id: string) => ModuleInfoLike | null;
};

/**
 * Chunks of a staged app (facebook-app, gmail-app): one file per part the app imports in turn.
 * The targets of the entry's dynamic imports, in source order (then theirs, e.g. the
 * controller's card), are the parts; each part's file holds every module it statically
 * needs that the entry or an earlier part does not have. So each part is one fetch and one
 * evaluation, instead of Rollup's shared chunks, which would be discovered one after the
 * other (a round trip each) and evaluated with whichever part first needs them.
 */
function stageChunks(): (id: string, meta: ManualChunkMeta) => string | undefined {
  let partOf: Map<string, string> | undefined;
  return (id, meta) => (partOf ??= assignParts(meta)).get(id);
}

function assignParts({ getModuleIds, getModuleInfo }: ManualChunkMeta): Map<string, string> {
  const partOf = new Map<string, string>();
  const entry = [...getModuleIds()].find((id) => getModuleInfo(id)?.isEntry);
  if (!entry) return partOf;
  const seen = new Set<string>();
  const closure = (root: string): string[] => {
    const found: string[] = [];
    const stack = [root];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      found.push(id);
      stack.push(...(getModuleInfo(id)?.importedIds ?? []));
    }
    return found;
  };
  const parts: string[] = [];
  const addImportsOf = (ids: string[]) => {
    for (const id of ids)
      for (const next of getModuleInfo(id)?.dynamicallyImportedIds ?? []) if (!parts.includes(next)) parts.push(next);
  };
  addImportsOf(closure(entry)); // the entry's own modules stay in the entry
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const [file, dir] = part.split(/[\\/]/).reverse();
    const name = (file === 'index.ts' ? dir! : file!).replace(/\..*$/, '');
    const members = closure(part);
    for (const id of members) partOf.set(id, name);
    addImportsOf(members);
  }
  return partOf;
}

/**
 * WXT's content-script context announces each content script to the page (a `postMessage`
 * carrying the extension id) and stops when it sees that announcement again, which a page can
 * replay. Every import of it, WXT's own entry wrapper included, gets Tactful's subclass without
 * either (lib/content/wxt-context.ts); only that subclass imports the original.
 */
function quietContentScriptContext() {
  const replacement = path.resolve(import.meta.dirname, 'lib/content/wxt-context.ts');
  return {
    name: 'tactful:quiet-content-script-context',
    enforce: 'pre' as const,
    resolveId(source: string, importer: string | undefined) {
      if (source !== 'wxt/utils/content-script-context' || !importer) return null;
      return path.resolve(importer) === replacement ? null : replacement;
    },
  };
}

// The manifest is generated from entrypoints/ plus what is declared here.
// Permissions are the least the features need (see README "Permissions").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Separate output folders let parallel builds (tests, demo, benchmarks) coexist.
  outDir: process.env.TACTFUL_OUT_DIR || '.output',
  // Escape non-ASCII in bundles: Chrome refuses content scripts containing Unicode
  // noncharacters (e.g. a library's "\uffff" sentinel) as "not UTF-8 encoded".
  vite: () => ({
    esbuild: { charset: 'ascii' },
    build: { target: 'chrome120' },
    plugins: [quietContentScriptContext()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'unlimitedStorage'],
    host_permissions: ['https://mail.google.com/*', 'https://www.facebook.com/*', 'https://web.facebook.com/*'],
    action: { default_title: '__MSG_extName__' },
    // Each content script is a small loader that imports its code (facebook-app.js,
    // gmail-app.js and their chunks) in several tasks; a content script can import only files
    // declared here, and only its own site's origins may load them. They contain Tactful's
    // code and nothing else. The entries have fixed names, so Chrome serves them only through
    // a URL that changes every session (use_dynamic_url). The chunks cannot be: Chrome answers
    // a dynamic URL with a redirect to the fixed one, so the chunks' imports of each other
    // resolve against the fixed address; their names carry a content hash instead.
    web_accessible_resources: [
      { resources: ['facebook-app.js'], matches: FACEBOOK_MATCHES, use_dynamic_url: true },
      { resources: ['chunks/facebook-app/*.js'], matches: FACEBOOK_MATCHES },
      { resources: ['gmail-app.js'], matches: GMAIL_MATCHES, use_dynamic_url: true },
      { resources: ['chunks/gmail-app/*.js'], matches: GMAIL_MATCHES },
    ],
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
    // facebook-app and gmail-app (unlisted scripts) are built as ES modules with chunks instead
    // of IIFEs, so the loaders can import their parts one task at a time (entrypoints/<app>.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      const app = entrypoints.find((e) => STAGED_APPS.includes(e.name))?.name;
      if (!app) return;
      if (!config.build?.lib) throw new Error(`${app}: expected a lib-mode build`);
      config.build.lib.formats = ['es'];
      const output = config.build.rollupOptions?.output;
      if (!output || Array.isArray(output)) throw new Error(`${app}: unexpected Rollup output options`);
      output.chunkFileNames = `chunks/${app}/[name]-[hash].js`;
      output.manualChunks = stageChunks();
      // Vite leaves the whitespace of lib-mode ES output unminified and skips `charset`: minify
      // it like the other bundles (less to parse on every page load), ASCII-only.
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: `tactful:minify-${app}`,
          // After Vite's own pass over the chunks (renderChunk), which would print them again.
          async generateBundle(_options, bundle) {
            for (const chunk of Object.values(bundle)) {
              if (chunk.type !== 'chunk') continue;
              chunk.code = (
                await transform(chunk.code, { minify: true, charset: 'ascii', format: 'esm', target: 'chrome120' })
              ).code;
            }
          },
        },
      ];
    },
    // _locales/*/messages.json are generated from lib/i18n so UI strings live in one place.
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeMessagesFiles());
    },
  },
});
