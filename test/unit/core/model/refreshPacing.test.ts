// Partial refreshes while indexing: spaced by what the last model build cost.
import assert from 'node:assert/strict';
import { MIN_PARTIAL_REFRESH_MS, partialRefreshDelay } from '../../../../src/core/model/refreshPacing';

describe('partial refresh pacing', () => {
  it('refreshes every second while the model is cheap to build', () => {
    assert.equal(partialRefreshDelay(0), MIN_PARTIAL_REFRESH_MS);
    assert.equal(partialRefreshDelay(40), MIN_PARTIAL_REFRESH_MS);
    assert.equal(partialRefreshDelay(Number.NaN), MIN_PARTIAL_REFRESH_MS);
  });

  it('waits ten times the last build once it is slow, so the host stays free nine tenths of the time', () => {
    assert.equal(partialRefreshDelay(800), 8000);
  });

  it('still refreshes every 30 s on a very large collection', () => {
    assert.equal(partialRefreshDelay(10_000), 30_000);
  });
});
