import { argon2idInPlace, type Argon2Job } from './argon2';

// Typed as a window by the app's DOM lib; in a worker, postMessage takes transfer lists like this.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Message>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

type Message = { id: number; job: Argon2Job } | { warm: true };

// Warmed while the client types (see prepareArgon2): the module and its WebAssembly are ready
// by the time Unlock is pressed. A tiny hash compiles the WebAssembly; its result is dropped.
let warm: Promise<unknown> | undefined;
const warmUp = () =>
  (warm ??= argon2idInPlace({
    password: '',
    salt: new Uint8Array(16),
    memoryKiB: 8,
    iterations: 1,
    parallelism: 1,
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
    const hash = await argon2idInPlace(job);
    scope.postMessage({ id, hash, workerMs: performance.now() - received }, [hash.buffer]);
  } catch (failure) {
    scope.postMessage({ id, error: String(failure) });
  }
}
