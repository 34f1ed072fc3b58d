import { describe, expect, it } from 'vitest';
import { extractFiles, renderFiles } from '../src/batch/extract-files.js';
import { renderDocument, type RenderSpec } from '../src/formats/render.js';
import { extract } from '../src/index.js';
import { ARTICLES } from './helpers.js';

const ALL: RenderSpec = { formats: ['json', 'jsonl', 'csv', 'brat'], offsets: 'codepoint', target: 'folder' };

describe('rendering output texts', () => {
  it('renders in the worker threads exactly what this thread renders from the document', async () => {
    const expected = [];
    for await (const r of extractFiles([ARTICLES], { jobs: 1 })) expected.push(r.ok ? renderDocument(r.document, ALL) : r.failure);
    const pooled = [];
    for await (const r of renderFiles([ARTICLES], ALL, { jobs: 2 })) {
      expect(r.ok && r.reused).toBe(false);
      pooled.push(r.ok ? r.rendered : r.failure);
    }
    expect(pooled.length).toBeGreaterThan(10);
    expect(pooled).toEqual(expected);
  });

  it('renders only the formats asked, in the offset unit asked, one line per document for a stream', () => {
    const doc = extract('🚢 “Ferry fares will rise by 7% in June,” the harbour master said.', { referenceDate: '2026-03-02' });
    expect(doc.claims.length).toBe(1);
    const lines = renderDocument(doc, { formats: ['json', 'jsonl'], offsets: 'codepoint', target: 'stream' });
    expect(lines.csv).toBeNull();
    expect(lines.brat).toBeNull();
    expect(lines.json!.endsWith('}\n') && lines.json!.split('\n').length).toBe(2);
    const asCodePoints = JSON.parse(lines.json!) as typeof doc;
    expect(asCodePoints.offsetUnit).toBe('codepoint');
    // The ship is two UTF-16 units and one code point: every offset after it is one less.
    expect(asCodePoints.claims[0]!.content.start).toBe(doc.claims[0]!.content.start - 1);
    const record = JSON.parse(lines.jsonl!) as { contentStart: number };
    expect(record.contentStart).toBe(doc.claims[0]!.content.start - 1);

    const file = renderDocument(doc, { formats: ['json', 'csv'], offsets: 'utf16', target: 'folder' });
    expect(file.jsonl).toBeNull();
    expect(file.json).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(file.csv!.split('\n').length).toBe(2);
    expect(file).toMatchObject({ id: doc.id, source: doc.source, claims: 1 });
  });
});
