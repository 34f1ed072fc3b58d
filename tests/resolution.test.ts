import { describe, expect, it } from 'vitest';
import { RESOLUTION_FIXTURES, runResolution } from '../src/eval/run.js';

describe('source resolution on the hand-resolved fixtures', () => {
  it('has at least 40 hand-resolved attributions and names at least 90% of their sources right', async () => {
    const r = await runResolution(RESOLUTION_FIXTURES);
    expect(r.attributions).toBeGreaterThanOrEqual(40);
    expect(r.nameAccuracy, JSON.stringify(r.misses, null, 2)).toBeGreaterThanOrEqual(0.9);
    expect(r.roleAccuracy).toBeGreaterThanOrEqual(0.7);
  });
});
