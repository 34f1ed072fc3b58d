import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeDocument } from '../src/formats/serialize.js';
import { OutputNamer } from '../src/io/output-paths.js';
import type { Document } from '../src/index.js';
import { fixtureDocuments, ROOT } from './helpers.js';

// Golden outputs: each fixture article's document as the CLI writes it. They change only on
// purpose: review the diff, then regenerate with `npm run golden:update` (UPDATE_GOLDEN=1).
const EXPECTED = path.join(ROOT, 'fixtures', 'expected');
const update = process.env['UPDATE_GOLDEN'] === '1';

let docs: Document[] = [];
beforeAll(async () => {
  docs = await fixtureDocuments();
});

describe('golden outputs', () => {
  it('cover at least the seed and 12 articles written for the project', () => {
    expect(docs.length).toBeGreaterThanOrEqual(13);
  });

  it('match fixtures/expected byte for byte', () => {
    const namer = new OutputNamer();
    const mismatches: string[] = [];
    for (const doc of docs) {
      const file = path.join(EXPECTED, namer.nameFor(doc));
      const actual = serializeDocument(doc);
      if (update) {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, actual);
        continue;
      }
      if (!existsSync(file)) mismatches.push(`${doc.id}: no golden file ${path.relative(ROOT, file)}`);
      else if (readFileSync(file, 'utf8') !== actual) mismatches.push(`${doc.id}: differs from ${path.relative(ROOT, file)}`);
    }
    expect(mismatches, 'run `npm run golden:update` after checking the change is intended').toEqual([]);
  });
});
