import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chunkRoots, generatedNode } from '../../src/lib/boot/chunk-roots.js';

const project = new URL('../../', import.meta.url).href;
const relative = (url: URL) => url.href.slice(project.length);

// SvelteKit's own paths, not its API, that the one core chunk (vite.config.ts, oneCoreChunk) is
// built from: the inputs SvelteKit's vite plugin gives the client build (its entry/start,
// entry/app and nodes/N), as of @sveltejs/kit 2.70. After an upgrade that moves one, the chunking
// would quietly stop and every screen ask for twenty small files again: these tests fail instead.
const INTERNALS = [
  'node_modules/@sveltejs/kit/src/runtime/client/entry.js',
  '.svelte-kit/generated/client-optimized/app.js',
  '.svelte-kit/generated/client-optimized/nodes/0.js',
];
const NODE = (n: number) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`;

describe('the SvelteKit internals the chunking relies on', () => {
  it('are the ones scripts/chunk-roots.js names, and each is there', () => {
    expect(chunkRoots(project).map(relative)).toEqual(INTERNALS);
    expect(relative(generatedNode(project, 3))).toBe(NODE(3));
    for (const path of INTERNALS) expect(existsSync(fileURLToPath(project + path)), path).toBe(true);
  });

  it('SvelteKit still builds the client from them (its vite plugin’s inputs)', () => {
    const plugin = readFileSync(
      fileURLToPath(`${project}node_modules/@sveltejs/kit/src/exports/vite/index.js`),
      'utf8',
    );
    expect(plugin).toContain("input['entry/start'] = `${runtime_directory}/client/entry.js`");
    expect(plugin).toContain("input['entry/app'] = `${out_dir}/generated/client-optimized/app.js`");
    expect(plugin).toContain('`${out_dir}/generated/client-optimized/nodes/${i}.js`');
  });

  it('node 0 is the root layout, and a later node is Today (how oneCoreChunk tells them apart)', () => {
    const node = (n: number) => readFileSync(fileURLToPath(project + NODE(n)), 'utf8');
    expect(node(0)).toContain('src/routes/+layout.svelte');
    const pages = [];
    for (let n = 1; existsSync(fileURLToPath(project + NODE(n))); n += 1) pages.push(node(n));
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.filter((code) => code.includes('/src/routes/+page.svelte"'))).toHaveLength(1);
  });

  it('the build has its core and shared chunks, and Today asks for few files', () => {
    const manifest = readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8');
    expect(manifest).toMatch(/"name": *"core"/);
    expect(manifest).toMatch(/"name": *"shared"/);
    // Some thirty small files without the chunking; 11 with it (December 2026).
    const preloads = readFileSync('build/index.html', 'utf8').match(/rel="modulepreload"/g) ?? [];
    expect(preloads.length).toBeLessThanOrEqual(14);
  });
});
