import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // Every screen is prerendered as an empty shell (ssr is off, see +layout.ts) so that each route
    // is a real file the service worker can precache; 200.html catches any other URL.
    adapter: adapter({ fallback: '200.html', precompress: true }),
    // Small stylesheets go inline: one less render-blocking request on a slow phone network.
    inlineStyleThreshold: 8192,
  },
};

export default config;
