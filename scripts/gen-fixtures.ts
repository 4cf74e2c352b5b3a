/**
 * `npx tsx scripts/gen-fixtures.ts` — writes the saved-page Facebook fixtures
 * (test/fixtures/facebook/*.html) from their descriptions in test/fixtures/facebook/posts.ts.
 * `--check` only compares and exits 1 when a committed file differs (the unit test
 * scripts/gen-fixtures.test.ts does the same, so the files never drift from the generator).
 *
 * The files keep a `<!--LEXICAL_BUNDLE-->` placeholder where the browser tests inject the
 * real Lexical editor (test/support/facebook.ts), so no minified bundle is committed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SAVED_PAGES, FIXTURE_DIR, generateFixture, type FixtureName } from '../test/fixtures/facebook/posts';

const check = process.argv.includes('--check');
let stale = 0;
for (const name of Object.keys(SAVED_PAGES) as FixtureName[]) {
  const file = path.join(FIXTURE_DIR, SAVED_PAGES[name].file);
  const html = generateFixture(name);
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === html) {
    console.log(`up to date  ${path.relative(process.cwd(), file)}`);
    continue;
  }
  if (check) {
    stale++;
    console.log(`STALE       ${path.relative(process.cwd(), file)}`);
    continue;
  }
  await writeFile(file, html);
  console.log(`wrote       ${path.relative(process.cwd(), file)} (${(html.length / 1024).toFixed(1)} KB)`);
}
if (stale) {
  console.error(`${stale} fixture file(s) differ from the generator: run npx tsx scripts/gen-fixtures.ts`);
  process.exit(1);
}
