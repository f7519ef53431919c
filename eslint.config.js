// ESLint flat config. Besides the usual recommended sets it enforces the
// architecture of docs/architecture.md: the one-way layering of src/ folders, the single
// adapter that touches `miro`, and "never render board text as HTML".
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A folder may import only folders of lower or equal rank. */
const RANKS = {
  model: 0,
  snapshot: 1,
  templates: 2,
  layout: 3,
  board: 4,
  readback: 5,
  analysis: 6,
  emotion: 7,
  io: 8,
  panel: 9,
  cli: 9,
  demo: 10,
  entries: 11,
};

/**
 * The in-memory board (src/board/memory/) imitates Miro for tests, the demo and
 * the CLI. Product code that runs inside Miro must never lean on it.
 */
const MEMORY_ALLOWED = ['cli', 'demo', 'entries'];

/** Same-rank pairs that are still forbidden: the two front ends stay apart. */
const EXTRA_FORBIDDEN = {
  panel: ['cli'],
  cli: ['panel'],
};

const LAYERS = Object.keys(RANKS);
const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
const SRC_FILES = ['src/**/*.{ts,tsx,js,jsx,mts,mjs}'];
const EXT = '{ts,tsx,js,jsx,mts,mjs}';

export const HTML_MESSAGE = 'Never render board text as HTML';
export const MIRO_MESSAGE =
  'Only src/board/ and src/entries/ touch the miro global (docs/architecture.md: one adapter)';
export const FOREACH_ASYNC_MESSAGE = 'never forEach(async …): await every SDK call';

export const MEMORY_MESSAGE =
  'src/board/memory/ (the in-memory board) is imported only by entries, demo, CLI, tests and bench';

export function layerMessage(from, to) {
  return (
    `src/${from}/ (rank ${RANKS[from]}) may not import src/${to}/ (rank ${RANKS[to]}): ` +
    'a layer imports only layers of lower or equal rank (docs/architecture.md data flow)'
  );
}

function forbiddenTargets(layer) {
  const higher = LAYERS.filter((other) => RANKS[other] > RANKS[layer]);
  return [...higher, ...(EXTRA_FORBIDDEN[layer] ?? [])];
}

/**
 * Imports are relative. A file at depth d below src/<layer>/ (d = 0 for
 * src/<layer>/x.ts) reaches src/ with exactly d + 1 "../" segments, so the
 * pattern for each depth is anchored on that count: src/board/memory/x.ts may
 * then import its own "./layout.ts" or "../memory/analysis" without being
 * mistaken for src/layout/ or src/analysis/.
 */
function importPatterns(layer, ups) {
  const climb = ups === undefined ? '(?:\\.\\./)+' : `(?:\\.\\./){${ups}}`;
  const patterns = forbiddenTargets(layer).map((target) => ({
    regex: `^(?:\\./)?${climb}${target}(?:/|$)`,
    message: layerMessage(layer, target),
  }));
  if (!MEMORY_ALLOWED.includes(layer) && RANKS[layer] >= RANKS.board) {
    patterns.push({ regex: `^(?:\\./)?${climb}board/memory(?:/|$)`, message: MEMORY_MESSAGE });
    if (layer === 'board' && ups === 1) patterns.push({ regex: '^\\./memory(?:/|$)', message: MEMORY_MESSAGE });
  }
  return patterns;
}

const MAX_EXACT_DEPTH = 5;

function layeringConfigs() {
  const configs = [];
  for (const layer of LAYERS) {
    if (forbiddenTargets(layer).length === 0) continue;
    // Fallback for very deep files: any number of "../". Overridden below by
    // the exact-depth blocks, since later flat-config blocks win.
    configs.push({
      name: `layering/${layer}`,
      files: [`src/${layer}/**/*.${EXT}`],
      rules: { 'no-restricted-imports': ['error', { patterns: importPatterns(layer) }] },
    });
    for (let depth = 0; depth <= MAX_EXACT_DEPTH; depth += 1) {
      const dirs = '*/'.repeat(depth);
      configs.push({
        name: `layering/${layer}/depth-${depth}`,
        files: [`src/${layer}/${dirs}*.${EXT}`],
        rules: {
          'no-restricted-imports': ['error', { patterns: importPatterns(layer, depth + 1) }],
        },
      });
    }
  }
  return configs;
}

const HTML_SYNTAX = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: HTML_MESSAGE,
  },
  {
    selector:
      "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
    message: HTML_MESSAGE,
  },
  {
    selector:
      "AssignmentExpression > MemberExpression.left[property.value=/^(innerHTML|outerHTML)$/]",
    message: HTML_MESSAGE,
  },
  {
    selector: "CallExpression > MemberExpression.callee[property.name='insertAdjacentHTML']",
    message: HTML_MESSAGE,
  },
  {
    selector:
      "CallExpression > MemberExpression.callee[object.name='document'][property.name=/^(write|writeln)$/]",
    message: HTML_MESSAGE,
  },
  {
    selector: "CallExpression > MemberExpression.callee[property.name='createContextualFragment']",
    message: HTML_MESSAGE,
  },
];

const ASYNC_SYNTAX = [
  {
    selector:
      "CallExpression[callee.property.name='forEach'] > :matches(ArrowFunctionExpression, FunctionExpression)[async=true]",
    message: FOREACH_ASYNC_MESSAGE,
  },
];

const SPREAD_MESSAGE = 'no spread of an array into arguments: past ~100,000 elements it overflows the stack; use maxOf, minOf or append (src/model/arrays.ts)';

/** `Math.max(...x)`, `list.push(...x)` and the like: board-sized arrays overflow the stack (150,000 texts did). */
const SPREAD_SYNTAX = [{ selector: ':matches(CallExpression, NewExpression) > SpreadElement.arguments', message: SPREAD_MESSAGE }];

const MIRO_MEMBER_SYNTAX = [
  {
    selector: "MemberExpression[object.name=/^(window|globalThis|self)$/][property.name='miro']",
    message: MIRO_MESSAGE,
  },
];

export default defineConfig([
  globalIgnores(['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', '.vite/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'project/globals',
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    name: 'project/typescript',
    files: TS_FILES,
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    name: 'project/react-hooks',
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    name: 'project/src-syntax',
    files: SRC_FILES,
    rules: { 'no-restricted-syntax': ['error', ...HTML_SYNTAX, ...ASYNC_SYNTAX, ...SPREAD_SYNTAX] },
  },
  {
    // The adapter rule applies to production code and benchmarks; tests may
    // stub the global when they exercise the entries.
    name: 'project/one-adapter',
    files: [...SRC_FILES, 'bench/**/*.{ts,tsx,js,mjs}'],
    ignores: ['src/board/**', 'src/entries/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'miro', message: MIRO_MESSAGE }],
      'no-restricted-syntax': ['error', ...HTML_SYNTAX, ...ASYNC_SYNTAX, ...SPREAD_SYNTAX, ...MIRO_MEMBER_SYNTAX],
    },
  },
  ...layeringConfigs(),
]);
