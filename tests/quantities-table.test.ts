import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { QUANTITY_ROWS } from './tables/quantities-table.js';

describe('quantities table', () => {
  it('has at least 150 phrases', () => {
    expect(QUANTITY_ROWS.length).toBeGreaterThanOrEqual(150);
  });

  it.each(QUANTITY_ROWS.map((row, i) => [i + 1, row.sentence, row] as const))('%i: %s', (_i, sentence, row) => {
    const doc = extract(sentence, { referenceDate: '2025-11-12' });
    if (row.text === '') {
      expect(doc.quantities.map((q) => q.span.text)).toEqual([]);
      return;
    }
    const found = doc.quantities.find((q) => q.span.text === row.text);
    expect(found, `quantities found: ${JSON.stringify(doc.quantities.map((q) => [q.span.text, q.value, q.unit]))}`).toBeDefined();
    const expected = {
      value: row.value ?? null,
      range: row.range ?? null,
      bound: row.bound ?? '=',
      approximate: row.approximate ?? false,
      unit: row.unit ?? null,
      kind: row.kind,
      rate: row.rate ?? null,
      per: row.per ?? null,
      trend: row.trend ?? null,
      trendOf: row.trendOf ?? null,
      from: row.from ?? null,
    };
    const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, found![k as keyof typeof found]]));
    expect(actual).toEqual(expected);
  });
});
