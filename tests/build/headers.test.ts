import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerRules, headersFile, WIPED_PATH } from '../../scripts/headers.js';

// One table of headers (scripts/headers.js): the file static hosts read and the server `npm start`
// runs must both say what it says.
describe('the host’s headers', () => {
  it('static/_headers is written from the table, and the build carries it', () => {
    const file = headersFile();
    expect(readFileSync('static/_headers', 'utf8'), 'run `node scripts/headers.js --write`').toBe(
      file,
    );
    expect(readFileSync('build/_headers', 'utf8')).toBe(file);
  });

  it('the wipe’s last address is a real file, kept out of the service worker', () => {
    expect(existsSync(`build${WIPED_PATH}.html`)).toBe(true);
    const worker = readFileSync('build/sw.js', 'utf8');
    expect(worker).not.toContain('wiped.html');
    // The denylist of the worker's navigation fallback names it.
    expect(worker).toMatch(/denylist:\[\/\^\\\/wiped\//);
  });

  describe('scripts/serve.js', () => {
    let server: ChildProcess;
    let origin = '';

    beforeAll(async () => {
      server = spawn(process.execPath, ['scripts/serve.js'], {
        env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      origin = await new Promise<string>((found, failed) => {
        server.stdout?.on('data', (chunk: Buffer) => {
          const address = /http:\/\/[\d.]+:\d+/.exec(String(chunk));
          if (address) found(address[0]);
        });
        server.on('exit', () => failed(new Error('serve.js stopped')));
      });
    });

    afterAll(() => {
      server.kill();
    });

    it.each(['/', '/check-in', '/_app/version.json', WIPED_PATH])(
      'sends for %s exactly what _headers says',
      async (path) => {
        const response = await fetch(`${origin}${path}`);
        expect(response.status).toBe(200);
        for (const rule of headerRules) {
          const applies = rule.path === '/*' || rule.path === path;
          for (const [name, value] of Object.entries(rule.headers)) {
            if (applies) expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
            else expect(response.headers.get(name), `${path}: ${name}`).not.toBe(value);
          }
        }
      },
    );

    it('never clears anything for another path', async () => {
      const response = await fetch(`${origin}/settings`);
      expect(response.headers.get('Clear-Site-Data')).toBeNull();
    });
  });
});
