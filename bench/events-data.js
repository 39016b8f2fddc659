// @ts-check
// 10,000 meetings for the benches, shaped like the shipped snapshot's, published the way
// `npm run events:sync` publishes: a small index naming a content-hashed part.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The snapshot currently in static/events (its first part). */
function shippedSnapshot() {
  const index = JSON.parse(readFileSync('static/events/index.json', 'utf8'));
  return JSON.parse(readFileSync(`static${index.parts[0].url}`, 'utf8'));
}

/** A snapshot of 10,000 meetings with realistic names, places, types and notes. */
export function tenThousandEvents() {
  const base = shippedSnapshot();
  const words = ['Serenity', 'Hope', 'Step', 'Study', 'Speaker', 'Sunrise', 'Noon', 'Night'];
  const more = ['Unity', 'Promises', 'Freedom', 'Gratitude', 'Recovery', 'Big Book', 'Women'];
  const cities = ['Portland', 'Salem', 'Eugene', 'Bend', 'Medford', 'Gresham', 'Corvallis'];
  const events = Array.from({ length: 10_000 }, (_, i) => {
    const template = base.events[i % base.events.length];
    const city = cities[i % cities.length];
    return {
      ...template,
      id: `bench:${i}`,
      sourceId: 'bench',
      slug: `m-${i}`,
      name: `${words[i % words.length]} ${more[(i * 7) % more.length]} group ${i}`,
      days: template.date ? [] : [i % 7],
      time: `${String(6 + (i % 16)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      endTime: `${String(7 + (i % 16)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      location: `${more[i % more.length]} Hall`,
      address: `${100 + (i % 900)} SE Example St, ${city}, OR 97${String(i % 1000).padStart(3, '0')}`,
      city,
      region: `${city} › ${['North', 'South', 'East', 'West'][i % 4]}`,
      latitude: 42 + (i % 400) / 100,
      longitude: -124 + (i % 700) / 100,
      types: ['O', 'C', 'D', 'SP', 'BE', 'S', 'X', 'ST'].filter((_, k) => (i + k) % 3 === 0),
      notes: i % 3 ? undefined : 'Side door; parking behind the building. Coffee provided.',
    };
  });
  return {
    ...base,
    generatedAt: new Date().toISOString(),
    isExample: true,
    sources: [{ id: 'bench', name: 'Bench', program: 'AA', isExample: true, count: 10_000 }],
    events,
  };
}

/** The published files for a snapshot: `{ index, part: { url, body } }`. */
export function publish(snapshot = tenThousandEvents()) {
  const body = JSON.stringify(snapshot);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const url = `/events/meetings.${hash}.json`;
  const index = {
    format: 'blvd-events-index',
    version: 1,
    generatedAt: snapshot.generatedAt,
    isExample: snapshot.isExample,
    hash,
    parts: [{ url, bytes: Buffer.byteLength(body), count: snapshot.events.length }],
  };
  return { index, part: { url, body } };
}
