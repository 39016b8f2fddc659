// Renders the app icons from SVG with the system Chromium. Run by hand when the artwork changes
// (`node scripts/make-icons.js`); the PNGs are committed so builds need no browser.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.js';

const art = readFileSync(new URL('../static/favicon.svg', import.meta.url), 'utf8');
// The maskable icon keeps its artwork inside the central 80 % safe zone on a full-bleed background.
const maskable = art
  .replace('rx="112"', 'rx="0"')
  .replace('<circle', '<g transform="translate(51.2 51.2) scale(0.8)"><circle')
  .replace('</svg>', '</g></svg>');

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage();
for (const [file, svg, size, transparent] of [
  ['icons/icon-192.png', art, 192, true],
  ['icons/icon-512.png', art, 512, true],
  ['icons/icon-maskable-512.png', maskable, 512, false],
  ['icons/apple-touch-icon.png', maskable, 180, false],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:${transparent ? 'transparent' : '#0f5c63'}}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: `static/${file}`, omitBackground: transparent });
}
await browser.close();
