// @ts-check
// `npm run bench`: prints a table of figures. Each module in SUITES exports rows(); a suite that
// needs the build or a browser says so in its own rows. Figures, not pass/fail: budgets that
// must hold are checked by tests (tests/build).
/** @typedef {{ group: string, name: string, value: string | number, unit: string, note?: string }} Row */

import { useBenchBuild } from './build.js';

const SUITES = [
  './bundle.js',
  './domain.js',
  './events.js',
  './browser.js',
  './today.js',
  './plan.js',
  './lock.js',
  './engines.js',
];

// `npm run bench -- plan today` runs only those suites (by file name); no argument runs all.
const only = process.argv.slice(2);
const chosen = only.length
  ? SUITES.filter((suite) => only.some((name) => suite === `./${name}.js`))
  : SUITES;

// Suites that read the app's timing marks in a browser (all but the sizes and the pure domain)
// measure a bench build (the marks exist only there: bench/build.js); the size rows read build/.
const NO_BROWSER = ['./bundle.js', './domain.js'];
if (chosen.some((suite) => !NO_BROWSER.includes(suite))) useBenchBuild();

/** @type {Row[]} */
const table = [];
for (const suite of chosen) {
  const { rows } = await import(suite);
  table.push(...(await rows()));
}

const widths = {
  group: Math.max(5, ...table.map((r) => r.group.length)),
  name: Math.max(4, ...table.map((r) => r.name.length)),
  value: Math.max(5, ...table.map((r) => String(r.value).length)),
};
const line = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`;
console.log(
  line([
    'group'.padEnd(widths.group),
    'name'.padEnd(widths.name),
    'value'.padStart(widths.value),
    'unit',
  ]),
);
console.log(
  line(['-'.repeat(widths.group), '-'.repeat(widths.name), '-'.repeat(widths.value), '----']),
);
for (const r of table) {
  console.log(
    line([
      r.group.padEnd(widths.group),
      r.name.padEnd(widths.name),
      String(r.value).padStart(widths.value),
      r.unit + (r.note ? ` (${r.note})` : ''),
    ]),
  );
}
