import { describe, expect, it } from 'vitest';
import { needsInstall } from './ensure-deps.js';

const lock = {
  packages: {
    '': { version: '0.1.0' },
    'node_modules/svelte': { version: '5.57.0' },
    'node_modules/@rolldown/binding-darwin-arm64': { version: '1.0.0', optional: true },
    'node_modules/local': { link: true },
  },
};

describe('needsInstall', () => {
  it('installs on a fresh clone (nothing installed yet)', () => {
    expect(needsInstall(lock, undefined)).toBe(true);
  });

  it('does nothing when what is installed matches the lockfile, other platforms aside', () => {
    expect(needsInstall(lock, { packages: { 'node_modules/svelte': { version: '5.57.0' } } })).toBe(
      false,
    );
  });

  it('installs when a package is missing or at another version', () => {
    expect(needsInstall(lock, { packages: {} })).toBe(true);
    expect(needsInstall(lock, { packages: { 'node_modules/svelte': { version: '5.56.0' } } })).toBe(
      true,
    );
  });
});
