import { describe, expect, it } from 'vitest';
import { entryFiles, parseManifest, staticClosure } from '../../bench/manifest.ts';

// Shaped like Vite's .vite/manifest.json: keys are sources, `imports` and
// `dynamicImports` name other keys.
const manifest = parseManifest({
  'index.html': { file: 'assets/index-a.js', isEntry: true },
  'app.html': { file: 'assets/app-b.js', isEntry: true, imports: ['_react.js'], dynamicImports: ['src/panel/gaps/GapsTab.tsx'], css: ['assets/app.css'] },
  '_react.js': { file: 'assets/react-c.js', imports: ['_zod.js'] },
  '_zod.js': { file: 'assets/zod-d.js' },
  'src/panel/gaps/GapsTab.tsx': { file: 'assets/GapsTab-e.js', isDynamicEntry: true, imports: ['_react.js', '_analysis.js'], dynamicImports: ['node_modules/sentiment/index.js'] },
  '_analysis.js': { file: 'assets/analysis-f.js' },
  'node_modules/sentiment/index.js': { file: 'assets/sentiment-g.js', isDynamicEntry: true },
  'demo.html': { file: 'assets/demo-h.js', isEntry: true, imports: ['_react.js'] },
});

describe('the Vite manifest walker', () => {
  it('follows static imports transitively', () => {
    expect([...staticClosure(manifest, ['app.html'])].sort()).toEqual(['_react.js', '_zod.js', 'app.html']);
  });

  it('splits an entry into what loads before first paint and what only dynamic imports reach', () => {
    expect(entryFiles(manifest, 'app.html')).toEqual({
      initial: ['assets/app-b.js', 'assets/react-c.js', 'assets/zod-d.js'],
      lazy: ['assets/GapsTab-e.js', 'assets/analysis-f.js', 'assets/sentiment-g.js'],
      initialCss: ['assets/app.css'],
    });
  });

  it('counts nothing of another page', () => {
    expect(entryFiles(manifest, 'index.html')).toEqual({ initial: ['assets/index-a.js'], lazy: [], initialCss: [] });
  });

  it('says which chunk is missing and what is unreadable', () => {
    expect(() => entryFiles(manifest, 'nope.html')).toThrow('the Vite manifest has no chunk "nope.html"');
    expect(() => parseManifest({ 'app.html': { imports: [] } })).toThrow('unreadable Vite manifest: app.html.file: Invalid input: expected string, received undefined');
  });
});
