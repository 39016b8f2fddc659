// Build time only (vite.config.ts): how the client's code is split into files, so that a first
// visit asks for few. It relies on SvelteKit's private paths (chunk-roots.js), which
// tests/build/chunking.test.ts checks after every build.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { chunkRoots, generatedNode } from './chunk-roots.js';

type ModuleInfoOf = (id: string) => {
  importedIds: readonly string[];
  dynamicallyImportedIds?: readonly string[];
  code?: string | null;
} | null;

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

/**
 * Every module a dynamic import brings (with all it imports), anywhere below `roots`, other than
 * the screens themselves (`pages`: SvelteKit imports each page lazily).
 */
function lazilyLoaded(
  roots: readonly string[],
  pages: ReadonlySet<string>,
  info: ModuleInfoOf,
): Set<string> {
  const seen = new Set<string>();
  const lazyRoots: string[] = [];
  const pending = [...roots];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const module = info(id);
    pending.push(...(module?.importedIds ?? []));
    for (const next of module?.dynamicallyImportedIds ?? []) {
      if (!pages.has(next)) lazyRoots.push(next);
      pending.push(next);
    }
  }
  const lazy = staticClosure(lazyRoots, info);
  for (const id of lazyRoots) lazy.add(id);
  return lazy;
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
 *   screen open, carries nothing that only the other screens share;
 * - a small module only one screen loads at start, that a part loaded later uses too, goes into
 *   one file of that screen's (else each would be a file: Settings 17 instead of 13).
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
    const startOf = new Map<string, number>();
    let today = new Set<string>();
    // Node 0 is the root layout; the others are pages, error page and nested layouts.
    let pageCount = 1;
    while (info(node(pageCount))) pageCount += 1;
    for (let n = 1; n < pageCount; n += 1) {
      const closure = staticClosure([node(n)], info);
      if (info(node(n))?.importedIds.some((id) => id.endsWith('/src/routes/+page.svelte'))) {
        today = closure;
      }
      for (const id of closure) {
        screens.set(id, (screens.get(id) ?? 0) + 1);
        startOf.set(id, n);
      }
    }
    const small = (id: string) => (info(id)?.code?.length ?? Infinity) < SMALL_MODULE_CHARS;
    // A component's style module has no code of its own: it goes where its component goes.
    const component = (id: string) => id.split('?')[0] ?? id;
    const shared = new Set<string>();
    // Small modules one screen loads at start and a part loaded later also uses (a welcome step
    // and Settings share the language choice, the program's fields): the bundler would give
    // each its own file, a request each before that screen works. One file per screen instead.
    const pages = new Set(Array.from({ length: pageCount }, (_, n) => node(n)));
    const lazy = lazilyLoaded(roots, pages, info);
    const ownOf = new Map<string, string>();
    for (const [id, count] of screens) {
      if (count !== 1 || !small(component(id)) || core.has(id) || !lazy.has(id)) continue;
      // The bundler brings a grouped module's imports into its file: one that other screens
      // load at start would then bring this screen's file to them (the session form loaded
      // Settings' program save). Such a module keeps the bundler's own split.
      const brings = staticClosure([id], info);
      if ([...brings].some((dep) => (screens.get(dep) ?? 0) > 1 && !core.has(dep))) continue;
      const n = startOf.get(id);
      if (n !== undefined) ownOf.set(id, `screen-${n}`);
    }
    for (const [id, count] of screens) {
      if (count < 2 || !small(component(id)) || core.has(id)) continue;
      // Today is the screen a first visit and the home-screen icon open: its start carries
      // only what it uses. What other screens share (and Today does not) is their own file.
      (today.has(id) ? core : shared).add(id);
    }
    return { core, shared, ownOf };
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
      const own = {
        name: (id: string, ctx: { getModuleInfo: ModuleInfoOf }) =>
          known(ctx).ownOf.get(id) ?? null,
      };
      return {
        build: { rollupOptions: { output: { codeSplitting: { groups: [core, shared, own] } } } },
      };
    },
  };
}
