import { expect, routes, test } from './fixtures';

test.describe('offline', () => {
  test('after the first visit, every screen reloads offline from the service worker', async ({
    page,
    frame,
  }) => {
    await frame.openThenOffline('/');
    await expect(page.getByText('You are offline.')).toBeVisible();

    for (const route of routes) {
      const response = await page.goto(route.path);
      expect(response?.fromServiceWorker(), `${route.path} from the service worker`).toBe(true);
      await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    }

    // Crisis help is part of the shell, so it opens with no signal.
    await frame.helpButton().click();
    await expect(page.getByRole('link', { name: 'Call 988' })).toBeVisible();

    // A screen opened by its address for the first time while offline still loads.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('the manifest makes the app installable', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await request.get(href!)).json();
    expect(manifest).toMatchObject({
      name: expect.stringContaining('Recovery BLVD'),
      short_name: expect.any(String),
      description: expect.any(String),
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#/),
      background_color: expect.stringMatching(/^#/),
    });
    const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
    for (const [sizes, purpose] of [
      ['192x192', 'any'],
      ['512x512', 'any'],
      ['512x512', 'maskable'],
    ]) {
      const icon = icons.find((i) => i.sizes === sizes && i.purpose === purpose);
      expect(icon, `${sizes} ${purpose}`).toBeDefined();
      const image = await request.get(icon!.src);
      expect(image.headers()['content-type']).toBe('image/png');
      // PNG width and height sit at bytes 16-23 of the IHDR chunk.
      const body = await image.body();
      const [w, h] = sizes!.split('x').map(Number);
      expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([w, h]);
    }
  });
});
