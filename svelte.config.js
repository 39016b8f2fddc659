import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { inlineScriptHashes, renderAppHtml } from './src/lib/boot/app-html.js';

// app.html is a template: its inline scripts come from src/lib/boot/first-script.js (the same
// functions the app imports), put in here. SvelteKit reads the page rendered from it. Its scripts
// (the first decides whether a prerendered screen may show, the last asks early for what a first
// visit will need) are allowed by their hashes: whatever they say, exactly, and nothing else inline.
const appHtml = renderAppHtml(readFileSync(new URL('./src/app.html', import.meta.url), 'utf8'));
const appTemplate = '.svelte-kit/boot/app.html';
mkdirSync(new URL('./.svelte-kit/boot/', import.meta.url), { recursive: true });
writeFileSync(new URL(`./${appTemplate}`, import.meta.url), appHtml);
const appScriptHashes = inlineScriptHashes(appHtml);
const out = process.env.BENCH === '1' ? 'build-bench' : 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    files: { appTemplate },
    // Every screen is prerendered so that each route is a real file the service worker can
    // precache (the six main screens with their content, the others as empty shells: see
    // +layout.ts); 200.html catches any other URL.
    // A bench build (BENCH=1, with the timing marks on: vite.config.ts) goes beside the real one.
    adapter: adapter({ pages: out, assets: out, fallback: '200.html', precompress: true }),
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
