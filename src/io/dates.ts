/** Reading an article date from metadata. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

/**
 * The calendar date of a metadata value: "2025-11-12", "2025-11-12T08:00:00Z" (the date as
 * written, in the publisher's own zone), or a Date. Null when it cannot be read.
 */
export function metadataDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const m = ISO_DAY.exec(value.trim());
  if (!m) {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
  }
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) ? `${y}-${mo}-${d}` : null;
}
