import { describe, expect, it } from 'vitest';
import * as claimkit from '../src/index.js';
import { extract, extractFiles, InputPathError } from '../src/index.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { DEFAULT_PIPELINE } from '../src/pipeline/stages.js';

describe('public API', () => {
  it('exports exactly the documented values', () => {
    expect(Object.keys(claimkit).sort()).toEqual([
      'ClaimRecordSchema', 'ClaimSchema', 'DiagnosticSchema', 'DocumentSchema', 'EntitySchema', 'InputPathError',
      'QuantitySchema', 'SCHEMA_VERSION', 'SpanSchema', 'TimeSchema', 'VERSION', 'extract', 'extractFiles',
      'jsonSchemaOf', 'toClaimRecords',
    ]);
  });

  it('rejects bad options with a message naming the option', () => {
    expect(() => extract('x', { referenceDate: '2025-02-30' })).toThrow(/referenceDate/);
    expect(() => extract('x', { referenceDate: '12/11/2025' })).toThrow(/YYYY-MM-DD/);
    // @ts-expect-error unknown option
    expect(() => extract('x', { referenceDat: '2025-11-12' })).toThrow(TypeError);
    // @ts-expect-error not a string
    expect(() => extract(42)).toThrow(/needs a string/);
  });

  it('records where the reference date came from', () => {
    expect(extract('x', { referenceDate: '2025-11-12' }).referenceDate).toEqual({ value: '2025-11-12', origin: 'option' });
    expect(extract('x', { publishedAt: '2025-11-10' }).referenceDate).toEqual({ value: '2025-11-10', origin: 'metadata' });
    expect(extract('x', { referenceDate: '2025-11-12', publishedAt: '2025-11-10' }).referenceDate.origin).toBe('option');
    expect(extract('x').referenceDate).toEqual({ value: null, origin: 'none' });
  });

  it('gives an empty text zero claims and a diagnostic', () => {
    const doc = extract('  \n ');
    expect(doc.claims).toEqual([]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('empty-text');
  });

  it('notes when the text had to be normalised, and analyses the normalised text', () => {
    const doc = extract('\uFEFF"Prices will rise," the minister said.\r\n');
    expect(doc.text.includes('\r')).toBe(false);
    expect(doc.diagnostics.map((d) => d.code)).toContain('text-normalized');
    expect(doc.claims[0]?.cue?.text).toBe('said');
  });

  it('lets callers add reporting verbs', () => {
    const text = 'The mayor grumbled that the budget was too small.';
    expect(extract(text).claims.some((c) => c.cue?.text === 'grumbled')).toBe(false);
    const doc = extract(text, { lexicon: { cues: [{ lemma: 'grumble', class: 'speech', content: 'clause', bare: true }] } });
    expect(doc.claims.find((c) => c.cue?.text === 'grumbled')?.content.text).toBe('the budget was too small');
  });

  it('throws InputPathError for a missing path before yielding anything', async () => {
    const run = async () => {
      for await (const _ of extractFiles(['/nonexistent/claimkit'])) void _;
    };
    await expect(run()).rejects.toBeInstanceOf(InputPathError);
  });
});

describe('pipeline', () => {
  it('runs the stages in their declared order', () => {
    expect(DEFAULT_PIPELINE.stages.map((s) => s.name)).toEqual(['segment', 'mentions', 'times', 'quantities', 'attribution', 'coreference', 'claims']);
  });

  it('refuses a stage placed before what it needs, and a stage listed twice', () => {
    const [segment, mentions] = DEFAULT_PIPELINE.stages;
    expect(() => createPipeline([mentions!, segment!])).toThrow(/"mentions" needs "segment"/);
    expect(() => createPipeline([segment!, segment!])).toThrow(/appears twice/);
  });
});
