import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { center } from './src/lib/config/center.js';
import { oneCoreChunk } from './src/lib/boot/chunking';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    // `npm run bench` builds with BENCH=1 (into build-bench/, svelte.config.js): only then do the
    // app's timing marks exist (src/lib/boot/mark.ts).
    __BENCH__: JSON.stringify(process.env.BENCH === '1'),
  },
  // Argon2id's worker (src/lib/crypto/argon2.ts) is a module worker: hash-wasm loads in it on use.
  worker: { format: 'es' },
  plugins: [
    sveltekit(),
    oneCoreChunk(new URL('./', import.meta.url).href),
    SvelteKitPWA({
      // The app registers the worker itself through workbox-window (src/lib/state/pwa.svelte.ts)
      // so that a new version waits for the client's "Reload" instead of swapping code mid-entry.
      injectRegister: false,
      registerType: 'prompt',
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        id: '/',
        name: `${center.appName} · ${center.programName}`,
        short_name: center.appName,
        description: center.description,
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: center.themeColor,
        background_color: center.backgroundColor,
        categories: ['health', 'medical', 'lifestyle'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      kit: { spa: true, adapterFallback: '200.html' },
      workbox: {
        globPatterns: [
          'client/**/*.{js,css,ico,png,svg,webp,webmanifest,woff2,json}',
          'prerendered/**/*.{html,json}',
        ],
        // The meetings are data, not app shell: a new snapshot reaches phones without an app
        // update. The page keeps its content-hashed parts in the Cache API itself
        // (src/lib/state/events-delivery.ts), so they are cached even on a first visit that
        // fetched them before this worker took control; the index is always asked of the network.
        globIgnores: ['client/events/**', 'client/wiped.html'],
        // The wipe's last request (scripts/headers.js) goes to the host, never to the worker's
        // fallback page: only the host's answer carries Clear-Site-Data.
        navigateFallbackDenylist: [/^\/wiped/],
        // First install takes control at once so the very first visit already works offline;
        // later versions wait (skipWaiting stays off) until the client presses Reload.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
      devOptions: { enabled: false },
    }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.js'],
          exclude: ['src/**/*.svelte.test.ts'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        // State classes with their runes running as in the app (see the environment's comment).
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'state',
          include: ['src/**/*.svelte.test.ts'],
          environment: './tests/unit/svelte-client-environment.ts',
          // Svelte's own modules through Vite too, so its browser runtime (not the server's) runs.
          server: { deps: { inline: ['svelte'] } },
          setupFiles: ['./tests/unit/setup-state.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
