import { describe, expect, it } from 'vitest';
import {
  defaultBackupReminderDays,
  isAppleMobile,
  isWebKitBrowser,
  keepDataAdvice,
  mayEraseWhenUnused,
  type BrowserFacts,
} from './storage-policy';

const UA = {
  iPhoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  iPhoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  iPhoneFirefox:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
  iPadDesktop:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  webKitGtk:
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  samsung:
    'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
  desktopFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
};

const facts = (userAgent: string, more: Partial<BrowserFacts> = {}): BrowserFacts => ({
  userAgent,
  isStandalone: false,
  maxTouchPoints: 0,
  ...more,
});

describe('which browsers may erase the records', () => {
  it('every iPhone browser is WebKit, whatever its name, and so is Safari elsewhere', () => {
    for (const ua of [
      UA.iPhoneSafari,
      UA.iPhoneChrome,
      UA.iPhoneFirefox,
      UA.iPadDesktop,
      UA.webKitGtk,
    ])
      expect(isWebKitBrowser(ua), ua).toBe(true);
  });

  it('Chromium and Firefox are not, though Chromium names AppleWebKit and Safari', () => {
    for (const ua of [UA.androidChrome, UA.samsung, UA.desktopFirefox, UA.edge])
      expect(isWebKitBrowser(ua), ua).toBe(false);
  });

  it('in a WebKit browser tab the records may be erased; added to the Home Screen, never', () => {
    expect(mayEraseWhenUnused(facts(UA.iPhoneSafari))).toBe(true);
    expect(mayEraseWhenUnused(facts(UA.iPhoneSafari, { isStandalone: true }))).toBe(false);
    expect(mayEraseWhenUnused(facts(UA.androidChrome))).toBe(false);
  });

  it('an iPad asking for the desktop site is still an iPad (it has touch points)', () => {
    expect(isAppleMobile(facts(UA.iPadDesktop, { maxTouchPoints: 5 }))).toBe(true);
    expect(isAppleMobile(facts(UA.iPadDesktop))).toBe(false);
    expect(isAppleMobile(facts(UA.iPhoneChrome))).toBe(true);
    expect(isAppleMobile(facts(UA.webKitGtk))).toBe(false);
  });

  it('an iPhone or iPad keeps them on the Home Screen, a Mac in the Dock, other WebKit by backups', () => {
    expect(keepDataAdvice(facts(UA.iPhoneChrome))).toBe('home-screen');
    expect(keepDataAdvice(facts(UA.iPadDesktop, { maxTouchPoints: 5 }))).toBe('home-screen');
    expect(keepDataAdvice(facts(UA.iPadDesktop))).toBe('dock');
    expect(keepDataAdvice(facts(UA.webKitGtk))).toBe('backups');
  });

  it('the backup reminder comes sooner where the browser may erase (3 days, before its 7)', () => {
    expect(defaultBackupReminderDays(facts(UA.iPhoneSafari))).toBe(3);
    expect(defaultBackupReminderDays(facts(UA.iPhoneSafari, { isStandalone: true }))).toBe(7);
    expect(defaultBackupReminderDays(facts(UA.androidChrome))).toBe(7);
  });
});
