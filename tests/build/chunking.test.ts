import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { chunkRoots, generatedNode } from '../../scripts/chunk-roots.js';

const project = new URL('../../', import.meta.url).href;

it('finds the SvelteKit files the one core chunk is built from (vite.config.ts, oneCoreChunk)', () => {
  // SvelteKit's own paths, not its API: after an upgrade that moves one, the chunking would
  // quietly stop and every screen ask for twenty small files again.
  const roots = chunkRoots(project).map((url) => fileURLToPath(url));
  expect(roots.filter((root) => !existsSync(root))).toEqual([]);
  // Each screen's node beside the root layout's (the screens the chunking counts).
  expect(existsSync(fileURLToPath(generatedNode(project, 1)))).toBe(true);
});
