// @ts-check
// Renders media/icon.svg to media/icon.png (128×128, what the Marketplace and the extensions view
// show) in headless Chromium, the browser the e2e tests already use. Run it after editing the SVG:
//   node scripts/render-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SVG = path.join(ROOT, 'media', 'icon.svg');
const PNG = path.join(ROOT, 'media', 'icon.png');
const SIZE = 128;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  const svg = fs.readFileSync(SVG, 'utf8');
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: PNG, omitBackground: true });
  console.log(`wrote ${path.relative(ROOT, PNG)}`);
} finally {
  await browser.close();
}
