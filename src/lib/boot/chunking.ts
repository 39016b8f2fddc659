// Build time only (vite.config.ts): how the client's code is split into files, so that a first
// visit asks for few. It relies on SvelteKit's private paths (chunk-roots.js), which
// tests/build/chunking.test.ts checks after every build.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { chunkRoots, generatedNode } from './chunk-roots.js';

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
 * @param project the project's directory, as a file URL ending in '/'
 *
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
export function oneCoreChunk(project: string): Plugin {
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
