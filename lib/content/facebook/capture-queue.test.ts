import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackgroundError } from '../../platform/messaging';
import type { CaseSummary } from '../../protocol';
import type { CaptureInput } from '../../records/capture-input';
import { describeCaptureFailure } from '../capture-failure';
import { CaptureQueue, sourceKeyOf } from './capture-queue';

const summary = (id: string): CaseSummary => ({
  id: `case-${id}`,
  source: 'facebook',
  sourceKey: sourceKeyOf(id),
  context: 'Page',
  authorName: 'A',
  authorContact: '',
  firstSeenAt: 0,
  status: 'new',
  severity: 'high',
  categories: [],
  deadlineAt: 0,
  versionCount: 1,
  goneSince: null,
});

function setup(send: (message: { type: string; capture?: CaptureInput }) => Promise<unknown>) {
  const changed: string[] = [];
  const queue = new CaptureQueue(send as never, {
    captureOf: (id) => ({
      source: 'facebook',
      sourceKey: sourceKeyOf(id),
      url: '',
      context: '',
      author: { name: 'A', contact: '' },
      text: 't',
    }),
    deferred: () => false,
    isTracked: () => true,
    changed: (id) => changed.push(id),
    activity: () => {},
  });
  return { queue, changed };
}

describe('CaptureQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps a refused capture to be shown (author mismatch), without trying again', async () => {
    const send = vi.fn(async () => {
      throw new BackgroundError('author_mismatch', 'The case of this source belongs to another author.');
    });
    const { queue, changed } = setup(send);
    queue.queueCapture('1');
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(1);
    const failed = queue.failureOf('1')!;
    expect(failed.failure.code).toBe('author_mismatch');
    expect(changed).toContain('1');
    expect(describeCaptureFailure(failed.failure, 'en')).toMatch(
      /^Not recorded: a case with this id already belongs to another author/,
    );
    expect(queue.busy).toBe(false);
  });

  it('does not take another author’s case under this comment’s id for its record: it shows the mismatch', async () => {
    const send = vi.fn(async (message: { type: string }) =>
      message.type === 'cases.bySourceKeys'
        ? { cases: [{ ...summary('4'), authorName: 'Someone Else', authorContact: 'https://www.facebook.com/else' }] }
        : { cases: [] },
    );
    const { queue, changed } = setup(send);
    queue.lookup('4');
    await vi.runAllTimersAsync();
    expect(queue.caseOf('4')).toBeNull();
    expect(queue.isRecorded('4')).toBe(false);
    expect(queue.failureOf('4')?.failure.code).toBe('author_mismatch');
    expect(changed).toContain('4');
  });

  it('takes the case of the same author for its record', async () => {
    const send = vi.fn(async (message: { type: string }) =>
      message.type === 'cases.bySourceKeys'
        ? { cases: [summary('5')] }
        : { case: summary('5'), created: false, appended: false },
    );
    const { queue } = setup(send);
    queue.lookup('5');
    await vi.runAllTimersAsync();
    expect(queue.caseOf('5')?.id).toBe('case-5');
    expect(queue.failureOf('5')).toBeNull();
  });

  it('tries again when the background did not answer, then succeeds and clears the failure', async () => {
    let calls = 0;
    const send = vi.fn(async () => {
      calls++;
      if (calls < 3) throw new BackgroundError('unreachable', 'no answer');
      return { case: summary('2'), created: true, appended: false };
    });
    const { queue } = setup(send);
    queue.queueCapture('2');
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(3);
    expect(queue.failureOf('2')).toBeNull();
    expect(queue.caseOf('2')?.id).toBe('case-2');
  });

  it('shows the failure after the last try', async () => {
    const send = vi.fn(async () => {
      throw new BackgroundError('unreachable', 'no answer');
    });
    const { queue } = setup(send);
    queue.queueCapture('3');
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(4); // the first try and three more
    expect(describeCaptureFailure(queue.failureOf('3')!.failure, 'zh-TW', 4)).toBe(
      '未記錄：Tactful 的背景程式在嘗試 4 次後仍沒有回應。',
    );
  });

  it('a manual capture reports its failure to the caller at once', async () => {
    const { queue } = setup(async () => {
      throw new BackgroundError('invalid_message', 'Invalid message: capture.text: too long');
    });
    await expect(queue.captureNow('4')).rejects.toMatchObject({ code: 'invalid_message' });
  });
});
