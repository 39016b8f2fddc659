import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import { TOOLS, isTool } from '$lib/domain/plan/tools';
import { plan } from '$lib/i18n/en/plan';
import { locale } from '$lib/i18n/locale.svelte';
import { provideEnglish } from '$lib/i18n/translate';

// English comes with the page's code (see provideEnglish); another language loads first.
provideEnglish('plan', plan);

// One prerendered file per tool, so each works offline from the precache.
export const entries = () => TOOLS.map((tool) => ({ tool }));

export async function load({ params }) {
  if (!isTool(params.tool)) error(404, 'Not found');
  if (browser) await locale.need(['plan']);
  return { tool: params.tool };
}
