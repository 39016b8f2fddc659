import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, nextTask, whenIdle } from './tasks';

describe('nextTask', () => {
  it('resolves in a later task: after this task’s microtasks, after timers set before it', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('earlier timer'), 0);
    const waited = nextTask().then(() => order.push('next task'));
    void Promise.resolve().then(() => order.push('microtask'));
    order.push('this task');
    await waited;
    expect(order).toEqual(['this task', 'microtask', 'earlier timer', 'next task']);
  });
});

describe('afterPaint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits for the next frame, then for a task after it', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    let isDone = false;
    const painted = afterPaint().then(() => (isDone = true));
    await nextTask();
    expect(isDone).toBe(false); // no frame yet
    frames.shift()!(0);
    expect(isDone).toBe(false); // the frame's own task: not yet
    await painted;
    expect(isDone).toBe(true);
  });
});

describe('whenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits for the browser’s idle moment, with the longest wait it was given', async () => {
    const asked: { callback: () => void; timeout?: number }[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void, options?: { timeout?: number }) => {
      asked.push({ callback, timeout: options?.timeout });
      return asked.length;
    });
    let isDone = false;
    const idle = whenIdle(500).then(() => (isDone = true));
    await nextTask();
    expect(isDone).toBe(false);
    expect(asked.map((a) => a.timeout)).toEqual([500]);
    asked[0]!.callback();
    await idle;
    expect(isDone).toBe(true);
  });

  it('without idle callbacks, resolves in the next task', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const order: string[] = [];
    const idle = whenIdle().then(() => order.push('idle'));
    order.push('this task');
    await idle;
    expect(order).toEqual(['this task', 'idle']);
  });
});
