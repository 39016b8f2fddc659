// @ts-check
// The journeys a client depends on, in the engines their phones run: WebKit (every iPhone
// browser; Debian's WebKitGTK with its back/forward cache on, as Safari has it) and Firefox
// (Debian's Firefox ESR). Chromium runs the full suite (tests/e2e); these prove the same app
// works where Playwright cannot reach here. Run by `npm test` (`npm run test:engines`).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchFirefox, launchWebKit, waitUntil } from './browsers.js';
import {
  by,
  checkIn,
  client,
  databases,
  seesInHistory,
  serveBuild,
  unlock,
  waitForServiceWorker,
} from './app.js';

/** @typedef {import('./browsers.js').Browser} Browser */
/** @typedef {import('./app.js').Client} Client */

const engines = /** @type {const} */ ({ webkit: launchWebKit, firefox: launchFirefox });
const only = process.env.ENGINES?.split(',');

/** @type {Awaited<ReturnType<typeof serveBuild>>} */
let server;
before(async () => {
  server = await serveBuild();
});
after(async () => {
  await server?.stop();
});

for (const [engine, launch] of Object.entries(engines)) {
  if (only && !only.includes(engine)) continue;

  describe(engine, { concurrency: false }, () => {
    /**
     * Each journey in a browser of its own (a new profile: a new phone), closed after, with a
     * screenshot kept when it fails.
     * @param {string} name
     * @param {(app: Client) => Promise<void>} journey
     */
    const journey = (name, journey) =>
      test(name, async (t) => {
        // On CI a journey that fails is run again in a new browser (at most three tries), and
        // every failure is printed as FLAKY with its screenshot kept, so a flaky one is seen and
        // planned, not hidden. (Found this way: WebKit's Spanish check-in stayed on "Guardando…"
        // 1 run in 3, behind a read Settings left running when it went into the back/forward
        // cache; see stepAside in database.ts.)
        const attempts = process.env.CI ? 3 : 1;
        for (let attempt = 1; ; attempt += 1) {
          const browser = await launch();
          try {
            await journey(client(browser, server.origin));
            return;
          } catch (error) {
            const file = `test-results/${engine}-${name.replace(/\W+/g, '-').slice(0, 60)}-${attempt}.png`;
            await import('node:fs').then((fs) => fs.mkdirSync('test-results', { recursive: true }));
            await browser.screenshot(file).catch(() => undefined);
            if (attempt >= attempts) throw error;
            t.diagnostic(`FLAKY: failed once, run again: ${String(error).slice(0, 400)}`);
            console.log(
              `# ${engine}: “${name}” failed once and runs again: ${String(error).slice(0, 300)}`,
            );
          } finally {
            await browser.close();
          }
        }
      });

    journey(
      'first visit: the app installs its service worker and takes the page over',
      async (app) => {
        await app.open('/');
        await app.sees(/Good (morning|afternoon|evening)/);
        // Only looking creates no database (the first touch does).
        assert.deepEqual(await databases(app.browser), []);
        if (engine === 'webkit') {
          // WebKit may erase a site's records after 7 days without a visit: said once, kindly.
          // (WebKitGTK is neither an iPhone nor a Mac: no steps, only the advice to back up.)
          await app.sees('Keep your records on this computer');
          await app.sees(
            'Your browser may erase this app’s records if you do not open it for 7 days.',
          );
          await app.click('button', 'Got it');
          await waitUntil(
            app.browser,
            'the notice put away',
            () => !document.body.innerText.includes('Keep your records on this computer'),
          );
        }
        await waitForServiceWorker(app);
        await app.reload();
        assert.equal(
          await app.browser.evaluate(() => Boolean(navigator.serviceWorker.controller)),
          true,
        );
        // Said once (WebKit), never in Firefox, whose data is not erased for lack of visits.
        await app.settled();
        assert.equal(await app.shows('Your browser may erase this app’s records'), false);
      },
    );

    journey('a check-in survives a reload, and shows in History', async (app) => {
      await checkIn(app, { mood: 'Good', note: 'Walked to the river' });
      await app.reload();
      await app.open('/check-in/history');
      await app.sees('Walked to the river');
    });

    journey('a session with attendance counts its hours', async (app) => {
      const weekAgo = await app.localDate(-7);
      const yesterday = await app.localDate(-1);
      await app.open('/settings');
      await app.fill('Program start date', weekAgo);
      await app.fill('Weekly hours target', '9');
      await app.click('button', 'Save program');
      await app.sees('Program saved.');
      await app.open('/schedule/session');
      await app.fill('Title', 'Morning group');
      await app.click('radio', 'One time');
      await app.fill('Date', yesterday);
      await app.fill('Start time', '09:00');
      await app.fill('End time', '12:00');
      await app.click('button', 'Save session');
      await app.sees('Needs update');
      await app.click('button', 'Attended');
      await app.sees('Saved: Morning group marked Attended.');
      await app.sees('3 h counted');
      await app.reload();
      await app.sees('3 h counted');
    });

    journey('Progress draws its charts', async (app) => {
      await checkIn(app, { mood: 'Okay' });
      await checkIn(app, { mood: 'Great' });
      await app.open('/progress');
      await app.sees('Days in treatment');
      await waitUntil(app.browser, 'every chart drawn', () => {
        const canvases = [...document.querySelectorAll('canvas')];
        return (
          canvases.length > 0 &&
          canvases.every((canvas) => {
            const blank = document.createElement('canvas');
            blank.width = canvas.width;
            blank.height = canvas.height;
            return canvas.width > 0 && canvas.toDataURL() !== blank.toDataURL();
          })
        );
      });
    });

    journey(
      'the counselor report: Share only where there is a share sheet, Copy always answers',
      async (app) => {
        await checkIn(app, { mood: 'Good' });
        await app.open('/progress/report');
        await app.sees('Print or save as PDF');
        const hasShare = await app.browser.evaluate(() => typeof navigator.share === 'function');
        assert.equal(await app.browser.exists(by('button', 'Share')), hasShare);
        await app.click('button', 'Copy as text');
        await app.sees(/Copied\. You can paste it|The report is selected/);
      },
    );

    journey('Events: a search and a filter', async (app) => {
      await app.open('/events');
      await waitUntil(app.browser, 'meetings listed', () =>
        Boolean(document.querySelector('main li a[href*="/events/detail"]')),
      );
      const all = await countMeetings(app);
      await app.fill('Search events', 'serenity');
      await waitUntil(
        app.browser,
        'the search applied',
        (/** @type {number} */ before) => {
          const rows = document.querySelectorAll('main li a[href*="/events/detail"]').length;
          return rows > 0 && rows < before;
        },
        [all],
      );
      await app.click('button', /^Filters/);
      await app.browser.evaluate(() => {
        const time = /** @type {HTMLSelectElement} */ (
          [...document.querySelectorAll('select')].find((s) =>
            [...(s.labels ?? [])].some((l) => l.textContent?.trim() === 'Time'),
          )
        );
        time.value = [...time.options].find((o) => o.text.startsWith('Evening'))?.value ?? '';
        time.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await waitUntil(app.browser, 'one filter counted', () =>
        /1/.test(
          [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Filters'))
            ?.textContent ?? '',
        ),
      );
    });

    journey('My plan: a part is saved on its own and reads back after a reload', async (app) => {
      await app.open('/plan');
      // A first plan: the guided start opens its first part in the editor.
      await app.click('button', 'Start with what matters most');
      await app.fill(/The one thing most important to me/, 'My daughter Sofia');
      await app.click('button', 'Save');
      await app.sees('Your plan is saved.');
      await app.reload();
      // Read first: the words on the page, no text box until "Edit".
      await app.sees('My daughter Sofia');
      assert.equal(
        await app.browser.evaluate(() => document.querySelectorAll('textarea').length),
        0,
      );
    });

    journey('a PHQ-9 to its score, with the help for item 9', async (app) => {
      await app.open('/measures/phq9');
      await waitUntil(
        app.browser,
        'the nine questions',
        () => document.querySelectorAll('main fieldset').length >= 9,
      );
      // Item 9 above "Not at all": the crisis help shows at once.
      await answerPhq9(app, [1, 1, 0, 1, 0, 1, 0, 0, 1]);
      await app.sees('You do not have to face this alone');
      await app.click('button', 'See my score');
      await app.sees('Your result');
      await app.sees('Total 5');
    });

    journey('in Spanish: the app speaks Spanish and a check-in saves', async (app) => {
      await app.open('/settings');
      await app.click('radio', 'Español');
      await app.sees('Ajustes');
      await app.open('/check-in');
      await app.click('radio', 'Bien');
      await app.click('button', 'Guardar registro');
      await app.sees('Guardado.');
      await app.reload();
      assert.equal(await app.browser.evaluate(() => document.documentElement.lang), 'es');
    });

    journey('backup: export, wipe, import, and everything comes back', async (app) => {
      await checkIn(app, { note: 'Called my sponsor' });
      await app.open('/settings');
      // The file the browser would save, kept from the page (no download dialog in WebDriver).
      await app.browser.evaluate(() => {
        const original = URL.createObjectURL;
        URL.createObjectURL = (blob) => {
          void (
            /** @type {Blob} */ (blob).text().then((text) => {
              /** @type {any} */ (window).__exported = text;
            })
          );
          return original(blob);
        };
      });
      await app.click('button', 'Export backup');
      await app.sees(/Backup saved: blvd-backup-/);
      const file = await waitUntil(
        app.browser,
        'the exported file',
        () => /** @type {any} */ (window).__exported,
      );
      assert.match(file, /"format":\s*"blvd-companion-backup"/);
      await eraseAll(app);
      await app.open('/settings');
      await app.browser.evaluate((/** @type {string} */ text) => {
        const input = /** @type {HTMLInputElement} */ (
          [...document.querySelectorAll('input')].find((el) =>
            [...(el.labels ?? [])].some((l) => l.textContent?.includes('Backup file')),
          )
        );
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'blvd-backup.json', { type: 'application/json' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, file);
      await app.sees('Check-ins: 1');
      await app.click('button', 'Merge');
      await app.sees('Backup imported. Nothing was lost.');
      await app.open('/check-in/history');
      await app.sees('Called my sponsor');
    });

    journey(
      'two tabs, one lock: turned on and off in one, the other follows and loses nothing',
      async (app) => {
        await checkIn(app, { note: 'From the first tab' });
        const tabB = client(await app.browser.newTab(), app.origin);
        await tabB.open('/check-in');

        // Tab A turns the lock on; tab B hears it (BroadcastChannel) and locks without a reload.
        await app.open('/settings');
        await app.fill('New passphrase or PIN', '24681357');
        await app.fill('Same passphrase or PIN again', '24681357');
        await app.click('button', 'Turn on app lock');
        await app.click('button', 'Just turn on the lock');
        await app.sees('App lock is on. Your records are encrypted.');
        await unlock(tabB, '24681357');
        await tabB.click('radio', 'Okay');
        await tabB.fill('Note', 'Written in tab B under the lock');
        await tabB.click('button', 'Save check-in');
        await tabB.sees('Saved. Thank you for checking in.');

        // Tab A turns the lock off (asking for the PIN); tab B, unlocked a moment ago under the
        // key now gone, saves again: the write lands readable, never sealed for a lost key. (Tab A
        // was in the background meanwhile: where the engine hid it, it locked, as it should.)
        if (await app.shows('The app is locked')) await unlock(app, '24681357');
        await app.fill('Your passphrase or PIN, to turn the lock off', '24681357');
        await app.click('button', 'Turn off app lock');
        await app.sees('App lock is off.');
        await tabB.click('radio', 'Good');
        await tabB.fill('Note', 'Written in tab B after the lock');
        await tabB.click('button', 'Save check-in');
        await tabB.sees('Saved. Thank you for checking in.');

        await app.open('/check-in/history');
        for (const note of [
          'From the first tab',
          'Written in tab B under the lock',
          'Written in tab B after the lock',
        ]) {
          await app.sees(note);
        }
        assert.equal(await app.shows('could not be opened'), false);
      },
    );

    journey('PIN lock: on, reload, unlock', async (app) => {
      await checkIn(app, { note: 'Before the lock' });
      await app.open('/settings');
      await app.fill('New passphrase or PIN', '482916');
      await app.fill('Same passphrase or PIN again', '482916');
      await app.click('button', 'Turn on app lock');
      // A record is on the phone, and a PIN cannot seal a backup file: the quick way only.
      await app.sees('Your records are already on this phone');
      await app.click('button', 'Just turn on the lock');
      await app.sees('App lock is on. Your records are encrypted.');
      // Where the engine has no passkey with a platform authenticator (WebKitGTK has no
      // PublicKeyCredential at all), the passkey way is not offered and the PIN does it all.
      const hasPlatformPasskey = await app.browser.evaluate(async () =>
        typeof PublicKeyCredential === 'undefined'
          ? false
          : PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable().catch(() => false),
      );
      await app.settled();
      assert.equal(
        await app.browser.exists(by('button', 'Turn on unlock with this phone’s screen lock')),
        hasPlatformPasskey,
      );
      await app.browser.reload();
      await unlock(app, '482916');
      await seesInHistory(app, 'Before the lock');

      // A new PIN re-wraps the key (Argon2id in its worker, in this engine too); turning the lock
      // off asks for the PIN first.
      await app.browser.evaluate(() =>
        [...document.querySelectorAll('a')]
          .find((a) => a.getAttribute('href') === '/settings')
          ?.click(),
      );
      await app.fill('Your passphrase or PIN now', '482916');
      await app.fill('New passphrase or PIN', '913572');
      await app.fill('Same passphrase or PIN again', '913572');
      await app.click('button', 'Change PIN or passphrase');
      await app.sees('Done. Use the new one from now on');
      await app.fill('Your passphrase or PIN, to turn the lock off', '482916');
      await app.click('button', 'Turn off app lock');
      await app.sees('That is not right. Nothing was changed.');
      await app.fill('Your passphrase or PIN, to turn the lock off', '913572');
      await app.click('button', 'Turn off app lock');
      await app.sees('App lock is off.');
      await app.browser.reload();
      await app.open('/check-in/history');
      await app.sees('Before the lock');
    });

    journey(
      'the lock with a clean start: a backup file, a new database, every record back',
      async (app) => {
        await checkIn(app, { note: 'Before the clean start' });
        await app.open('/settings');
        await app.fill('New passphrase or PIN', 'quiet river paper lantern');
        await app.fill('Same passphrase or PIN again', 'quiet river paper lantern');
        await app.click('button', 'Turn on app lock');
        await app.click('button', 'Clean start (recommended)');
        await app.click('button', 'It is saved: go on');
        await app.sees('Done. Your records are locked');
        await app.browser.reload();
        await unlock(app, 'quiet river paper lantern');
        await seesInHistory(app, 'Before the clean start');
      },
    );

    journey(
      'offline: with the server gone, a reload still opens the app and saves',
      async (app) => {
        await app.open('/check-in');
        await waitForServiceWorker(app);
        await server.stop();
        try {
          await app.reload();
          await checkInHere(app, 'Great', 'No signal today');
          await app.open('/schedule');
          await app.sees('Schedule');
        } finally {
          await server.start();
        }
        await app.open('/check-in/history');
        await app.sees('No signal today');
      },
    );

    journey('Delete all my data leaves nothing behind', async (app) => {
      await checkIn(app, { note: 'Something private' });
      await eraseAll(app);
      assert.deepEqual(await databases(app.browser), []);
      await app.open('/check-in/history');
      assert.equal(await app.shows('Something private'), false);
    });

    journey(
      'leave and return: by Back and by a new load, nothing is lost or stuck',
      async (app) => {
        // A draft in progress, then the client leaves (as Quick exit does) and comes back by Back.
        await app.open('/check-in');
        await app.click('radio', 'Hard');
        await app.fill('Note', 'Draft before leaving');
        await app.browser.goto('about:blank');
        await app.browser.back();
        await app.ready();
        // The page came back as it was (from the back/forward cache) or as a new load with the
        // draft: either way what was typed is there, and a save works.
        await waitUntil(app.browser, 'the draft on screen', () =>
          [...document.querySelectorAll('textarea')].some(
            (t) => t.value === 'Draft before leaving',
          ),
        );
        await app.click('button', 'Save check-in');
        await app.sees('Saved. Thank you for checking in.');
        // Leave again with a new draft, and come back by a new load: the database answers.
        await app.click('radio', 'Okay');
        await app.browser.goto('about:blank');
        await app.browser.back();
        await app.ready();
        await app.open('/measures/phq9');
        await waitUntil(
          app.browser,
          'PHQ-9’s questions',
          () => document.querySelectorAll('main fieldset').length >= 9,
        );
        await app.open('/check-in/history');
        await app.sees('Draft before leaving');
        // And a delete is not blocked by the page left in the cache.
        await eraseAll(app);
        assert.deepEqual(await databases(app.browser), []);
      },
    );
  });
}

/** @param {Client} app */
function countMeetings(app) {
  return app.browser.evaluate(
    () => document.querySelectorAll('main li a[href*="/events/detail"]').length,
  );
}

/**
 * Picks each PHQ-9 answer by its place (0 = "Not at all"), as a tap on it.
 * @param {Client} app
 * @param {number[]} answers
 */
async function answerPhq9(app, answers) {
  for (const [i, value] of answers.entries()) {
    const target = {
      selector: `main fieldset:nth-of-type(${i + 1}) label, main fieldset:nth-of-type(${i + 1}) input`,
      name: /./,
    };
    await app.browser.waitFor(target);
    await app.browser.evaluate(
      (/** @type {number} */ item, /** @type {number} */ answer) => {
        const group = document.querySelectorAll('main fieldset')[item];
        group?.querySelectorAll('input')[answer]?.click();
      },
      i,
      value,
    );
  }
}

/**
 * A check-in on the screen already open.
 * @param {Client} app
 * @param {string} mood
 * @param {string} note
 */
async function checkInHere(app, mood, note) {
  await app.click('radio', mood);
  await app.fill('Note', note);
  await app.click('button', 'Save check-in');
  await app.sees('Saved. Thank you for checking in.');
}

/** "Delete all my data", confirmed, then "Start again". @param {Client} app */
async function eraseAll(app) {
  await app.open('/settings');
  await app.click('button', 'Delete all my data');
  await app.fill('Type DELETE to confirm', 'DELETE');
  await app.click('button', 'Delete everything');
  await app.sees('Your data was deleted from this phone.');
  await app.click('button', 'Start again');
  await app.ready();
}
