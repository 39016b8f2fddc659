// Test support, imported only by the state classes' tests (*.svelte.test.ts): the repositories'
// empty database (db/test-database.ts), plus what a screen's state needs around it (a document
// whose language a switch sets), and the app back in English for the next test.
import { afterEach, beforeEach, vi } from 'vitest';
import { useEmptyDatabase } from '$lib/db/test-database';
import { locale } from '$lib/i18n/locale.svelte';

export function useFreshPhone(): void {
  useEmptyDatabase();
  beforeEach(() => {
    vi.stubGlobal('document', { documentElement: {} });
  });
  // Runs before the database's own clean-up (after-hooks run last-registered first).
  afterEach(async () => {
    vi.restoreAllMocks();
    await locale.set('en');
  });
}
