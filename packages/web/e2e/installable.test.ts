import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from './support/app-server.js';
import { chromiumAvailable, screenshotPath } from './support/browser.js';
import { ensureBuilt } from './support/build.js';
import { launchProfile } from './support/push-browser.js';

type ManifestIcon = { src: string; sizes: string; type: string; purpose?: string };
type Manifest = Record<string, unknown> & { icons: ManifestIcon[] };

/** What an icon is made of, read by the browser itself: its size, and which pixels are painted. */
type IconPixels = { width: number; height: number; cornersOpaque: boolean; markOutsideSafeZone: number };

/**
 * Decodes the image in the page and looks at its pixels: whether the corners are painted (a maskable
 * or iOS icon must be: a mask or iOS's own rounding cuts them), and how many pixels of the mark (white
 * or the amber dot, unlike the teal ground) lie outside the maskable safe zone, the centred circle of
 * 40% of the size.
 */
const readIcon = (page: Page, src: string): Promise<IconPixels> =>
  page.evaluate(async (url) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, image.naturalWidth, image.naturalHeight);
    const alpha = (x: number, y: number) => data[(y * width + x) * 4 + 3] ?? 0;
    const cornersOpaque = [
      alpha(0, 0),
      alpha(width - 1, 0),
      alpha(0, height - 1),
      alpha(width - 1, height - 1),
    ].every((a) => a === 255);
    let markOutsideSafeZone = 0;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        if (Math.hypot(x + 0.5 - width / 2, y + 0.5 - height / 2) <= width * 0.4) continue;
        const at = (y * width + x) * 4;
        const [r = 0, g = 0] = [data[at], data[at + 1]];
        // The ground is teal (red about 15, green about 100); white and amber both have red above 200.
        if (r > 150 && g > 150) markOutsideSafeZone++;
      }
    return { width, height, cornersOpaque, markOutsideSafeZone };
  }, src);

describe.skipIf(!chromiumAvailable())('the web app: installable on a phone', { timeout: 60_000 }, () => {
  let server: AppServer;
  let profile: Awaited<ReturnType<typeof launchProfile>>;
  let context: BrowserContext;

  beforeAll(async () => {
    await ensureBuilt();
    [server, profile] = await Promise.all([startAppServer(), launchProfile()]);
    context = profile.context;
  }, 120_000);
  afterAll(async () => {
    await profile?.close();
    await server?.close();
  });

  const openApp = async (): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    return page;
  };

  it('the manifest names the app, opens standalone at / and lists the icons, each of its stated size', async () => {
    const page = await openApp();
    const link = await page.locator('link[rel="manifest"]').getAttribute('href');
    const answer = await page.request.get(new URL(link ?? '', server.url).href);
    expect(answer.status()).toBe(200);
    const manifest = (await answer.json()) as Manifest;
    expect(manifest).toMatchObject({
      id: '/',
      name: expect.stringContaining('FitIQ'),
      short_name: 'FitIQ',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0f766e',
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    });
    const purposes = (purpose: string) =>
      manifest.icons.filter((icon) => (icon.purpose ?? 'any') === purpose);
    expect(purposes('any').map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(purposes('maskable').map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['512x512']));

    // Kept under the same names across releases: revalidated, so an installed app sees a new icon.
    expect(answer.headers()['cache-control']).toBe('no-cache');
    for (const icon of manifest.icons) {
      const served = await page.request.get(new URL(icon.src, server.url).href);
      expect(served.status(), icon.src).toBe(200);
      expect(served.headers()['content-type'], icon.src).toContain(icon.type);
      expect(served.headers()['cache-control'], icon.src).toBe('no-cache');
      if (icon.sizes === 'any') continue;
      const pixels = await readIcon(page, icon.src);
      expect(`${pixels.width}x${pixels.height}`, icon.src).toBe(icon.sizes);
      if (icon.purpose === 'maskable')
        expect(pixels, icon.src).toMatchObject({ cornersOpaque: true, markOutsideSafeZone: 0 });
    }
    await page.close();
  });

  it('iOS finds its Home Screen icon (180 px, no transparent corners), title and standalone tags', async () => {
    const page = await openApp();
    const head = await page.evaluate(() => ({
      icon: document.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href') ?? '',
      capable: document.querySelector('meta[name="apple-mobile-web-app-capable"]')?.getAttribute('content'),
      title: document.querySelector('meta[name="apple-mobile-web-app-title"]')?.getAttribute('content'),
      viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content'),
    }));
    expect(head).toMatchObject({
      capable: 'yes',
      title: 'FitIQ',
      viewport: expect.stringContaining('viewport-fit=cover'),
    });
    expect(await readIcon(page, head.icon)).toMatchObject({ width: 180, height: 180, cornersOpaque: true });
    await page.close();
  });

  it("Chromium's install criteria are met: the DevTools protocol reports no installability error", async () => {
    const page = await openApp();
    const cdp = await context.newCDPSession(page);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    await cdp.detach();
    await page.close();
  });

  it('on a notched phone the installed app keeps its content out of the notch and the home indicator (safe-area insets)', async () => {
    const page = await openApp();
    const cdp = await context.newCDPSession(page);
    // An iPhone in portrait: the notch above, the home indicator below.
    await cdp.send('Emulation.setSafeAreaInsetsOverride', {
      insets: { top: 47, bottom: 34, left: 0, right: 0 },
    });
    const auth = await page.locator('.auth').evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.paddingTop, style.paddingBottom];
    });
    expect(auth).toEqual(['47px', '34px']);
    // Landscape: the notch on the left.
    await cdp.send('Emulation.setSafeAreaInsetsOverride', {
      insets: { top: 0, bottom: 21, left: 47, right: 47 },
    });
    const sides = await page.locator('.auth').evaluate((element) => getComputedStyle(element).paddingLeft);
    expect(sides).toBe('47px');
    await page.screenshot({ path: screenshotPath('installed-notch-landscape.png') });
    await cdp.detach();
    await page.close();
  });
});
