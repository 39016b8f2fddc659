import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * The hostile feeds (markup in names and notes, a BMLT meeting with a script, a center program
 * with one) are test fixtures, never the build's demo data: a test that needs them serves the
 * snapshot `npm run events:sync:fixtures` wrote from them in place of the build's own. Use with
 * `test.use({ serviceWorkers: 'block' })`, so the page's own requests are the ones answered.
 */
const DIR = 'tests/fixtures/events-snapshot';

export async function serveFixtureFeeds(page: Page): Promise<void> {
  const files = readdirSync(DIR);
  await page.route('**/events/index.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: readFileSync(join(DIR, 'index.json')) }),
  );
  await page.route(/\/events\/meetings\.[0-9a-f]+\.json$/, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    return files.includes(name)
      ? route.fulfill({ contentType: 'application/json', body: readFileSync(join(DIR, name)) })
      : route.fulfill({ status: 404 });
  });
  await page.route('**/events/program.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: readFileSync(join(DIR, 'program.json')),
    }),
  );
}
