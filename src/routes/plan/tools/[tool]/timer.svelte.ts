/**
 * A stopwatch for the guided tools: elapsed time that can pause and resume, ticking a few times
 * a second while running (the screens derive prompts and counts from it, see domain/plan/tools).
 */
export class ToolTimer {
  elapsed = $state(0);
  isRunning = $state(false);
  #startedAt = 0;
  #before = 0;
  #interval: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly limitMs = Infinity) {}

  start(): void {
    if (this.isRunning) return;
    this.#startedAt = performance.now();
    this.isRunning = true;
    this.#interval = setInterval(() => this.#tick(), 200);
  }

  pause(): void {
    if (!this.isRunning) return;
    this.#tick();
    this.#before = this.elapsed;
    this.#stopInterval();
  }

  reset(): void {
    this.#stopInterval();
    this.#before = 0;
    this.elapsed = 0;
  }

  get isDone(): boolean {
    return this.elapsed >= this.limitMs;
  }

  #tick(): void {
    this.elapsed = Math.min(this.limitMs, this.#before + performance.now() - this.#startedAt);
    if (this.elapsed >= this.limitMs) this.#stopInterval();
  }

  #stopInterval(): void {
    clearInterval(this.#interval);
    this.isRunning = false;
  }
}
