import { z } from 'zod';
import { DocumentSchema } from './document.js';
import { ClaimRecordSchema } from './record.js';

/** The output shapes whose JSON Schema claimkit can print. */
export type SchemaName = 'document' | 'record';

/**
 * JSON Schema (draft 2020-12) of an output shape, generated from the zod schemas.
 *
 * @param name `document` for the per-article JSON, `record` for one line of claims.jsonl.
 * @returns A plain JSON Schema object with `$defs` for the shared parts.
 */
export function jsonSchemaOf(name: SchemaName): Record<string, unknown> {
  const schema = name === 'document' ? DocumentSchema : ClaimRecordSchema;
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' });
}
