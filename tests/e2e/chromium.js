// @ts-check
// Finds a Chromium for the end-to-end tests: an env override, the system browser, or
// Playwright's own; as root with apt, installs Debian's; otherwise says how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string | undefined} */
function playwrightsOwn() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Installs Debian packages where the tests may (as root, with apt), updating the package lists
 * only when the install cannot find them. Returns false where it may not.
 * @param {string} packages
 * @param {string} why
 */
export function aptInstall(packages, why) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`${why}: installing Debian’s ${packages}…`);
  execSync(`apt-get install -y ${packages} || (apt-get update && apt-get install -y ${packages})`, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return true;
}

/** @returns {string} */
export function findChromium() {
  const override = process.env.CHROME_PATH;
  if (override) {
    if (!existsSync(override))
      throw new Error(`CHROME_PATH points to ${override}, which does not exist.`);
    return override;
  }
  const found = SYSTEM_PATHS.find((path) => existsSync(path)) ?? playwrightsOwn();
  if (found) return found;

  if (aptInstall('chromium', 'No Chromium found') && existsSync('/usr/bin/chromium'))
    return '/usr/bin/chromium';
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one with `sudo apt-get install chromium` ' +
      '(Debian/Ubuntu) or `npx playwright install chromium`, or set CHROME_PATH to a Chrome or ' +
      'Chromium executable.',
  );
}

/** Flags for a quiet headless Chromium on a machine with a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
