// @ts-check
// Makes the README's `npm test` work as written on a fresh clone: before anything else it
// installs exactly what the lockfile says (npm ci) when node_modules is missing or differs from
// it, and does nothing when it matches. Uses nothing but Node itself, so it runs before install.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * True when the packages npm last installed (node_modules/.package-lock.json) are not the ones
 * the lockfile asks for. Optional packages (other platforms' binaries) may be absent.
 * @param {{ packages: Record<string, { version?: string, optional?: boolean, link?: boolean }> }} lock
 * @param {{ packages: Record<string, { version?: string }> } | undefined} installed
 */
export function needsInstall(lock, installed) {
  if (!installed) return true;
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.link) continue;
    const present = installed.packages[path];
    if (!present) {
      if (entry.optional) continue;
      return true;
    }
    if (present.version !== entry.version) return true;
  }
  return false;
}

/** @param {string} path */
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lock = readJson('package-lock.json');
  if (!lock) throw new Error('package-lock.json is missing or unreadable.');
  if (needsInstall(lock, readJson('node_modules/.package-lock.json'))) {
    console.log('Installing the locked dependencies (npm ci) first…');
    execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  }
}
