import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { center } from './src/lib/config/center.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Every screen loads the code of the app's start, its shell and the root layout (a page's own code
 * comes on top). Left to itself the bundler splits that shared part into some thirty small files,
 * each a request of its own: on a phone network over HTTP/1.1 that is five or six round trips
 * before a screen can work. Here it is one file. Nothing moves into it that some screen did not
 * already load at start, so no screen downloads more.
 */
function oneCoreChunk(): Plugin {
  // SvelteKit's client entries and the root layout's node (see its vite plugin's inputs).
  const roots = [
    'node_modules/@sveltejs/kit/src/runtime/client/entry.js',
    '.svelte-kit/generated/client-optimized/app.js',
    '.svelte-kit/generated/client-optimized/nodes/0.js',
  ].map((file) => fileURLToPath(new URL(`./${file}`, import.meta.url)));

  /** The roots' static imports, all the way down (never a dynamic one), without the roots. */
  const staticClosure = (info: (id: string) => { importedIds: readonly string[] } | null) => {
    const found = new Set<string>();
    const pending = [...roots];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      for (const next of info(id)?.importedIds ?? []) {
        if (!found.has(next)) pending.push(next);
        found.add(next);
      }
    }
    for (const root of roots) found.delete(root);
    return found;
  };

  return {
    name: 'one-core-chunk',
    apply: 'build',
    config(_, { isSsrBuild }) {
      if (isSsrBuild) return;
      let core: Set<string> | undefined;
      const group = {
        name: (
          id: string,
          ctx: { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null },
        ) => {
          core ??= staticClosure((moduleId) => ctx.getModuleInfo(moduleId));
          return core.has(id) ? 'core' : null;
        },
      };
      return { build: { rollupOptions: { output: { codeSplitting: { groups: [group] } } } } };
    },
  };
}

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [
    sveltekit(),
    oneCoreChunk(),
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
        globIgnores: ['client/events/**'],
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
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
