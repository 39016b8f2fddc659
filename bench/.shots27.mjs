// Screenshots of #27's screens at 390x844, en/es, light/dark.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.js';
import { waitForAppDatabase } from '../tests/e2e/app-database.js';

const PORT = 4181;
const BASE = `http://localhost:${PORT}`;
const server = spawn('node', ['scripts/serve.js'], { cwd: '/work/wt-27', env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const reason = process.env.LONG ? 'x'.repeat(2000) : 'Sofia, my daughter: I want to be there when she wakes up.\nWaking up clear, without shame.';
const plan = {
  reasons: reason,
  message: 'You have been here before and you got through it. Call Rosa.',
  warningSigns: ['Isolating, not answering calls', 'Skipping group'],
  highRisk: ['Payday Friday', 'The bar on Division St'],
  helps: ['Walk along the river', 'Cold shower', 'Call my sister'],
  places: ['The library', 'The 7 pm meeting at St. Mark'],
  environment: ['No alcohol at home'],
  people: [
    { id: 'p1', name: 'Rosa', relationship: 'Sponsor', phone: '(503) 555-0142' },
    { id: 'p2', name: 'Marcus', relationship: 'Brother', phone: '503-555-0177' },
    { id: 'p3', name: 'Dee', relationship: 'Friend', phone: '503-555-0190' },
    { id: 'p4', name: 'Luz', relationship: 'Peer', phone: '503-555-0191' },
    { id: 'p5', name: 'Tom', relationship: 'Peer', phone: '503-555-0192' },
  ],
  professionals: [{ id: 'c1', name: 'Ana (counselor)', relationship: 'Counselor', phone: '503-555-0100' }],
};
try {
  for (const lang of ['en', 'es']) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, colorScheme: scheme, timezoneId: 'America/Los_Angeles', locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(BASE + '/');
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'));
      await page.evaluate((l) => localStorage.setItem('locale', l), lang);
      await waitForAppDatabase(page);
      await page.evaluate(async (plan) => {
        const db = await new Promise((resolve) => { const open = indexedDB.open('recovery-companion'); open.onsuccess = () => resolve(open.result); });
        const tx = db.transaction(['plans'], 'readwrite');
        tx.objectStore('plans').put({ id: 'plan:2026-11-01', savedAt: Date.now() - 86400000, body: { enc: 'none', value: { date: '2026-11-01', plan } } });
        await new Promise((r) => (tx.oncomplete = r));
        db.close();
      }, plan);
      await page.reload();
      await page.waitForTimeout(600);
      const tag = `${lang}-${scheme}`;
      await page.screenshot({ path: `/tmp/eng/27/shots/today-${tag}.png` });
      // Quick check-in with craving 8.
      await page.locator('input[name="quick-mood-value"]').nth(1).check();
      const slider = page.getByRole('slider');
      await slider.focus();
      await page.keyboard.press('Home');
      for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
      await page.locator('form[aria-labelledby="quick-title"] button[type="submit"]').click();
      await page.waitForTimeout(800);
      await page.screenshot({ path: `/tmp/eng/27/shots/today-rightnow-${tag}.png` });
      await page.locator('#quick-title').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -80));
      await page.screenshot({ path: `/tmp/eng/27/shots/today-ending-${tag}.png` });
      await page.goto(BASE + '/');
      await page.waitForTimeout(800);
      await page.screenshot({ path: `/tmp/eng/27/shots/today-rightnow-reload-${tag}.png` });
      await page.locator('.help-button').click();
      await page.waitForTimeout(600);
      await page.screenshot({ path: `/tmp/eng/27/shots/help-${tag}.png` });
      await page.locator('dialog').evaluate((d) => (d.scrollTop = 600));
      await page.screenshot({ path: `/tmp/eng/27/shots/help2-${tag}.png` });
      await page.locator('dialog').evaluate((d) => (d.scrollTop = 1400));
      await page.screenshot({ path: `/tmp/eng/27/shots/help3-${tag}.png` });
      await page.goto(BASE + '/plan');
      await page.waitForTimeout(800);
      await page.screenshot({ path: `/tmp/eng/27/shots/plan-${tag}.png` });
      await page.screenshot({ path: `/tmp/eng/27/shots/plan-full-${tag}.png`, fullPage: true });
      await page.goto(BASE + '/check-in');
      await page.waitForTimeout(500);
      await page.locator('input[type=radio]').first().check();
      await page.getByRole('slider').focus();
      await page.keyboard.press('End');
      await page.locator('button[type=submit]').first().click();
      await page.waitForTimeout(900);
      await page.screenshot({ path: `/tmp/eng/27/shots/checkin-ending-${tag}.png` });
      await page.goto(BASE + '/measures/phq9');
      await page.waitForTimeout(500);
      await page.locator('fieldset').nth(8).locator('input[type=radio]').nth(1).check();
      await page.waitForTimeout(400);
      await page.locator('.safety').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/eng/27/shots/phq9-${tag}.png` });
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
