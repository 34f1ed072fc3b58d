import { SCHEMA_VERSION } from '../schema/index.js';
import type { FailureRecord, Manifest, OutputRecord } from '../schema/manifest.js';
import { NAME, VERSION } from '../version.js';

export type { FailureRecord, Manifest, OutputRecord } from '../schema/manifest.js';

/** Assemble the manifest of a run. */
export function buildManifest(
  options: Manifest['options'],
  documents: readonly OutputRecord[],
  failures: readonly FailureRecord[],
  elapsedMs: number,
  complete = true,
): Manifest {
  const claims = documents.reduce((n, d) => n + d.claims, 0);
  return {
    generator: { name: NAME as 'claimkit', version: VERSION },
    schemaVersion: SCHEMA_VERSION,
    options,
    complete,
    counts: { articles: documents.length + failures.length, succeeded: documents.length, failed: failures.length, claims },
    failures: [...failures],
    documents: [...documents],
    elapsedMs: Math.round(elapsedMs),
  };
}
