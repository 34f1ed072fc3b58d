import { z } from 'zod';
import { ClaimSchema } from './claim.js';
import { DiagnosticSchema } from './diagnostic.js';
import { EntitySchema } from './entity.js';
import { QuantitySchema } from './quantity.js';
import { TimeSchema } from './time.js';

/** The schema version this code writes. */
export const SCHEMA_VERSION = 1 as const;

/** An ISO calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A calendar date, YYYY-MM-DD.');

/** Input formats claimkit reads. */
export const InputFormatSchema = z
  .enum(['txt', 'md', 'html', 'json', 'jsonl', 'text'])
  .describe('txt, md (with YAML front matter), html (a saved web page), json, jsonl, or text (passed to the library directly).');

/** Where a document came from. */
export const DocumentSourceSchema = z
  .object({
    path: z.string().nullable().describe('Input path relative to the folder or file given, with "/" separators; null for text given directly.'),
    format: InputFormatSchema,
    sha256: z.string().nullable().describe('SHA-256 (hex) of the input bytes: the whole file, or the record for JSON and JSONL inputs.'),
    record: z.number().int().positive().nullable().describe('1-based line (JSONL) or array position (JSON) of the record, or null for a single-article file.'),
  })
  .meta({ id: 'DocumentSource', description: 'Where a document came from.' });

/** The date relative expressions were resolved against, and where it came from. */
export const ReferenceDateSchema = z
  .object({
    value: IsoDateSchema.nullable().describe('The reference date, or null when none is known (then years stay unknown: "XXXX-11-09").'),
    origin: z
      .enum(['option', 'metadata', 'dateline', 'none'])
      .describe('option (--reference-date), metadata (front matter or record field), dateline (found in the text), or none.'),
  })
  .meta({ id: 'ReferenceDate', description: 'The date relative expressions were resolved against.' });

/** The full analysis of one article: schema v1. */
export const DocumentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of this output contract.'),
    id: z.string().describe('Stable identifier: the record id, or the input path relative to its root without extension.'),
    source: DocumentSourceSchema,
    title: z.string().nullable().describe('Title from the input metadata, or null.'),
    url: z.string().nullable().describe('URL from the input metadata, or null.'),
    byline: z.string().nullable().describe('Author line from the input metadata (an HTML page’s byline, a record’s author), or null.'),
    siteName: z.string().nullable().describe('Publication from the input metadata (an HTML page’s site name), or null.'),
    offsetUnit: z
      .enum(['utf16', 'codepoint'])
      .describe('What every start/end offset counts: UTF-16 code units (JavaScript strings; the default) or Unicode code points (Python strings; --offsets codepoint).'),
    referenceDate: ReferenceDateSchema,
    text: z.string().describe('The analysed text (NFC-normalised, line ends as LF). Every span indexes into it.'),
    entities: z.array(EntitySchema).describe('People, organisations, places, groups and documents, in order of first mention.'),
    quantities: z.array(QuantitySchema).describe('Quantities in text order.'),
    times: z.array(TimeSchema).describe('Temporal expressions in text order.'),
    claims: z.array(ClaimSchema).describe('Claims in text order.'),
    diagnostics: z.array(DiagnosticSchema).describe('Notes on reading and analysing the article.'),
    generator: z
      .object({
        name: z.literal('claimkit').describe('Always "claimkit".'),
        version: z.string().describe('claimkit version that wrote this document.'),
      })
      .describe('The program that wrote this document.'),
  })
  .meta({ id: 'Document', description: 'claimkit output for one article (schema version 1).' });

/** claimkit output for one article. */
export type Document = z.infer<typeof DocumentSchema>;
/** Where a document came from. */
export type DocumentSource = z.infer<typeof DocumentSourceSchema>;
/** The reference date and its origin. */
export type ReferenceDate = z.infer<typeof ReferenceDateSchema>;
/** An input format. */
export type InputFormat = z.infer<typeof InputFormatSchema>;
