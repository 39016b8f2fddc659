import { ARGON2ID, argon2idInPlace, type Argon2Job } from './argon2';

// Typed as a window by the app's DOM lib; in a worker, postMessage takes transfer lists like this.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Message>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

type Message = { id: number; job: Argon2Job } | { warm: true };

// Warmed while the client types (see prepareArgon2): by the time Unlock is pressed the module is
// loaded, its WebAssembly compiled and optimised (V8 tiers a function up for its next call), and
// its memory grown to the full 64 MiB and touched (a fresh 64 MiB costs the first hash about
// 100 ms of page faults). One pass at the lock's memory and lanes does all three, in about a
// third of an unlock's hash; its result is dropped.
let warm: Promise<unknown> | undefined;
const warmUp = () =>
  (warm ??= argon2idInPlace({
    password: '',
    salt: new Uint8Array(16),
    memoryKiB: ARGON2ID.memoryKiB,
    iterations: 1,
    parallelism: ARGON2ID.parallelism,
  }).catch(() => undefined));

// One job per worker (see argon2.ts): the hash goes back, the secret never leaves this scope.
scope.onmessage = (event) => {
  if ('warm' in event.data) return void warmUp();
  void run(event.data);
};

async function run({ id, job }: { id: number; job: Argon2Job }): Promise<void> {
  // From the job's arrival to its hash: the work a slower phone would also be slower at.
  const received = performance.now();
  try {
    await warmUp();
    const hashing = performance.now();
    const hash = await argon2idInPlace(job);
    const done = performance.now();
    scope.postMessage({ id, hash, workerMs: done - received, warmWaitMs: hashing - received }, [
      hash.buffer,
    ]);
  } catch (failure) {
    scope.postMessage({ id, error: String(failure) });
  }
}
