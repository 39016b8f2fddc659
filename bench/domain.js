// @ts-check
// Pure domain functions, timed in Node through Vite's module loader (so TypeScript and $lib
// resolve exactly as in the app). Each figure is the median of repeated runs after a warm-up.
import { ssrLoader } from '../scripts/ssr-loader.js';

/** @param {() => unknown} fn @param {number} runs */
function median(fn, runs = 25) {
  for (let i = 0; i < 5; i += 1) fn();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/** @returns {Promise<import('./run.js').Row[]>} */
export async function rows() {
  const server = await ssrLoader();
  try {
    const { expandOccurrences } = await server.ssrLoadModule('/src/lib/domain/occurrences.ts');
    const sessions = Array.from({ length: 10 }, (_, i) => ({
      id: `s${i}`,
      title: `Session ${i}`,
      kind: 'group',
      weekdays: [1 + (i % 5), 1 + ((i + 2) % 5)],
      startDate: '2025-12-01',
      startTime: `${String(8 + i).padStart(2, '0')}:00`,
      endTime: `${String(9 + i).padStart(2, '0')}:30`,
      endsNextDay: false,
      timezone: 'America/Los_Angeles',
    }));
    let count = 0;
    const ms = median(() => {
      count = expandOccurrences(sessions, [], '2026-01-01', '2026-12-31').length;
    });
    // The center's program: the change set between two versions of 200 events, for a client in
    // two of four tracks (a quarter of the events moved, some added and cancelled).
    const { programChanges, applyProgramChanges } = await server.ssrLoadModule(
      '/src/lib/domain/center/program.ts',
    );
    const event = (/** @type {number} */ i, /** @type {number} */ shift = 0) => ({
      uid: `event-${i}@center.example`,
      title: `Group ${i}`,
      kind: 'group',
      weekdays: i % 3 ? [1 + (i % 5)] : [],
      startDate: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`,
      startTime: `${String(8 + (i % 10) + shift).padStart(2, '0')}:00`,
      endTime: `${String(9 + (i % 10) + shift).padStart(2, '0')}:30`,
      endsNextDay: false,
      timezone: 'America/Los_Angeles',
      tracks: [`track ${i % 4}`],
    });
    const program = (/** @type {object[]} */ events) => ({
      format: 'blvd-program',
      version: String(events.length),
      publishedAt: '',
      name: 'Center',
      tracks: [0, 1, 2, 3].map((t) => ({ id: `track ${t}`, name: `Track ${t}` })),
      events,
      occurrences: [],
    });
    const before = program(Array.from({ length: 200 }, (_, i) => event(i)));
    const after = program([
      ...Array.from({ length: 190 }, (_, i) => event(i, i % 4 === 0 ? 1 : 0)),
      ...Array.from({ length: 10 }, (_, i) => event(300 + i)),
    ]);
    const chosen = ['track 0', 'track 1'];
    let changeCount = 0;
    const changeMs = median(() => {
      changeCount = programChanges(before, after, chosen).length;
    });
    const changes = programChanges(before, after, chosen);
    const applyMs = median(() =>
      applyProgramChanges([], changes, { today: '2026-11-28', newId: () => 'x' }),
    );
    // Measures: three years of PHQ-9 and GAD-7 every week (312 results), scored, the trend of
    // each and what is due, as the Measures screen and Progress compute them on every change.
    const { trend, history, dueInstruments } = await server.ssrLoadModule(
      '/src/lib/domain/measures/result.ts',
    );
    const results = Array.from({ length: 312 }, (_, i) => {
      const instrument = i % 2 ? 'gad7' : 'phq9';
      const date = new Date(Date.UTC(2023, 11, 1) + Math.floor(i / 2) * 7 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      return {
        id: `m${i}`,
        instrument,
        date,
        savedAt: i,
        answers: Array.from({ length: instrument === 'phq9' ? 9 : 7 }, (_, j) => (i + j) % 4),
      };
    });
    const measuresMs = median(() => {
      for (const id of ['phq9', 'gad7']) {
        history(results, id);
        trend(results, id);
      }
      dueInstruments(results, undefined, '2026-11-28');
    });
    return [
      {
        group: 'measures',
        name: 'history, trend and due for 3 years of weekly PHQ-9 and GAD-7 (312 results)',
        value: measuresMs.toFixed(2),
        unit: 'ms',
        note: 'budget 16 (a frame)',
      },
      {
        group: 'schedule',
        name: `expand 1 year, 10 weekly sessions (${count} occurrences)`,
        value: ms.toFixed(2),
        unit: 'ms',
        note: 'budget 20',
      },
      {
        group: 'schedule',
        name: `center's program: change set of 200 events, 2 of 4 tracks (${changeCount} changes)`,
        value: changeMs.toFixed(2),
        unit: 'ms',
        note: 'budget 20',
      },
      {
        group: 'schedule',
        name: "center's program: applying that change set",
        value: applyMs.toFixed(2),
        unit: 'ms',
      },
    ];
  } finally {
    await server.close();
  }
}
