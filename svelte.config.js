import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// app.html's own scripts (the first decides whether a prerendered screen may show, the last asks
// early for what a first visit will need), allowed by their hashes: whatever they say, exactly,
// and nothing else inline.
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const appScriptHashes = [...appHtml.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)].map(
  ([, script]) => `sha256-${createHash('sha256').update(script).digest('base64')}`,
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // Every screen is prerendered so that each route is a real file the service worker can
    // precache (the six main screens with their content, the others as empty shells: see
    // +layout.ts); 200.html catches any other URL.
    adapter: adapter({ fallback: '200.html', precompress: true }),
    // Stylesheets go inline: one less render-blocking request on a slow phone network. The
    // shared core stylesheet is about 10 KiB (vite.config.ts); a build check keeps every
    // prerendered page free of a stylesheet request.
    inlineStyleThreshold: 16384,
    // No third-party anything: scripts only from this origin (SvelteKit's own inline start-up
    // script by hash), data only from this origin. Styles may be inline (Svelte's style
    // directives, chart.js); markup from feeds and notes is always text, never HTML.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        // No 'wasm-unsafe-eval': Argon2id's WebAssembly compiles in its own worker
        // (src/lib/crypto/argon2.ts), which this page policy does not cover.
        'script-src': ['self', ...appScriptHashes],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        // The voice message to myself plays from its stored bytes (a blob: URL), never a server.
        'media-src': ['self', 'blob:'],
        'connect-src': ['self'],
        'worker-src': ['self'],
        'manifest-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
      },
    },
  },
};

export default config;
