/**
 * A JSON file the page kept in the Cache API (`cacheName`), read without the network: undefined
 * if it is not there, does not parse, or is not what `is` accepts (or the browser refuses the
 * Cache API, as private modes may).
 */
export async function keptJson<T>(
  cacheName: string,
  url: string,
  is: (value: unknown) => value is T,
): Promise<T | undefined> {
  try {
    if (typeof caches === 'undefined') return undefined;
    const value: unknown = await (await caches.match(url, { cacheName }))?.json();
    return is(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
