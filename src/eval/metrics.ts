/** Precision, recall and F1, and one-to-one matching of spans. */

/** Precision, recall and F1. */
export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

/** Counts behind a P/R/F1: true positives, predictions, gold items. */
export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

/** New zero counts. */
export function counts(): Counts {
  return { tp: 0, predicted: 0, gold: 0 };
}

/** Add counts into a running total. */
export function addCounts(total: Counts, c: Counts): void {
  total.tp += c.tp;
  total.predicted += c.predicted;
  total.gold += c.gold;
}

/**
 * P/R/F1 from counts. With nothing predicted and nothing to find, all three are 1; with nothing
 * predicted, precision is 0; with nothing to find, recall is 0.
 */
export function prf(c: Counts): Prf {
  if (c.predicted === 0 && c.gold === 0) return { p: 1, r: 1, f1: 1 };
  const p = c.predicted === 0 ? 0 : c.tp / c.predicted;
  const r = c.gold === 0 ? 0 : c.tp / c.gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** A character span. */
export interface Extent {
  readonly start: number;
  readonly end: number;
}

/** Characters two spans share. */
export function overlap(a: Extent, b: Extent): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Match gold to predicted items one to one: first every exact match (in text order), then, among
 * the rest, pairs that `partial` accepts, the pair with the largest overlap first.
 *
 * @returns Pairs of indices [gold, predicted], and whether each pair matched exactly.
 */
export function matchOneToOne<G extends Extent, P extends Extent>(
  gold: readonly G[],
  predicted: readonly P[],
  partial: (g: G, p: P) => boolean,
): { gold: number; predicted: number; exact: boolean }[] {
  const pairs: { gold: number; predicted: number; exact: boolean }[] = [];
  const usedGold = new Uint8Array(gold.length);
  const usedPred = new Uint8Array(predicted.length);
  const byExtent = new Map<string, number[]>();
  predicted.forEach((p, j) => {
    const key = `${p.start}:${p.end}`;
    byExtent.set(key, [...(byExtent.get(key) ?? []), j]);
  });
  gold.forEach((g, i) => {
    const j = (byExtent.get(`${g.start}:${g.end}`) ?? []).find((k) => !usedPred[k]);
    if (j === undefined) return;
    usedGold[i] = 1;
    usedPred[j] = 1;
    pairs.push({ gold: i, predicted: j, exact: true });
  });
  const candidates: { gold: number; predicted: number; shared: number }[] = [];
  gold.forEach((g, i) => {
    if (usedGold[i]) return;
    predicted.forEach((p, j) => {
      if (!usedPred[j] && overlap(g, p) > 0 && partial(g, p)) candidates.push({ gold: i, predicted: j, shared: overlap(g, p) });
    });
  });
  candidates.sort((a, b) => b.shared - a.shared || a.gold - b.gold || a.predicted - b.predicted);
  for (const c of candidates) {
    if (usedGold[c.gold] || usedPred[c.predicted]) continue;
    usedGold[c.gold] = 1;
    usedPred[c.predicted] = 1;
    pairs.push({ gold: c.gold, predicted: c.predicted, exact: false });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}
