import type { ClaimRecord, Document } from '../schema/index.js';
import { ClaimRecordSchema } from '../schema/index.js';

/** A document as pretty-printed JSON, with a final newline. Key order follows the schema. */
export function serializeDocument(doc: Document): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * Claim records as JSON Lines (one compact object per line, each ending in a newline), checked
 * against the record schema first.
 *
 * @throws Error when a record does not match the schema (a bug: please report it).
 */
export function serializeRecords(records: readonly ClaimRecord[]): string {
  let out = '';
  for (const r of records) {
    const checked = ClaimRecordSchema.safeParse(r);
    if (!checked.success) throw new Error(`claimkit: internal error: claim record ${r.docId}/${r.claimId} does not match the schema: ${checked.error.message}`);
    out += `${JSON.stringify(r)}\n`;
  }
  return out;
}
