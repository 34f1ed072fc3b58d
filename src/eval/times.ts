import { addCounts, counts, matchOneToOne, prf, type Extent, type Prf } from './metrics.js';

/** A time expression, gold or predicted: span, TIMEX3 type and value. */
export interface TimeItem extends Extent {
  readonly type: string;
  readonly value: string;
}

/** One document to score. */
export interface TimeCase {
  readonly gold: readonly TimeItem[];
  readonly predicted: readonly TimeItem[];
}

/** The TempEval-3 measures. */
export interface TimeResult {
  /** Exact span matches. */
  readonly strict: Prf;
  /** Overlapping span matches. */
  readonly relaxed: Prf;
  /** Relaxed matches with the identical TIMEX3 value. */
  readonly value: Prf;
  /** Share of relaxed matches with the same type. */
  readonly typeAccuracy: number;
  readonly docs: number;
  readonly gold: number;
  readonly predicted: number;
}

/**
 * Score times as TempEval-3 does. Gold and predicted times are matched one to one within a
 * document: exact spans first, then any overlap, larger overlaps first. Strict counts the exact
 * matches, relaxed all matches, value the relaxed matches with the same value; type accuracy is
 * over the relaxed matches.
 */
export function scoreTimes(cases: readonly TimeCase[]): TimeResult {
  const strict = counts();
  const relaxed = counts();
  const value = counts();
  let typed = 0;
  let matched = 0;
  for (const c of cases) {
    const pairs = matchOneToOne(c.gold, c.predicted, () => true);
    const base = { predicted: c.predicted.length, gold: c.gold.length };
    addCounts(strict, { ...base, tp: pairs.filter((p) => p.exact).length });
    addCounts(relaxed, { ...base, tp: pairs.length });
    addCounts(value, { ...base, tp: pairs.filter((p) => c.gold[p.gold]!.value === c.predicted[p.predicted]!.value).length });
    matched += pairs.length;
    typed += pairs.filter((p) => c.gold[p.gold]!.type === c.predicted[p.predicted]!.type).length;
  }
  return {
    strict: prf(strict),
    relaxed: prf(relaxed),
    value: prf(value),
    typeAccuracy: matched === 0 ? 0 : typed / matched,
    docs: cases.length,
    gold: relaxed.gold,
    predicted: relaxed.predicted,
  };
}
