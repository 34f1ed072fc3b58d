import { z } from 'zod';
import { DocumentSchema } from './document.js';
import { ManifestSchema } from './manifest.js';
import { ClaimRecordSchema } from './record.js';

/** The output shapes whose JSON Schema claimkit can print. */
export type SchemaName = 'document' | 'record' | 'manifest';

/**
 * JSON Schema (draft 2020-12) of an output shape, generated from the zod schemas.
 *
 * @param name `document` for the per-article JSON, `record` for one line of claims.jsonl (and
 *   one row of claims.csv), `manifest` for manifest.json.
 * @returns A plain JSON Schema object with `$defs` for the shared parts.
 */
export function jsonSchemaOf(name: SchemaName): Record<string, unknown> {
  const schema = name === 'document' ? DocumentSchema : name === 'manifest' ? ManifestSchema : ClaimRecordSchema;
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' });
}
