import type { Range, Token } from '../../pipeline/types.js';
import { firstEndingAfter, firstStartingAtOrAfter } from '../../text/sorted-ranges.js';

/** The token index range `[from, to)` of the tokens inside a character range. */
export function tokensInside(tokens: readonly Token[], range: Range): { from: number; to: number } {
  const from = firstEndingAfter(tokens, range.start);
  // The first token ending after range.end is the first one not inside.
  return { from, to: firstEndingAfter(tokens, range.end) };
}

/**
 * The items (sorted by start) that lie inside a range, found by binary search.
 */
export function itemsInside<T extends Range>(items: readonly T[], range: Range): T[] {
  const found: T[] = [];
  for (let i = firstStartingAtOrAfter(items, range.start); i < items.length && items[i]!.start < range.end; i++) if (items[i]!.end <= range.end) found.push(items[i]!);
  return found;
}
