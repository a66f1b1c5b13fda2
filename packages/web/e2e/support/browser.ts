import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { WEB_DIR } from './build.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(WEB_DIR, 'test-results');

/** Whether the browser tests run: Debian's Chromium is required under CI=true, skipped loudly elsewhere. */
export const chromiumAvailable = (): boolean => {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true')
    throw new Error(`${CHROMIUM} is required under CI=true (apt-get install chromium)`);
  console.warn(`[fitiq web e2e] SKIPPING browser tests: ${CHROMIUM} is missing (apt-get install chromium)`);
  return false;
};

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
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

/** Messages the browser itself logs when the network fails on purpose (offline, dropped, refused). */
export const NETWORK_NOISE = [/^Failed to load resource/, /net::ERR_/, /^WebSocket connection to .* failed/];

export type AppPage = { page: Page; consoleErrors: string[] };

/** A page whose console errors and uncaught exceptions are collected for the test to assert on. */
export const openPage = async (context: BrowserContext, url: string): Promise<AppPage> => {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  await page.goto(url);
  return { page, consoleErrors };
};

export const newContext = (browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> =>
  browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });

/** The console errors that are not the expected noise of a network fault. */
export const unexpectedErrors = (errors: readonly string[], allowNetworkNoise = false): string[] =>
  errors.filter((text) => !(allowNetworkNoise && NETWORK_NOISE.some((pattern) => pattern.test(text))));

export const screenshotPath = (name: string): string => {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
};
