import { z } from 'zod';
import { SCHEMA_VERSION } from './document.js';

/** One failed input or record, as listed in the manifest and on stderr. */
export const FailureRecordSchema = z
  .object({
    path: z.string().nullable().describe('Input path relative to its root, or null for stdin.'),
    record: z.number().int().positive().nullable().describe('1-based line (JSONL) or array position (JSON) of the failed record, or null.'),
    id: z.string().nullable().describe('Id of the failed article when known, or null.'),
    code: z.string().describe('Machine-readable reason: binary, unreadable, missing, json-invalid, record-without-text, no-article, too-large, timeout, internal-error, ...'),
    message: z.string().describe('The reason in words.'),
  })
  .meta({ id: 'FailureRecord', description: 'An input or record that gave no document.' });

/** One document written, as listed in the manifest. */
export const OutputRecordSchema = z
  .object({
    id: z.string().describe('Document id.'),
    input: z.string().nullable().describe('Input path relative to its root, or null for stdin.'),
    record: z.number().int().positive().nullable().describe('Record position in a JSON or JSONL input, or null.'),
    output: z.string().nullable().describe('Path of the per-article JSON relative to the output folder, or null when not written.'),
    claims: z.number().int().nonnegative().describe('Number of claims in the document.'),
    sha256: z.string().nullable().describe('SHA-256 of the input bytes (file or record).'),
  })
  .meta({ id: 'OutputRecord', description: 'A document the run wrote.' });

/** manifest.json: what a run read, wrote and could not read. */
export const ManifestSchema = z
  .object({
    generator: z.object({ name: z.literal('claimkit'), version: z.string() }).describe('The program that wrote the run.'),
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of the output contract.'),
    options: z
      .object({
        referenceDate: z.string().nullable().describe('--reference-date, or null.'),
        formats: z.array(z.string()).describe('Output formats written.'),
        jobs: z.number().int().positive().describe('--jobs.'),
        offsets: z.enum(['utf16', 'codepoint']).describe('Offset unit of every output.'),
      })
      .describe('Options of the run that shape its output.'),
    complete: z
      .boolean()
      .describe('false when the run was interrupted (SIGINT or SIGTERM) before every input was read: the counts, claims and documents cover what was finished; rerun with --resume to complete it.'),
    counts: z
      .object({
        articles: z.number().int().nonnegative(),
        succeeded: z.number().int().nonnegative(),
        failed: z.number().int().nonnegative(),
        claims: z.number().int().nonnegative(),
      })
      .describe('Articles read, succeeded and failed, and claims written.'),
    failures: z.array(FailureRecordSchema).describe('Failed inputs and records, in input order.'),
    documents: z.array(OutputRecordSchema).describe('Documents written, in input order.'),
    elapsedMs: z.number().int().nonnegative().describe('Wall-clock duration of the run: the only value that changes between identical runs.'),
  })
  .meta({ id: 'Manifest', description: 'manifest.json: what a claimkit run read, wrote and could not read.' });

/** manifest.json of a run. */
export type Manifest = z.infer<typeof ManifestSchema>;
/** One failed input or record. */
export type FailureRecord = z.infer<typeof FailureRecordSchema>;
/** One document written. */
export type OutputRecord = z.infer<typeof OutputRecordSchema>;
