import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { center } from './src/lib/config/center.js';
import { chunkRoots, generatedNode } from './scripts/chunk-roots.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

type ModuleInfoOf = (id: string) => { importedIds: readonly string[]; code?: string | null } | null;

/** Everything `roots` import statically, all the way down (never a dynamic import), without them. */
function staticClosure(roots: readonly string[], info: ModuleInfoOf): Set<string> {
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
}

/** A module this small costs a phone less to download twice than to ask for on its own. */
const SMALL_MODULE_CHARS = 2000;

/**
 * Every screen loads the code of the app's start, its shell and the root layout (a page's own code
 * comes on top). Left to itself the bundler splits that shared part into some thirty small files,
 * and the code two screens share into more, many under 1 KiB: each a request of its own. On a
 * phone network over HTTP/1.1 that is a round trip per six files before a screen can work. So:
 * - the start-up code every screen shares (SvelteKit's entries and the root layout) is one file;
 * - a small module (under SMALL_MODULE_CHARS of code) that two or more screens load at start goes
 *   into that file too when Today is one of them, else into one 'shared' file the other screens
 *   load. A screen may then load code it does not use (Events: 2.6 KiB gzip), and saves
 *   requests: Today asks for 10 files instead of 20 and loads 1.3 KiB less (one file
 *   compresses better); Progress 12 instead of 22. Today, which a first visit and the home
 *   screen open, carries nothing that only the other screens share.
 * Its stylesheet grows with it; svelte.config.js keeps it inline (a build check makes sure).
 */
function oneCoreChunk(): Plugin {
  const project = new URL('./', import.meta.url).href;
  const node = (n: number) => fileURLToPath(generatedNode(project, n));
  // SvelteKit's client entries and the root layout's node (see its vite plugin's inputs).
  const roots = chunkRoots(project).map((url) => fileURLToPath(url));

  /** Which group a module goes to: 'core' (every screen), 'shared' (screens but Today), or none. */
  const groupsOf = (info: ModuleInfoOf) => {
    const core = staticClosure(roots, info);
    const screens = new Map<string, number>();
    let today = new Set<string>();
    // Node 0 is the root layout; the others are pages, error page and nested layouts.
    for (let n = 1; info(node(n)); n += 1) {
      const closure = staticClosure([node(n)], info);
      if (info(node(n))?.importedIds.some((id) => id.endsWith('/src/routes/+page.svelte'))) {
        today = closure;
      }
      for (const id of closure) screens.set(id, (screens.get(id) ?? 0) + 1);
    }
    const small = (id: string) => (info(id)?.code?.length ?? Infinity) < SMALL_MODULE_CHARS;
    // A component's style module has no code of its own: it goes where its component goes.
    const component = (id: string) => id.split('?')[0] ?? id;
    const shared = new Set<string>();
    for (const [id, count] of screens) {
      if (count < 2 || !small(component(id)) || core.has(id)) continue;
      // Today is the screen a first visit and the home-screen icon open: its start carries
      // only what it uses. What other screens share (and Today does not) is their own file.
      (today.has(id) ? core : shared).add(id);
    }
    return { core, shared };
  };

  return {
    name: 'one-core-chunk',
    apply: 'build',
    config(_, { isSsrBuild }) {
      if (isSsrBuild) return;
      let groups: ReturnType<typeof groupsOf> | undefined;
      const known = (ctx: { getModuleInfo: ModuleInfoOf }) =>
        (groups ??= groupsOf((moduleId) => ctx.getModuleInfo(moduleId)));
      const core = {
        name: (id: string, ctx: { getModuleInfo: ModuleInfoOf }) =>
          known(ctx).core.has(id) ? 'core' : null,
      };
      const shared = {
        name: (id: string, ctx: { getModuleInfo: ModuleInfoOf }) =>
          known(ctx).shared.has(id) ? 'shared' : null,
      };
      return {
        build: { rollupOptions: { output: { codeSplitting: { groups: [core, shared] } } } },
      };
    },
  };
}

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // Argon2id's worker (src/lib/crypto/argon2.ts) is a module worker: hash-wasm loads in it on use.
  worker: { format: 'es' },
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
