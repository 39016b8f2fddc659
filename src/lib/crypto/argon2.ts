/**
 * Argon2id, the one key derivation for secrets a client types (the app lock and encrypted
 * backups). It runs in a dedicated worker: the WebAssembly it needs is compiled there, under the
 * worker's own policy, so no screen's Content-Security-Policy has to allow 'wasm-unsafe-eval',
 * and the screen keeps painting while 64 MiB are hashed. Where there is no Worker (unit tests in
 * Node) it runs in place.
 */
import { mark } from '$lib/boot/mark';

export interface Argon2Params {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/**
 * RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes): measured to unlock within
 * the 1.5 s budget on a phone at CPU x4 (bench/lock.js). Stored with every lock and backup, so a
 * later change here never breaks what was made before.
 */
export const ARGON2ID: Argon2Params = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 4 };

/** Refuses parameters a crafted file could use to make the phone hang or hash nothing. */
export function isSaneArgon2(params: unknown): params is Argon2Params {
  const p = params as Partial<Argon2Params> | null;
  return (
    !!p &&
    Number.isInteger(p.memoryKiB) &&
    p.memoryKiB! >= 19 * 1024 &&
    p.memoryKiB! <= 256 * 1024 &&
    Number.isInteger(p.iterations) &&
    p.iterations! >= 1 &&
    p.iterations! <= 10 &&
    Number.isInteger(p.parallelism) &&
    p.parallelism! >= 1 &&
    p.parallelism! <= 8
  );
}

/** Whether `params` cost at least what ARGON2ID costs (an older lock is re-wrapped otherwise). */
export const isAtLeastCurrent = (params: Argon2Params) =>
  params.memoryKiB >= ARGON2ID.memoryKiB &&
  params.iterations >= ARGON2ID.iterations &&
  params.parallelism >= ARGON2ID.parallelism;

export interface Argon2Job extends Argon2Params {
  password: string;
  salt: Uint8Array;
}

/** The raw 32-byte hash (hash-wasm's WebAssembly). Used by the worker, and in place in Node. */
export async function argon2idInPlace(job: Argon2Job): Promise<Uint8Array> {
  const { argon2id } = await import('hash-wasm');
  return argon2id({
    password: job.password.normalize('NFC'),
    salt: job.salt,
    memorySize: job.memoryKiB,
    iterations: job.iterations,
    parallelism: job.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
}

let nextId = 0;
let prepared: Worker | undefined;

const newWorker = () =>
  new Worker(new URL('./argon2.worker.ts', import.meta.url), { type: 'module' });

/**
 * Starts the worker and compiles its WebAssembly ahead of a derivation (the lock screen calls
 * this as it shows, while the client types), so Unlock waits for the hash alone.
 */
export function prepareArgon2(): void {
  if (typeof Worker === 'undefined' || prepared) return;
  try {
    prepared = newWorker();
    prepared.postMessage({ warm: true });
  } catch {
    prepared = undefined;
  }
}

/** The raw hash, computed in a worker that ends with the job (its 64 MiB are freed at once). */
export async function argon2idBytes(
  password: string,
  salt: Uint8Array | readonly number[],
  params: Argon2Params,
): Promise<Uint8Array> {
  const job: Argon2Job = {
    password,
    salt: new Uint8Array(salt),
    memoryKiB: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
  };
  if (typeof Worker === 'undefined') return argon2idInPlace(job);
  const worker = prepared ?? newWorker();
  prepared = undefined;
  const id = (nextId += 1);
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      worker.onmessage = (
        event: MessageEvent<{
          id: number;
          hash?: Uint8Array;
          error?: string;
          workerMs?: number;
          warmWaitMs?: number;
        }>,
      ) => {
        if (event.data.id !== id) return;
        // The bench reads this: DevTools' CPU throttling slows the page, not its workers, so
        // bench/lock.js counts the worker's own time at the throttling factor itself.
        mark('argon2:worker', event.data.workerMs ?? 0);
        mark('argon2:warm-wait', event.data.warmWaitMs ?? 0);
        if (event.data.hash) resolve(event.data.hash);
        else reject(new Error(event.data.error ?? 'Argon2id failed'));
      };
      worker.onerror = (event) => reject(new Error(event.message || 'Argon2id worker failed'));
      worker.postMessage({ id, job });
    });
  } finally {
    worker.terminate();
  }
}

/** An AES-GCM key (not extractable) from a typed secret. */
export async function argon2idKey(
  password: string,
  salt: Uint8Array | readonly number[],
  params: Argon2Params,
): Promise<CryptoKey> {
  const hash = await argon2idBytes(password, salt, params);
  return crypto.subtle.importKey('raw', hash as BufferSource, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}
