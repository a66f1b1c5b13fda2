// Draws the web app's icons from one mark and writes them to packages/web/public/icons: the SVG for
// browsers that take one, and PNGs rendered by Debian's Chromium (through playwright-core, as the
// browser tests use it) for the manifest and for iOS, which takes no SVG for its Home Screen.
//
//   node scripts/generate-web-icons.mjs
//
// The PNGs are committed: the build does not need a browser. Rerun this after changing the mark.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'web', 'public', 'icons');

const TEAL = '#0f766e';
const TEAL_DEEP = '#0b5e58';
const READY = '#fbbf24';

/**
 * The mark on a 100-unit square: a white F, and the amber dot of a result that is ready. Everything
 * lies within 38 units of the centre, inside the 40-unit circle a maskable icon keeps whatever the mask.
 */
const MARK = [
  '<path d="M36 74V27h31M36 49h24" fill="none" stroke="#fff" stroke-width="11" stroke-linecap="round" stroke-linejoin="round"/>',
  `<circle cx="67" cy="69" r="8.5" fill="${READY}"/>`,
].join('');

/**
 * `rounded`: a rounded square on transparent corners, for places that show the icon as it is.
 * `full`: the whole square painted, for masks (Android's maskable icons) and iOS, which rounds the
 * corners itself and would show transparency as black. `scale` shrinks the mark towards the centre.
 */
const iconSvg = ({ shape, scale }) => {
  const offset = (100 - 100 * scale) / 2;
  const radius = shape === 'rounded' ? 22 : 0;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">',
    '<title>FitIQ</title>',
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${TEAL}"/>`,
    `<stop offset="1" stop-color="${TEAL_DEEP}"/></linearGradient></defs>`,
    `<rect width="100" height="100" rx="${radius}" fill="url(#bg)"/>`,
    `<g transform="translate(${offset} ${offset}) scale(${scale})">${MARK}</g>`,
    '</svg>',
  ].join('');
};

const ICONS = [
  { file: 'icon.svg', shape: 'rounded', scale: 1 },
  { file: 'icon-192.png', size: 192, shape: 'rounded', scale: 1 },
  { file: 'icon-512.png', size: 512, shape: 'rounded', scale: 1 },
  // Android crops a maskable icon to a circle or a squircle: the mark stays well inside the safe zone.
  { file: 'icon-maskable-512.png', size: 512, shape: 'full', scale: 0.8 },
  { file: 'icon-maskable-192.png', size: 192, shape: 'full', scale: 0.8 },
  { file: 'apple-touch-icon.png', size: 180, shape: 'full', scale: 0.86 },
];

const render = async (browser, svg, size) => {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  try {
    const style = 'margin:0;background:transparent';
    await page.setContent(
      `<html><body style="${style}"><img width="${size}" height="${size}" src="data:image/svg+xml,${encodeURIComponent(svg)}"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    return await page.screenshot({
      type: 'png',
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
  } finally {
    await page.close();
  }
};

const main = async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is needed to render the icons (apt-get install chromium)`);
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const icon of ICONS) {
      const svg = iconSvg(icon);
      const bytes = icon.size ? await render(browser, svg, icon.size) : `${svg}\n`;
      writeFileSync(join(OUT, icon.file), bytes);
      console.log(`wrote packages/web/public/icons/${icon.file}`);
    }
  } finally {
    await browser.close();
  }
};

await main();
