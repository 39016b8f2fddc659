import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import { TOOLS, isTool } from '$lib/domain/plan/tools';
import { locale } from '$lib/i18n/locale.svelte';

// One prerendered file per tool, so each works offline from the precache.
export const entries = () => TOOLS.map((tool) => ({ tool }));

export async function load({ params }) {
  if (!isTool(params.tool)) error(404, 'Not found');
  if (browser) await locale.need(['plan']);
  return { tool: params.tool };
}
