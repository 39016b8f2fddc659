import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import { INSTRUMENT_IDS, isInstrumentId } from '$lib/domain/measures/instruments';
import { locale } from '$lib/i18n/locale.svelte';

// One prerendered file per questionnaire, so each (and its safety help) works offline.
export const entries = () => INSTRUMENT_IDS.map((instrument) => ({ instrument }));

export async function load({ params }) {
  if (!isInstrumentId(params.instrument)) error(404, 'Not found');
  // The plan's messages too: the safety help shows the client's own people.
  if (browser) await locale.need(['measures', 'plan']);
  return { instrument: params.instrument };
}
