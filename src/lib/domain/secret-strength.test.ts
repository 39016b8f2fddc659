import { describe, expect, it } from 'vitest';
import { isAtLeast, secretStrength } from './secret-strength';

const level = (secret: string) => secretStrength(secret).level;

describe('secretStrength', () => {
  it('digits only are a PIN: too short under 6, never more than weak (a file is attacked offline)', () => {
    expect(secretStrength('')).toEqual({ kind: 'passphrase', level: 'tooShort' });
    expect(secretStrength('12345')).toEqual({ kind: 'pin', level: 'tooShort' });
    expect(secretStrength('583920')).toEqual({ kind: 'pin', level: 'weak' });
    expect(secretStrength('58392017465839201746')).toEqual({ kind: 'pin', level: 'weak' });
  });

  it('a passphrase under 8 characters is too short', () => {
    expect(secretStrength('Ab1!xyz')).toEqual({ kind: 'passphrase', level: 'tooShort' });
    expect(level('Ab1!xyzq')).toBe('weak');
  });

  it('four distinct words of three or more letters are strong', () => {
    expect(level('correct horse battery staple')).toBe('strong');
    expect(level('río verde casa luna')).toBe('strong');
    expect(level('sol-mar-pan-té-ola')).toBe('strong');
    // Three words, or words of two letters, are not enough on their own.
    expect(level('correct horse battery')).toBe('fair');
    expect(level('my ox is up on it so')).toBe('fair');
  });

  it('the same word four times is not four words', () => {
    expect(level('horse horse horse horse')).not.toBe('strong');
    expect(level('aaa bbb ccc ddd')).not.toBe('strong');
  });

  it('16+ characters with three kinds of character are strong', () => {
    expect(level('Tulips4Grandma!!x')).toBe('strong');
    // Two kinds only: fair, however long.
    expect(level('tulipsforgrandmaandme2')).toBe('fair');
  });

  it('10+ characters of two kinds are fair; fewer, or one kind, weak', () => {
    expect(level('tulips4gran')).toBe('fair');
    expect(level('Tulips4Gr')).toBe('weak');
    expect(level('tulipsforgrandma')).toBe('weak');
  });

  it('repeats and runs lower the level', () => {
    expect(level('aaaaaaaaaaaaaaaaA1')).toBe('weak');
    expect(level('abcdefghijklmnoP1!')).toBe('weak');
    expect(level('Aa1!Aa1!Aa1!Aa1!')).toBe('strong');
    expect(level('Zz11!!Zz11!!Zz11!!')).toBe('fair');
    expect(level('1234567890abcdefgh')).toBe('weak');
  });

  it('never drops a long enough secret below weak', () => {
    expect(level('aaaaaaaaaaaaaaaaaaaaaa')).toBe('weak');
  });

  it('compares levels in order', () => {
    expect(isAtLeast('fair', 'fair')).toBe(true);
    expect(isAtLeast('strong', 'fair')).toBe(true);
    expect(isAtLeast('weak', 'fair')).toBe(false);
    expect(isAtLeast('tooShort', 'weak')).toBe(false);
  });
});
