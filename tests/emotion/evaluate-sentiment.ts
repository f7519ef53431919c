// Measures the two lexicon packages on the labelled set, for the README and
// the choice in src/emotion/sentiment.ts. Run: `npx tsx tests/emotion/evaluate-sentiment.ts`.
// - agreement: thresholds on the raw score fitted on the whole set (exact level
//   and sign), and the same fitted in 5-fold cross-validation (held-out figures);
// - size: each package bundled alone for the browser, minified, gzip -9: by
//   rolldown alone, and by Vite's production build (the app's real bundler,
//   which turns sentiment's JSON lexicon into one getter per word). Either
//   build fails if a package needs a Node built-in such as `fs`.
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import Sentiment from 'sentiment';
import { rolldown, type RolldownPlugin } from 'rolldown';
import { build as viteBuild, type Plugin, type Rollup } from 'vite';
import { agreement, fitThresholds, loadLabelledSet, type Scored } from './labelled.ts';

const require = createRequire(import.meta.url);
const wink = require('wink-sentiment') as (text: string) => { score: number };
const afinn = new Sentiment();

const PACKAGES: Record<string, { score: (text: string) => number; entry: string }> = {
  sentiment: { score: (text) => afinn.analyze(text).score, entry: "import S from 'sentiment'; const s = new S(); export const score = (t) => s.analyze(t).score;" },
  'wink-sentiment': { score: (text) => wink(text).score, entry: "import w from 'wink-sentiment'; export const score = (t) => w(t).score;" },
};

const ENTRY = '\0entry.js';

const entryHooks = (code: string) => ({
  name: 'entry',
  resolveId: (source: string) => (source === ENTRY || source === 'entry' ? ENTRY : null),
  load: (source: string) => (source === ENTRY ? code : null),
});
const rolldownEntry = (code: string): RolldownPlugin => entryHooks(code);
const viteEntry = (code: string): Plugin => entryHooks(code);

const gzipped = (code: string) => gzipSync(code, { level: 9 }).length;

async function rolldownBytes(code: string): Promise<number> {
  const build = await rolldown({ input: ENTRY, platform: 'browser', cwd: process.cwd(), plugins: [rolldownEntry(code)] });
  const { output } = await build.generate({ format: 'esm', minify: true });
  return gzipped(output.map((chunk) => ('code' in chunk ? chunk.code : '')).join(''));
}

async function viteBytes(code: string): Promise<number> {
  const result = await viteBuild({
    configFile: false,
    logLevel: 'silent',
    plugins: [viteEntry(code)],
    build: { write: false, rolldownOptions: { input: 'entry', preserveEntrySignatures: 'strict' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  return gzipped(outputs.flatMap((out) => out.output).map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join(''));
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
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const sizes = `rolldown ${kb(await rolldownBytes(pkg.entry))}, Vite build ${kb(await viteBytes(pkg.entry))} gzipped`;
  console.log(
    `${name}: n=${rows.length}; fitted thresholds ${JSON.stringify(thresholds)}: exact ${percent(fitted.exact)}, sign ${percent(fitted.sign)};` +
      ` 5-fold held-out: exact ${percent(held.exact)}, sign ${percent(held.sign)}; browser bundle: ${sizes}`,
  );
}
