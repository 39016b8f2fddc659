// @ts-check
// The files SvelteKit builds every screen's start from: its client entry and the generated app and
// root-layout modules. chunking.ts (oneCoreChunk) groups everything they import into one core chunk. These
// are SvelteKit's own paths, not its API: tests/build/chunking.test.ts fails when one moves.

/** @param {string} root the project's directory, as a file URL ending in '/' */
export const generatedNode = (root, /** @type {number} */ node) =>
  new URL(`.svelte-kit/generated/client-optimized/nodes/${node}.js`, root);

/** @param {string} root the project's directory, as a file URL ending in '/' */
export const chunkRoots = (root) => [
  new URL('node_modules/@sveltejs/kit/src/runtime/client/entry.js', root),
  new URL('.svelte-kit/generated/client-optimized/app.js', root),
  generatedNode(root, 0),
];
