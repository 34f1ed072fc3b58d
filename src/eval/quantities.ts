import { addCounts, counts, prf, type Prf } from './metrics.js';

/** CQE's "change" vocabulary. */
export type Change = '=' | '~' | '>' | '<' | 'up' | 'down';

/** A quantity, gold or predicted: a value or a range, a unit, a change. */
export interface QuantityItem {
  readonly value: number | null;
  readonly range: readonly [number, number] | null;
  /** Units to compare, any of which may match (a gold quantity has its surface and normalised unit). */
  readonly units: readonly string[];
  readonly change: Change;
}

/** One sentence to score. */
export interface QuantityCase {
  readonly gold: readonly QuantityItem[];
  readonly predicted: readonly QuantityItem[];
}

/** CQE's measures. */
export interface QuantityResult {
  /** Quantities with an equal value (a range matches a range with both ends equal). */
  readonly value: Prf;
  /** Value matches whose units agree after lower-casing and lemmatising. */
  readonly valueUnit: Prf;
  /** Value matches with the same change. */
  readonly valueChange: Prf;
  readonly sentences: number;
  readonly gold: number;
  readonly predicted: number;
}

/** Whether two numbers are equal up to floating-point noise. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether two quantities have the same value or the same range. */
export function sameValue(a: QuantityItem, b: QuantityItem): boolean {
  if (a.range && b.range) return sameNumber(a.range[0], b.range[0]) && sameNumber(a.range[1], b.range[1]);
  if (a.range || b.range || a.value === null || b.value === null) return false;
  return sameNumber(a.value, b.value);
}

/** A word's singular by the regular English rules ("companies", "boxes", "cases", "yards"). */
function singular(w: string): string {
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ch|sh|x|ss|zz)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') && w.length > 2 ? w.slice(0, -1) : w;
}

/** Lemmatise a unit for comparison: lower case, each word singular ("criminal cases" → "criminal case"). */
export function unitLemma(unit: string): string {
  return unit
    .toLowerCase()
    .trim()
    .replace(/\.$/, '')
    .split(/\s+/)
    .map(singular)
    .join(' ');
}

/** Whether the units of two quantities agree: both none, or a shared lemma. */
export function sameUnit(a: QuantityItem, b: QuantityItem): boolean {
  const la = a.units.map(unitLemma).filter((u) => u !== '' && u !== '-');
  const lb = b.units.map(unitLemma).filter((u) => u !== '' && u !== '-');
  if (la.length === 0 || lb.length === 0) return la.length === lb.length;
  return la.some((u) => lb.includes(u));
}

/**
 * Score quantities as CQE does: within each sentence, gold and predicted quantities are matched
 * one to one by value (in text order, each gold to the first unmatched prediction with an equal
 * value, one with an agreeing unit first); value+unit and value+change count the matches whose
 * unit, or change, also agrees.
 */
export function scoreQuantities(cases: readonly QuantityCase[]): QuantityResult {
  const value = counts();
  const unit = counts();
  const change = counts();
  for (const c of cases) {
    const used = new Uint8Array(c.predicted.length);
    let tp = 0;
    let tpUnit = 0;
    let tpChange = 0;
    for (const g of c.gold) {
      // Among equal values, prefer a prediction whose unit also agrees.
      let j = c.predicted.findIndex((p, k) => !used[k] && sameValue(g, p) && sameUnit(g, p));
      if (j < 0) j = c.predicted.findIndex((p, k) => !used[k] && sameValue(g, p));
      if (j < 0) continue;
      used[j] = 1;
      tp++;
      if (sameUnit(g, c.predicted[j]!)) tpUnit++;
      if (g.change === c.predicted[j]!.change) tpChange++;
    }
    const base = { predicted: c.predicted.length, gold: c.gold.length };
    addCounts(value, { ...base, tp });
    addCounts(unit, { ...base, tp: tpUnit });
    addCounts(change, { ...base, tp: tpChange });
  }
  return { value: prf(value), valueUnit: prf(unit), valueChange: prf(change), sentences: cases.length, gold: value.gold, predicted: value.predicted };
}
