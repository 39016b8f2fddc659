import { expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

it('round-trips bytes longer than one chunk, every byte value included', () => {
  const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
  const text = bytesToBase64(bytes);
  expect(text).toBe(Buffer.from(bytes).toString('base64'));
  expect(base64ToBytes(text)).toEqual(bytes);
});
