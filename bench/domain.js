// @ts-check
// Pure domain functions, timed in Node through Vite's module loader (so TypeScript and $lib
// resolve exactly as in the app). Each figure is the median of repeated runs after a warm-up.
import { createServer } from 'vite';

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
  const server = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
  });
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
    return [
      {
        group: 'schedule',
        name: `expand 1 year, 10 weekly sessions (${count} occurrences)`,
        value: ms.toFixed(2),
        unit: 'ms',
        note: 'budget 20',
      },
    ];
  } finally {
    await server.close();
  }
}
