import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { TIME_ROWS } from './tables/times-table.js';

describe('times table', () => {
  it('has at least 150 expressions', () => {
    expect(TIME_ROWS.length).toBeGreaterThanOrEqual(150);
  });

  it.each(TIME_ROWS.map((row, i) => [i + 1, ...row] as const))('%i: %s (ref %s) → %s', (_i, sentence, ref, text, type, value, mod) => {
    const doc = extract(sentence, ref ? { referenceDate: ref } : {});
    if (text === '') {
      // Rows with no expected text expect no time at all, or none overlapping a number that is not a time.
      expect(doc.times.map((t) => t.span.text)).toEqual([]);
      return;
    }
    const found = doc.times.find((t) => t.span.text === text);
    expect(found, `times found: ${JSON.stringify(doc.times.map((t) => [t.span.text, t.value]))}`).toBeDefined();
    expect([found!.type, found!.value, found!.mod]).toEqual([type, value, mod ?? null]);
  });
});
