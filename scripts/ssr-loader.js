// @ts-check
import { createServer } from 'vite';

/**
 * A Vite server with no HTTP side, for a script or bench that loads the app's TypeScript modules
 * (server.ssrLoadModule). Its caller closes it.
 * @param {{ watch?: null }} [options] `watch: null` for a script that writes files under the
 *   project while the server is up (events-sync).
 */
export function ssrLoader(options = {}) {
  return createServer({
    server: { middlewareMode: true, hmr: false, ...options },
    appType: 'custom',
    logLevel: 'error',
  });
}
