/**
 * Quantities are built here, by one object literal with their fields in one order, so that they
 * share one hidden class in V8 (an object spread gives each copy a shape of its own, and the code
 * reading them is deoptimised again and again).
 */
import type { QuantityAnnotation } from '../../pipeline/types.js';

/** A quantity before it is numbered. */
export type QuantityDraft = Omit<QuantityAnnotation, 'id'>;

/** The quantity `q`, numbered `id`. */
export function numbered(q: QuantityDraft, id: string): QuantityAnnotation {
  return {
    id,
    start: q.start,
    end: q.end,
    tokenStart: q.tokenStart,
    tokenEnd: q.tokenEnd,
    value: q.value,
    range: q.range,
    bound: q.bound,
    approximate: q.approximate,
    unit: q.unit,
    kind: q.kind,
    rate: q.rate,
    per: q.per,
    trend: q.trend,
    trendOf: q.trendOf,
    from: q.from,
    sentence: q.sentence,
  };
}

/** A copy of a draft quantity with some fields changed. */
export function withChanges(q: QuantityDraft, changes: Partial<QuantityDraft>): QuantityDraft {
  const c = { ...q, ...changes };
  return {
    start: c.start,
    end: c.end,
    tokenStart: c.tokenStart,
    tokenEnd: c.tokenEnd,
    value: c.value,
    range: c.range,
    bound: c.bound,
    approximate: c.approximate,
    unit: c.unit,
    kind: c.kind,
    rate: c.rate,
    per: c.per,
    trend: c.trend,
    trendOf: c.trendOf,
    from: c.from,
    sentence: c.sentence,
  };
}
