/**
 * `npm run -s lint-reply -- --kind public|private [--settings file.json] [--customer-text file]`
 * reads the reply text on stdin and writes the lint findings as a JSON array:
 * [{"rule", "severity", "message", "start", "end", "suggestion"?}]. Settings default to
 * the documented sample (SAMPLE_SETTINGS). Exit status 0 whatever the findings; 2 on bad usage.
 */
import fs from 'node:fs';
import { lintReply } from '../lib/draft';
import { SAMPLE_SETTINGS } from '../lib/settings/defaults';
import { parseSettingsFile } from '../lib/settings/parse';
import { fail, readStdin } from './lib/read-stdin';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const kind = option('--kind');
if (kind !== 'public' && kind !== 'private') fail('lint-reply: --kind public|private is required');
let settings = SAMPLE_SETTINGS;
const settingsPath = option('--settings');
if (settingsPath) {
  let fileText: string;
  try {
    fileText = fs.readFileSync(settingsPath, 'utf8');
  } catch (err) {
    fail(`lint-reply: cannot read ${settingsPath}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = parseSettingsFile(fileText);
  if (!parsed.ok) fail(`lint-reply: ${settingsPath}: ${parsed.error}`);
  settings = parsed.settings;
}
const customerPath = option('--customer-text');
const customerText = customerPath ? fs.readFileSync(customerPath, 'utf8') : undefined;
const uiLocale = option('--ui-locale');
const text = await readStdin();
const findings = lintReply(text, {
  kind,
  settings,
  customerText,
  uiLocale: uiLocale === 'zh-TW' || uiLocale === 'zh-CN' ? uiLocale : 'en',
});
process.stdout.write(JSON.stringify(findings, null, 2) + '\n');
