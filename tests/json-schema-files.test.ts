import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from '../src/index.js';
import { readTree, ROOT } from './helpers.js';

// The JSON Schema files that ship in the package, checked against the code and used, with a
// standard JSON Schema validator (Ajv), to validate real outputs of a CLI run.
const SCHEMA = path.join(ROOT, 'schema');
const load = (file: string): object => JSON.parse(readFileSync(path.join(SCHEMA, file), 'utf8')) as object;
const RUN = path.join(ROOT, 'fixtures', 'expected-cli');

describe('shipped JSON Schema files', () => {
  it.each([
    ['document', 'document.schema.json'],
    ['record', 'claim-record.schema.json'],
    ['manifest', 'manifest.schema.json'],
  ] as const)('schema/%s matches the code (npm run build writes it)', (name, file) => {
    expect(load(file)).toEqual(jsonSchemaOf(name));
  });

  it('validate every document, claim record and manifest of the golden CLI runs with Ajv', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const document = ajv.compile(load('document.schema.json'));
    const record = ajv.compile(load('claim-record.schema.json'));
    const manifest = ajv.compile(load('manifest.schema.json'));
    let documents = 0;
    let records = 0;
    for (const unit of ['utf16', 'codepoint']) {
      for (const [file, content] of readTree(path.join(RUN, unit))) {
        if (file === 'manifest.json') expect(manifest(JSON.parse(content)), JSON.stringify(manifest.errors)).toBe(true);
        else if (file === 'claims.jsonl') {
          for (const line of content.trim().split('\n')) {
            expect(record(JSON.parse(line)), JSON.stringify(record.errors)).toBe(true);
            records++;
          }
        } else if (file.endsWith('.json')) {
          expect(document(JSON.parse(content)), `${file}: ${JSON.stringify(document.errors)}`).toBe(true);
          documents++;
        }
      }
    }
    expect(documents).toBeGreaterThan(30);
    expect(records).toBeGreaterThan(100);
  });

  it('reject a document with a wrong field, so the check can fail', () => {
    const ajv = new Ajv2020({ strict: false });
    const document = ajv.compile(load('document.schema.json'));
    const doc = JSON.parse(readFileSync(path.join(RUN, 'utf16', 'appositive.json'), 'utf8')) as Record<string, unknown>;
    expect(document({ ...doc, offsetUnit: 'bytes' })).toBe(false);
  });
});
