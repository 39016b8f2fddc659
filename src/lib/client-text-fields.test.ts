import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

// Every field that holds a client's own words (notes, names, numbers, places, searches) says
// autocomplete="off": a phone's keyboard and browser would otherwise offer what was typed here
// to other sites and apps, or save it in the browser's autofill (a session's address, a
// sponsor's number), where anyone checking the phone sees it. Passwords keep their own values.
const TEXT_TYPES = new Set(['text', 'search', 'tel', 'email', 'url']);

const src = new URL('..', import.meta.url).pathname;

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

type Node = { type: string; name?: string; start: number; attributes?: Attr[] };
type Attr = { type: string; name?: string; value?: true | { type: string; data?: string }[] };

/** The attribute's text when it is plain text; `null` for an expression; undefined when absent. */
function attribute(node: Node, name: string): string | null | undefined {
  const found = node.attributes?.find((a) => a.type === 'Attribute' && a.name === name);
  if (!found) return undefined;
  if (found.value === true) return '';
  const parts = Array.isArray(found.value) ? found.value : [];
  return parts.length > 0 && parts.every((part) => part.type === 'Text')
    ? parts.map((part) => part.data ?? '').join('')
    : null;
}

/** Every <textarea> and text <input> in a component, with what its autocomplete says. */
function clientTextFields(
  file: string,
): { where: string; autocomplete: string | null | undefined }[] {
  const source = readFileSync(file, 'utf8');
  const fields: { where: string; autocomplete: string | null | undefined }[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    if (node.type === 'RegularElement' && (node.name === 'textarea' || node.name === 'input')) {
      const type = attribute(node, 'type');
      // A type set by an expression could be text: it is held to the rule too.
      const isText =
        node.name === 'textarea' || type === undefined || type === null || TEXT_TYPES.has(type);
      if (isText) {
        const line = source.slice(0, node.start).split('\n').length;
        fields.push({
          where: `${relative(src, file)}:${line}`,
          autocomplete: attribute(node, 'autocomplete'),
        });
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'parent' && child && typeof child === 'object') visit(child);
    }
  };
  visit(parse(source, { modern: true }).fragment);
  return fields;
}

describe('fields holding a client’s words', () => {
  const fields = svelteFiles(src).flatMap(clientTextFields);

  it('are found (the scan sees the check-in note and the plan)', () => {
    const places = fields.map((field) => field.where);
    expect(places.some((where) => where.startsWith('routes/check-in/CheckInForm.svelte'))).toBe(
      true,
    );
    expect(places.some((where) => where.startsWith('routes/plan/TextSection.svelte'))).toBe(true);
    expect(fields.length).toBeGreaterThan(15);
  });

  it('all say autocomplete="off"', () => {
    expect(
      fields.filter((field) => field.autocomplete !== 'off').map((field) => field.where),
    ).toEqual([]);
  });
});
