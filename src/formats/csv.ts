import type { ClaimRecord } from '../schema/index.js';
import { ClaimRecordSchema } from '../schema/index.js';

/**
 * The CSV columns: the claim record's keys in schema order (the order of claims.jsonl), taken from
 * the schema itself so that the two cannot drift apart.
 */
export const CSV_COLUMNS: readonly (keyof ClaimRecord)[] = Object.freeze(Object.keys(ClaimRecordSchema.shape) as (keyof ClaimRecord)[]);

/** One value as CSV field text: null empty, booleans and numbers as in JSON, arrays and objects as their JSON text. */
function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value);
}

/** A field quoted as RFC 4180 requires: in double quotes, inner quotes doubled, when it holds a comma, quote, CR or LF. */
function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV header line (RFC 4180), ending in CRLF. */
export function csvHeader(): string {
  return `${CSV_COLUMNS.map(quote).join(',')}\r\n`;
}

/**
 * Claim records as CSV rows (RFC 4180), one per record, each ending in CRLF, in the columns of
 * {@link CSV_COLUMNS}: null is an empty field, booleans are true/false, numbers are JSON numbers, and
 * the array columns (citedSources, quantities, times, hedges) hold their JSON text.
 */
export function csvRows(records: readonly ClaimRecord[]): string {
  let out = '';
  for (const r of records) out += `${CSV_COLUMNS.map((c) => quote(fieldText(r[c]))).join(',')}\r\n`;
  return out;
}
