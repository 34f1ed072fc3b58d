/**
 * claimkit: who claims what, when, with which numbers, from news articles.
 *
 * The library is the product; the `claimkit` command is a thin shell over it.
 */
export { extract, type ExtractOptions } from './extract.js';
export { extractFiles, type ExtractFilesOptions, type FileResult } from './batch/extract-files.js';
export { toClaimRecords } from './formats/claim-records.js';
export { InputPathError } from './io/discover.js';
export type { LexiconExtras } from './lexicons.js';
export type { CueVerbEntry } from './stages/attribution/lexicon/index.js';
export type { FailureRecord } from './formats/manifest.js';
export { VERSION } from './version.js';
export {
  SCHEMA_VERSION,
  jsonSchemaOf,
  DocumentSchema,
  ClaimRecordSchema,
  SpanSchema,
  EntitySchema,
  QuantitySchema,
  TimeSchema,
  ClaimSchema,
  DiagnosticSchema,
  type SchemaName,
  type Document,
  type ClaimRecord,
  type Span,
  type Entity,
  type Quantity,
  type Time,
  type Claim,
  type ClaimSource,
  type Diagnostic,
} from './schema/index.js';
