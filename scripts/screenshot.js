// Dev aid: `node scripts/screenshot.js /path out.png [light|dark] [width]` against a running `npm run serve` (PORT 4180).
// Set CLICK to a button name to press it first, FULL=1 for the whole page.
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.js';
const [, , path = '/', out = '/tmp/shot.png', scheme = 'light', w = '390'] = process.argv;
const b = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const p = await b.newPage({
  viewport: { width: Number(w), height: 844 },
  colorScheme: scheme,
  deviceScaleFactor: 1,
});
await p.goto('http://localhost:4180' + path);
await p.waitForTimeout(600);
if (process.env.CLICK) {
  await p.getByRole('button', { name: process.env.CLICK }).click();
  await p.waitForTimeout(300);
}
await p.screenshot({ path: out, fullPage: !!process.env.FULL });
await b.close();
