import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAVED_PAGES, FIXTURE_DIR, generateFixture, type FixtureName } from '../test/fixtures/facebook/posts';

describe('saved-page Facebook fixtures', () => {
  for (const name of Object.keys(SAVED_PAGES) as FixtureName[]) {
    it(`${SAVED_PAGES[name].file} is what scripts/gen-fixtures.ts generates (run it after changing render.ts or posts.ts)`, () => {
      const committed = readFileSync(path.join(FIXTURE_DIR, SAVED_PAGES[name].file), 'utf8');
      // Compared as strings rather than with toBe so a mismatch reports a short message, not two pages of HTML.
      const generated = generateFixture(name);
      const firstDiff = [...generated].findIndex((ch, i) => committed[i] !== ch);
      expect(
        committed === generated,
        `differs at character ${firstDiff}: ${JSON.stringify(generated.slice(Math.max(0, firstDiff - 40), firstDiff + 40))}`,
      ).toBe(true);
    });
  }
});
