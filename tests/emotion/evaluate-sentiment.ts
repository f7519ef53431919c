// Measures the two lexicon packages on the labelled set, for the README and
// the choice in src/emotion/sentiment.ts. Run: `npx tsx tests/emotion/evaluate-sentiment.ts`.
// - agreement: thresholds on the raw score fitted on the whole set (exact level
//   and sign), and the same fitted in 5-fold cross-validation (held-out figures);
// - size: each package bundled alone for the browser (rolldown, minified, gzip -9),
//   which also fails if a package needs a Node built-in such as `fs`.
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import Sentiment from 'sentiment';
import { rolldown } from 'rolldown';
import { agreement, fitThresholds, loadLabelledSet, type Scored } from './labelled.ts';

const require = createRequire(import.meta.url);
const wink = require('wink-sentiment') as (text: string) => { score: number };
const afinn = new Sentiment();

const PACKAGES: Record<string, { score: (text: string) => number; entry: string }> = {
  sentiment: { score: (text) => afinn.analyze(text).score, entry: "import S from 'sentiment'; const s = new S(); export const score = (t) => s.analyze(t).score;" },
  'wink-sentiment': { score: (text) => wink(text).score, entry: "import w from 'wink-sentiment'; export const score = (t) => w(t).score;" },
};

async function gzippedBundle(entry: string): Promise<number> {
  const id = '\0entry.js';
  const build = await rolldown({
    input: id,
    platform: 'browser',
    cwd: process.cwd(),
    plugins: [{ name: 'entry', resolveId: (source) => (source === id ? id : null), load: (source) => (source === id ? entry : null) }],
  });
  const { output } = await build.generate({ format: 'esm', minify: true });
  return gzipSync(output.map((chunk) => ('code' in chunk ? chunk.code : '')).join(''), { level: 9 }).length;
}

function crossValidated(scored: readonly Scored[], folds = 5): { exact: number; sign: number } {
  let exact = 0;
  let sign = 0;
  for (let fold = 0; fold < folds; fold++) {
    const thresholds = fitThresholds(scored.filter((_, index) => index % folds !== fold));
    const held = agreement(scored.filter((_, index) => index % folds === fold), thresholds);
    exact += held.exact * held.count;
    sign += held.sign * held.count;
  }
  return { exact: exact / scored.length, sign: sign / scored.length };
}

const rows = loadLabelledSet();
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
for (const [name, pkg] of Object.entries(PACKAGES)) {
  const scored = rows.map((row) => ({ score: pkg.score(row.text), valence: row.valence }));
  const thresholds = fitThresholds(scored);
  const fitted = agreement(scored, thresholds);
  const held = crossValidated(scored);
  const bytes = await gzippedBundle(pkg.entry);
  console.log(
    `${name}: n=${rows.length}; fitted thresholds ${JSON.stringify(thresholds)}: exact ${percent(fitted.exact)}, sign ${percent(fitted.sign)};` +
      ` 5-fold held-out: exact ${percent(held.exact)}, sign ${percent(held.sign)}; browser bundle ${(bytes / 1024).toFixed(1)} KB gzipped`,
  );
}
