import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerUser } from '@fitiq/server/testing';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserPage } from '../testing/browser-page.js';
import { createHarness } from '../testing/harness.js';
import { startSameOriginServer } from '../testing/same-origin-server.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.CI === 'true')
    throw new Error(`the browser tests need Chromium at ${CHROMIUM} (CI installs it)`);
  console.warn(`SKIPPING the SDK's browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
}

const pageSource = join(dirname(fileURLToPath(import.meta.url)), '../testing/browser-page.ts');

/** The SDK's browser build, as an app's bundler would make it. */
const bundle = async () => {
  const result = await build({
    entryPoints: [pageSource],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]?.text ?? '', inputs: Object.keys(result.metafile.inputs) };
};

describe.skipIf(!hasChromium)('the browser build in real Chromium', () => {
  const harness = createHarness();
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await harness.cleanup();
  });

  it('the bundle carries neither ws nor the schema library nor Node built-ins', async () => {
    const { inputs } = await bundle();
    expect(inputs.filter((input) => /node_modules\/(ws|typebox)\/|^node:/.test(input))).toEqual([]);
  });

  it('logged offline into IndexedDB, page reloaded: the outbox uploads it; live over the browser WebSocket, the next result arrives on it', async () => {
    const server = await harness.server({ realParser: true });
    const { access_token: token } = await registerUser(server.url);
    const { code } = await bundle();
    const site = await startSameOriginServer(server.url, {
      '/': { type: 'text/html', body: '<!doctype html><script type="module" src="/page.js"></script>' },
      '/page.js': { type: 'text/javascript', body: code },
    });
    harness.onCleanup(site.close);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const ready = () => page.waitForFunction(() => 'fitiq' in globalThis);

    await page.goto(site.url);
    await ready();
    const offline = await page.evaluate(
      ([t]) =>
        (globalThis as unknown as { fitiq: BrowserPage }).fitiq.logOffline(t, '2 eggs and a slice of toast'),
      [token] as const,
    );
    expect(offline.status).toBe('pending');

    await page.reload();
    await ready();
    const resumed = await page.evaluate(
      ([t, key]) => (globalThis as unknown as { fitiq: BrowserPage }).fitiq.resume(t, key),
      [token, offline.key] as const,
    );
    expect(resumed).toMatchObject({
      pendingBefore: 1,
      pendingAfter: 0,
      status: 'completed',
      key: offline.key,
    });
    expect(resumed).toMatchObject({ secondStatus: 'completed', meals: 2 });
    expect(resumed.websocketEvents).toBeGreaterThanOrEqual(2);
    expect(resumed.calories).toBeGreaterThan(100);
    expect(resumed).toMatchObject({ state: 'live', transport: 'websocket' });
    expect(errors).toEqual([]);
  });
});
