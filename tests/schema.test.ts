import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClaimRecordSchema, DocumentSchema, jsonSchemaOf, toClaimRecords, type Document } from '../src/index.js';
import { fixtureDocuments, ROOT, runCli } from './helpers.js';

let docs: Document[] = [];
beforeAll(async () => {
  docs = await fixtureDocuments();
});

/** Paths of JSON Schema properties that have no description (following $refs), and how many were checked. */
function undescribed(schema: Record<string, unknown>): { missing: string[]; checked: number } {
  const defs = (schema['$defs'] ?? {}) as Record<string, Record<string, unknown>>;
  const missing: string[] = [];
  let checked = 0;
  const visit = (node: Record<string, unknown>, where: string): void => {
    const props = node['properties'] as Record<string, Record<string, unknown>> | undefined;
    for (const [key, prop] of Object.entries(props ?? {})) {
      const ref = typeof prop['$ref'] === 'string' ? defs[(prop['$ref'] as string).split('/').pop()!] : undefined;
      checked++;
      if (!prop['description'] && !ref?.['description']) missing.push(`${where}.${key}`);
      if (prop['type'] === 'object' || prop['properties']) visit(prop, `${where}.${key}`);
      const items = prop['items'] as Record<string, unknown> | undefined;
      if (items?.['properties']) visit(items, `${where}.${key}[]`);
    }
  };
  for (const [name, def] of Object.entries(defs)) visit(def, name);
  return { missing, checked };
}

describe('output contract', () => {
  it('describes every field of the document and the record', () => {
    const document = undescribed(jsonSchemaOf('document'));
    const record = undescribed(jsonSchemaOf('record'));
    expect(document.missing).toEqual([]);
    expect(record.missing).toEqual([]);
    expect(document.checked).toBeGreaterThan(60);
    expect(record.checked).toBeGreaterThan(40);
  });

  it('validates every fixture document and its claim records', () => {
    for (const doc of docs) {
      expect(DocumentSchema.safeParse(doc).success, doc.id).toBe(true);
      for (const r of toClaimRecords(doc)) expect(ClaimRecordSchema.safeParse(r).success, `${doc.id}/${r.claimId}`).toBe(true);
    }
  });

  it('rejects a document whose span offsets are not integers', () => {
    const doc = structuredClone(docs[0]!);
    doc.claims[0]!.content.start = 1.5;
    expect(DocumentSchema.safeParse(doc).success).toBe(false);
  });

  it('keeps documents free of machine-dependent values', () => {
    for (const doc of docs) {
      const json = JSON.stringify(doc);
      expect(json).not.toContain(ROOT);
      expect(doc.source.path?.startsWith('/')).toBe(false);
    }
  });

  it('prints the JSON Schemas from the CLI', () => {
    const document = runCli(['schema']);
    expect(document.code).toBe(0);
    expect(JSON.parse(document.stdout)).toEqual(jsonSchemaOf('document'));
    const record = runCli(['schema', '--record']);
    expect(JSON.parse(record.stdout)).toEqual(jsonSchemaOf('record'));
  });

  it('has the package version in the generator', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const doc of docs) expect(doc.generator).toEqual({ name: 'claimkit', version: pkg.version });
  });
});
