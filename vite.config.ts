import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;
const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>\s*/i;

function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? '');
}

/**
 * The HTML pages carry their production Content-Security-Policy as a meta tag
 * (scripts from 'self' and https://miro.com only, no inline script).
 *
 * In dev, @vitejs/plugin-react injects the React Refresh preamble as an
 * *inline* module script, which that policy blocks (HMR then fails with
 * "can't detect preamble"). Rather than weaken the policy with
 * 'unsafe-inline', the dev-only plugin (apply: 'serve') runs after every other
 * HTML transform, hashes each inline script it finds, adds those 'sha256-…'
 * sources to script-src, and moves the meta tag to the top of <head>, above
 * the scripts Vite injects there (a meta policy governs only what follows it).
 * The built pages keep the policy exactly as written; the build-only check
 * fails the build if a page lost its policy or kept an inline script.
 */
function contentSecurityPolicy(): Plugin[] {
  return [
    {
      name: 'journey-map:csp-dev-hashes',
      apply: 'serve',
      transformIndexHtml: {
        order: 'post',
        handler(html) {
          const hashes = inlineScripts(html).map(
            (code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
          );
          const policy = CSP_META.exec(html)?.[1];
          if (policy === undefined) return html;
          const extra = hashes.map((hash) => ` ${hash}`).join('');
          const devPolicy = policy.replace(/script-src([^;]*)/, `script-src$1${extra}`);
          // A meta policy governs only what follows it, and Vite injects its
          // client and the preamble at the top of <head>: move the policy first.
          return html
            .replace(CSP_META, '')
            .replace(/<head>/i, `<head>\n    <meta http-equiv="Content-Security-Policy" content="${devPolicy}" />`);
        },
      },
    },
    {
      name: 'journey-map:csp-build-check',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler(html, ctx) {
          if (!CSP_META.test(html)) {
            throw new Error(`${ctx.path}: missing Content-Security-Policy meta tag`);
          }
          if (inlineScripts(html).some((code) => code.trim() !== '')) {
            throw new Error(`${ctx.path}: inline <script> would be blocked by the page's CSP`);
          }
          return html;
        },
      },
    },
  ];
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  server: {
    host: '127.0.0.1',
    port: 3000,
    strictPort: true,
  },
  preview: {
    host: '127.0.0.1',
  },
  build: {
    // The headless entry (index.html) loads on every board: keep it tiny, no
    // polyfill chunk (all target browsers support modulepreload).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: resolve(root, 'index.html'),
        app: resolve(root, 'app.html'),
        demo: resolve(root, 'demo.html'),
      },
    },
  },
});
