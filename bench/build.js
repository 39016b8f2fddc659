// @ts-check
// The app's timing marks (src/lib/boot/mark.ts) exist only in a bench build: `BENCH=1 vite build`
// writes one into build-bench/ (svelte.config.js), beside the real build/ that the bundle-size
// rows read. Suites that measure in a browser serve it: scripts/serve.js takes ROOT.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BENCH_BUILD = fileURLToPath(new URL('../build-bench', import.meta.url));

/** Builds build-bench/ and makes it what the suites serve (process.env.ROOT, inherited). */
export function useBenchBuild() {
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    env: { ...process.env, BENCH: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env.ROOT = BENCH_BUILD;
}

/** The served build's directory (build-bench/ once useBenchBuild ran). */
export const servedBuild = () => process.env.ROOT ?? 'build';
