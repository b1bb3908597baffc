import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RetagStatus } from '../../../shared/api/listening.schemas.ts';
import { isRetagActive, retagPercent } from './retag-progress.ts';

const status = (extra: Partial<RetagStatus>): RetagStatus => ({ status: 'running', processed: 0, total: 0, changed: 0, startedAt: null, finishedAt: null, error: null, ...extra });

test('progress is the share of stored mentions walked, whole only once done', () => {
  assert.equal(retagPercent(status({ processed: 900, total: 2000 })), 45);
  assert.equal(retagPercent(status({ processed: 2100, total: 2000 })), 99, 'mentions that came in meanwhile do not make it look finished');
  assert.equal(retagPercent(status({ processed: 0, total: 0 })), 0);
  assert.equal(retagPercent(status({ status: 'queued' })), 0);
  assert.equal(retagPercent(status({ status: 'done', processed: 10, total: 12 })), 100);
});

test('only a queued or running re-tag is polled', () => {
  assert.deepEqual(
    (['idle', 'queued', 'running', 'done', 'failed'] as const).map((s) => isRetagActive(status({ status: s }))),
    [false, true, true, false, false],
  );
});
