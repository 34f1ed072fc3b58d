import { SCHEMA_VERSION } from '../schema/index.js';
import { NAME, VERSION } from '../version.js';

/** One failed input or record, as listed in the manifest and on stderr. */
export interface FailureRecord {
  readonly path: string | null;
  readonly record: number | null;
  readonly id: string | null;
  readonly code: string;
  readonly message: string;
}

/** One document written, as listed in the manifest. */
export interface OutputRecord {
  readonly id: string;
  readonly input: string | null;
  readonly record: number | null;
  readonly output: string | null;
  readonly claims: number;
  readonly sha256: string | null;
}

/** manifest.json: what a run read, wrote and could not read. */
export interface Manifest {
  readonly generator: { readonly name: string; readonly version: string };
  readonly schemaVersion: number;
  readonly options: { readonly referenceDate: string | null; readonly formats: readonly string[]; readonly jobs: number };
  readonly counts: { readonly articles: number; readonly succeeded: number; readonly failed: number; readonly claims: number };
  readonly failures: readonly FailureRecord[];
  readonly documents: readonly OutputRecord[];
  /** Wall-clock duration of the run: the only value that changes between identical runs. */
  readonly elapsedMs: number;
}

/** Assemble the manifest of a run. */
export function buildManifest(
  options: Manifest['options'],
  documents: readonly OutputRecord[],
  failures: readonly FailureRecord[],
  elapsedMs: number,
): Manifest {
  const claims = documents.reduce((n, d) => n + d.claims, 0);
  return {
    generator: { name: NAME, version: VERSION },
    schemaVersion: SCHEMA_VERSION,
    options,
    counts: { articles: documents.length + failures.length, succeeded: documents.length, failed: failures.length, claims },
    failures,
    documents,
    elapsedMs: Math.round(elapsedMs),
  };
}
