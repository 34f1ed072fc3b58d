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
  // The first token ending after range.end is the first one not inside.
  let lo = from;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= range.end) lo = mid + 1;
    else hi = mid;
  }
  return { from, to: lo };
}

/**
 * The items (sorted by start) that lie inside a range, found by binary search.
 */
export function itemsInside<T extends Range>(items: readonly T[], range: Range): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < range.start) lo = mid + 1;
    else hi = mid;
  }
  const found: T[] = [];
  for (let i = lo; i < items.length && items[i]!.start < range.end; i++) if (items[i]!.end <= range.end) found.push(items[i]!);
  return found;
}
