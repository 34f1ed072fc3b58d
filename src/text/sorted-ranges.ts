/** Binary searches over ranges sorted by offset (tokens, quotations, quantities, times). */

/** Index of the first item starting at or after `offset` (items sorted by start). */
export function firstStartingAtOrAfter(items: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item ending after `offset` (items sorted by end). */
export function firstEndingAfter(items: readonly { readonly end: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
