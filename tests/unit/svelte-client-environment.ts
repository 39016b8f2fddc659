import { builtinEnvironments, type Environment } from 'vitest/environments';

/**
 * Node, with modules transformed for the browser: state classes (`*.svelte.ts`) compile as on
 * the client, so `$state`, `$effect.root` and `createSubscriber` run as they do in the app
 * (Vitest's node environment compiles them for the server, where effects never run). A test
 * opts in with `// @vitest-environment ./tests/unit/svelte-client-environment.ts`.
 */
export default {
  ...builtinEnvironments.node,
  name: 'svelte-client',
  viteEnvironment: 'client',
} satisfies Environment;
