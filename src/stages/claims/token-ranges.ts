import type { Range, Token } from '../../pipeline/types.js';

/** Index of the first token that ends after `offset` (tokens are sorted by offset). */
export function firstTokenAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token index range `[from, to)` of the tokens inside a character range. */
export function tokensInside(tokens: readonly Token[], range: Range): { from: number; to: number } {
  const from = firstTokenAfter(tokens, range.start);
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= range.end) to++;
  return { from, to };
}

/** Whether a range lies inside any of the ranges. */
export function within(inner: Range, outer: readonly Range[]): boolean {
  return outer.some((o) => inner.start >= o.start && inner.end <= o.end);
}
