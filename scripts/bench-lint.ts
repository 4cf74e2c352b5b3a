/**
 * `npm run bench:lint` — time to lint a 2,000-character reply (the live lint runs this,
 * debounced, while the CSM types). Median and 95th percentile of 200 runs.
 */
import { lintReply } from '../lib/draft/lint/lint';
import { SAMPLE_SETTINGS } from '../lib/settings/defaults';

const base =
  '陳大明您好：我是林小姐。您留下的原文如下，請確認是否正確。我們會在24小時內回覆您處理進度，專線 02-2345-6789 分機 123。We will refund you. ';
const text = base.repeat(30).slice(0, 2000);
for (let i = 0; i < 50; i++) lintReply(text, { kind: 'private', settings: SAMPLE_SETTINGS });
const times: number[] = [];
for (let i = 0; i < 200; i++) {
  const t0 = performance.now();
  lintReply(text, { kind: 'private', settings: SAMPLE_SETTINGS });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(
  `lintReply on ${text.length} characters: median ${times[100]!.toFixed(2)} ms, p95 ${times[190]!.toFixed(2)} ms (200 runs)`,
);
