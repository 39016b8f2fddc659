/**
 * Completes a prerendered page's `<link rel="modulepreload">` list (Node only, at build time).
 *
 * SvelteKit lists a page's script files by walking the build manifest from the page's node, and
 * it walks each file's dynamic imports as it goes (for their stylesheets), marking every file it
 * meets as seen. A file that the shared core loads lazily (the English messages of an area,
 * loaded by `locale.need`) and that a page imports statically (its `provideEnglish`) is then met
 * first as a lazy import and never listed. The phone finds it only when the page's own code has
 * arrived and asks for it: one more round trip before the screen can work (Events, My plan).
 * Here, every static import of a listed file is listed too.
 */

/** The parts of a Vite build manifest entry read here. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
}

const PRELOAD = /<link href="([^"]*)" rel="modulepreload">/g;

export function completeModulePreloads(
  html: string,
  manifest: Readonly<Record<string, ManifestChunk>>,
): string {
  const links = [...html.matchAll(PRELOAD)];
  const last = links.at(-1);
  if (!last) return html;
  // Hrefs are relative to the page ("./_app/…", "../_app/…"); manifest files to the output root.
  const first = links[0]![1]!;
  const prefix = first.slice(0, first.indexOf('_app/'));
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const listed = new Set(links.map(([, href]) => href!.slice(prefix.length)));
  const missing: string[] = [];
  const pending = [...listed];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    for (const key of byFile.get(file)?.imports ?? []) {
      const imported = manifest[key]?.file;
      if (!imported || listed.has(imported)) continue;
      listed.add(imported);
      missing.push(imported);
      pending.push(imported);
    }
  }
  if (missing.length === 0) return html;
  const added = missing.map((file) => `\n\t\t<link href="${prefix}${file}" rel="modulepreload">`);
  const at = last.index + last[0].length;
  return html.slice(0, at) + added.join('') + html.slice(at);
}
