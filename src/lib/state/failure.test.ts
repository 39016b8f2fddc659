import { describe, expect, it } from 'vitest';
import { attempt, failed } from './failure';

describe('failed', () => {
  it('says a full disk in our own words, in whichever form the browser reports it', () => {
    const full = new DOMException(
      'QuotaExceededError: the quota has been exceeded',
      'QuotaExceededError',
    );
    expect(failed(full, 'write.failed')).toEqual({
      key: 'write.failed',
      params: { message: { key: 'write.full' } },
    });
    // Dexie reports it inside an aborted transaction.
    const wrapped = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    });
    expect(failed(wrapped, 'lock.error.failed').params).toEqual({ message: { key: 'write.full' } });
  });

  it('says a lock changed elsewhere in our words, and anything else in the browser’s', () => {
    const changed = Object.assign(new Error('changed'), { name: 'LockChangedError' });
    expect(failed(changed, 'write.failed').params).toEqual({
      message: { key: 'lock.error.changed' },
    });
    expect(failed(new Error('Disk I/O'), 'write.failed').params).toEqual({ message: 'Disk I/O' });
    expect(failed('odd', 'write.failed').params).toEqual({ message: 'odd' });
  });

  it('attempt answers undefined once done, else the failure', async () => {
    expect(await attempt(async () => {}, 'tags.error.saveFailed')).toBeUndefined();
    const failure = await attempt(async () => {
      throw new Error('no');
    }, 'tags.error.saveFailed');
    expect(failure).toEqual({ key: 'tags.error.saveFailed', params: { message: 'no' } });
  });
});
