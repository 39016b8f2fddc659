import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { inlineIcon } from '$lib/server/inline-icon';
import { completeModulePreloads, type ManifestChunk } from '$lib/server/preloads';

// Runs only while the build prerenders the screens (the app is served as static files).
let manifest: Record<string, ManifestChunk> | undefined;

function clientManifest(): Record<string, ManifestChunk> {
  if (!manifest) {
    try {
      const file = join(process.cwd(), '.svelte-kit/output/client/.vite/manifest.json');
      manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
    } catch {
      manifest = {};
    }
  }
  return manifest;
}

let icon: string | undefined;

function appIcon(): string {
  icon ??= readFileSync(join(process.cwd(), 'static/favicon.svg'), 'utf8');
  return icon;
}

export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    // Each prerendered page asks at once for every script file it needs (see preloads.ts), and
    // carries its icon rather than asking for it (see inline-icon.ts).
    transformPageChunk: building
      ? ({ html }) => inlineIcon(completeModulePreloads(html, clientManifest()), appIcon())
      : undefined,
  });
