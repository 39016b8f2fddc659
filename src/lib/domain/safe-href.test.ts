import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref web', () => {
  it('keeps http and https links, as the URL parser writes them', () => {
    expect(safeHref('https://us02web.zoom.us/j/123?pwd=abc', 'web')).toBe(
      'https://us02web.zoom.us/j/123?pwd=abc',
    );
    expect(safeHref('HTTP://Example.org', 'web')).toBe('http://example.org/');
    expect(safeHref('  https://example.org/a b ', 'web')).toBe('https://example.org/a%20b');
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript://example.org/%0aalert(1)',
    '%6Aavascript:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/uuid',
    'ftp://example.org/',
    'mailto:a@example.org',
    'tel:+15035550100',
    '//evil.example/path',
    '/settings',
    'example.org',
    'https:',
    'https://',
    'https://user:pass@example.org/',
    'https://bank.example@evil.example/',
    '',
  ])('refuses %j', (value) => {
    expect(safeHref(value, 'web')).toBeUndefined();
  });

  it('turns a scheme-relative https: into an absolute https URL, never another scheme', () => {
    // The URL parser reads "https:example.org" as https://example.org/: still a web link.
    expect(safeHref('https:example.org', 'web')).toBe('https://example.org/');
    expect(safeHref('https:/example.org', 'web')).toBe('https://example.org/');
  });

  it('refuses values that are not strings, and very long ones', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.org']])
      expect(safeHref(value, 'web')).toBeUndefined();
    expect(safeHref(`https://example.org/${'a'.repeat(3000)}`, 'web')).toBeUndefined();
  });
});

describe('safeHref tel and sms', () => {
  it('keeps numbers as typed, without the separators', () => {
    expect(safeHref('(503) 555-0142', 'tel')).toBe('tel:5035550142');
    expect(safeHref('+1 646.558.8656,,123456#', 'tel')).toBe('tel:+16465588656,,123456#');
    expect(safeHref('988', 'sms')).toBe('sms:988');
    expect(safeHref('+1 503 555 0142', 'sms')).toBe('sms:+15035550142');
  });

  it.each([
    ['javascript:alert(1)', 'tel'],
    ['tel:911', 'tel'],
    ['503 555 0142 ext 2', 'tel'],
    ['12', 'tel'],
    ['++15035550142', 'tel'],
    ['5035550142+', 'tel'],
    ['503;555', 'tel'],
    ['503555?body=x', 'sms'],
    ['503555,12', 'sms'],
    ['*911#', 'sms'],
    ['1'.repeat(40), 'tel'],
  ] as const)('refuses %j as %s', (value, kind) => {
    expect(safeHref(value, kind)).toBeUndefined();
  });
});
