// npm run test:browser: build the app, serve the build with `vite preview` on a
// free port, run the *.browser.test.ts files against it in Chromium (via
// playwright-core, never a downloaded browser), then always stop the server.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

if (!existsSync(chromePath)) {
  if (process.env.CI === 'true') {
    console.error(
      `Chromium not found at ${chromePath}: browser tests cannot run in CI. ` +
        'Install it with `apt-get update && apt-get install -y chromium` or set CHROME_PATH.',
    );
    process.exit(1);
  }
  console.log(
    'Chromium not found: install it with `apt-get update && apt-get install -y chromium` ' +
      '(or set CHROME_PATH). Skipping browser tests.',
  );
  process.exit(0);
}

function vitestBin() {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
}

function runVitest(env) {
  return new Promise((resolveCode) => {
    const child = spawn(
      process.execPath,
      [vitestBin(), 'run', '--config', 'vitest.browser.config.ts'],
      { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' },
    );
    const forward = (signal) => child.kill(signal);
    process.once('SIGINT', forward);
    process.once('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(`could not start vitest: ${error.message}`);
      resolveCode(1);
    });
    child.on('exit', (code, signal) => resolveCode(code ?? (signal ? 1 : 0)));
  });
}

let server;
let code;
try {
  await build({ root, logLevel: 'warn' });
  server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview has no TCP address');
  const demoUrl = `http://127.0.0.1:${address.port}`;
  console.log(`browser tests against ${demoUrl} with ${chromePath}`);
  code = await runVitest({ DEMO_URL: demoUrl, CHROME_PATH: chromePath });
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  code = 1;
} finally {
  if (server) await server.close();
}
process.exit(code);
