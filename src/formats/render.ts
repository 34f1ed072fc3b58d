/**
 * Every output text of one document, made in one place: in the worker thread that analysed it,
 * so that a batch's main thread only writes what it receives (it neither decodes documents nor
 * serialises them again, which kept it busy a third of the time and starved the workers).
 */
import type { Document, DocumentSource } from '../schema/index.js';
import { toBrat } from './brat.js';
import { toClaimRecords } from './claim-records.js';
import { documentInCodePoints, recordsInCodePoints } from './code-points.js';
import { csvRows } from './csv.js';
import { serializeDocument, serializeRecords } from './serialize.js';

/** The output formats of a run. */
export type OutputFormat = 'json' | 'jsonl' | 'csv' | 'brat';

/** What to render: the formats asked, the offset unit, and whether documents go to a folder (pretty JSON files) or to a stream (one line each). */
export interface RenderSpec {
  readonly formats: readonly OutputFormat[];
  readonly offsets: 'utf16' | 'codepoint';
  readonly target: 'folder' | 'stream';
}

/** The output texts of one document, and what a run's summary and manifest need to know of it. */
export interface RenderedDocument {
  readonly id: string;
  readonly source: DocumentSource;
  /** Number of claims. */
  readonly claims: number;
  /** The document as JSON (pretty with a final newline for a folder, one line for a stream), or null when json is not asked. */
  readonly json: string | null;
  /** Its claim records as JSON Lines, or null when jsonl is not asked. */
  readonly jsonl: string | null;
  /** Its claim records as CSV rows (no header), or null when csv is not asked. */
  readonly csv: string | null;
  /** Its brat standoff pair, or null when brat is not asked. */
  readonly brat: { readonly txt: string; readonly ann: string } | null;
}

/**
 * Render a document in every format a run asks for, in the run's offset unit (brat files count
 * in code points whatever the unit, as brat does).
 *
 * @throws Error when a claim record does not match its schema (a bug: please report it).
 */
export function renderDocument(original: Document, spec: RenderSpec): RenderedDocument {
  const wants = (f: OutputFormat): boolean => spec.formats.includes(f);
  const needRecords = wants('jsonl') || wants('csv');
  const doc = spec.offsets === 'utf16' || !(wants('json') || needRecords) ? original : documentInCodePoints(original);
  const utf16Records = needRecords ? toClaimRecords(original) : [];
  const records = needRecords && spec.offsets === 'codepoint' ? recordsInCodePoints(original, utf16Records) : utf16Records;
  return {
    id: original.id,
    source: original.source,
    claims: original.claims.length,
    json: wants('json') ? (spec.target === 'folder' ? serializeDocument(doc) : `${JSON.stringify(doc)}\n`) : null,
    jsonl: wants('jsonl') ? serializeRecords(records) : null,
    csv: wants('csv') ? csvRows(records) : null,
    brat: wants('brat') ? toBrat(original) : null,
  };
}
