import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datelineDate } from '../../src/io/dateline.js';
import { decode, firstInvalidUtf8 } from '../../src/io/decode.js';
import { metadataDate } from '../../src/io/dates.js';
import { markdownToText, readMarkdown } from '../../src/io/readers/markdown.js';
import { readJson, readJsonLines } from '../../src/io/readers/records.js';
import { OutputNamer, safeSegment } from '../../src/io/output-paths.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const file = (relative: string, format: 'md' | 'json' | 'jsonl') => ({ absolute: `/x/${relative}`, relative, format });

describe('decode', () => {
  it('reads UTF-8 with and without BOM, and UTF-16 with BOM', () => {
    expect(decode(bytes('é “x”'))).toMatchObject({ ok: true, text: 'é “x”', invalidAt: null });
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toMatchObject({ ok: true, text: 'A' });
    expect(decode(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toMatchObject({ ok: true, text: 'Aé', encoding: 'utf-16le' });
    expect(decode(Uint8Array.from([0xfe, 0xff, 0x00, 0x41]))).toMatchObject({ ok: true, text: 'A', encoding: 'utf-16be' });
  });

  it('replaces invalid UTF-8 and reports the byte offset of the first bad byte', () => {
    const d = decode(Uint8Array.from([0x41, 0x42, 0xa3, 0x35]));
    expect(d).toMatchObject({ ok: true, text: 'AB\uFFFD5', invalidAt: 2 });
    expect(firstInvalidUtf8(Uint8Array.from([0xe2, 0x82]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(bytes('😀 ok'))).toBeNull();
  });

  it('refuses binary data', () => {
    expect(decode(Uint8Array.from([0x89, 0x50, 0x00, 0x01]))).toMatchObject({ ok: false, code: 'binary' });
    // NULs here and there, not on one side of every pair: binary, not UTF-16.
    expect(decode(Uint8Array.from([0x41, 0x00, 0x00, 0x42, 0x41, 0x00, 0x43, 0x44, 0x00, 0x00]))).toMatchObject({ ok: false, code: 'binary' });
  });

  it('reads UTF-16 without a byte-order mark by where its NULs are', () => {
    const le = Buffer.from('Officials said 5 people “died”.', 'utf16le');
    expect(decode(le)).toMatchObject({ ok: true, text: 'Officials said 5 people “died”.', encoding: 'utf-16le', bom: false });
    const be = Buffer.from(le).swap16();
    expect(decode(be)).toMatchObject({ ok: true, text: 'Officials said 5 people “died”.', encoding: 'utf-16be', bom: false });
  });
});

describe('readers', () => {
  it('never throw on hostile records: a record nested 100,000 levels deep fails alone', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const results = readJson(file('d.json', 'json'), bytes(`[{"text":"He said it."}, ${deep}]`));
    expect(results.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['ok', 'json-too-deep']);
    // A single record with a deep field elsewhere is read: only its text matters.
    const [one] = readJson(file('e.json', 'json'), bytes(`{"text":"He said it.","meta":${deep}}`));
    expect(one).toMatchObject({ ok: true, article: { text: 'He said it.' } });
  });

  it('reads Markdown front matter and strips the markup', () => {
    const [r] = readMarkdown(file('a/b.md', 'md'), bytes('---\ntitle: "A: B"\ndate: 2025-11-12\nurl: https://x.test/a\n---\n# Head\n\nSome **bold** and [a link](https://x.test).\n'));
    expect(r).toMatchObject({ ok: true, article: { id: 'a/b', title: 'A: B', url: 'https://x.test/a', publishedAt: '2025-11-12', text: 'Head\n\nSome bold and a link.\n' } });
    expect(markdownToText('> quoted *word*\n- item')).toBe('quoted word\nitem');
  });

  it('notes an unreadable date instead of guessing', () => {
    const [r] = readMarkdown(file('c.md', 'md'), bytes('---\ndate: last tuesday-ish\n---\nText.'));
    expect(r!.ok && r.article.publishedAt).toBe(null);
    expect(r!.ok && r.article.notes?.map((n) => n.code)).toEqual(['date-unreadable']);
  });

  it('reads JSON records with text, body or content and optional metadata', () => {
    const rs = readJson(file('d.json', 'json'), bytes(JSON.stringify([{ id: 7, body: 'B', publishedAt: '2024-01-02T23:00:00-05:00' }, { content: 'C' }, { title: 'no text' }])));
    expect(rs.map((r) => (r.ok ? [r.article.id, r.article.text, r.article.publishedAt] : [r.code, r.record]))).toEqual([
      ['7', 'B', '2024-01-02'],
      ['d#2', 'C', null],
      ['record-without-text', 3],
    ]);
  });

  it('turns a malformed JSONL line into a failure with its line number and reads the others', () => {
    const rs = readJsonLines(file('e.jsonl', 'jsonl'), bytes('{"text":"one"}\n\n{oops\n{"text":"three"}\n'));
    expect(rs.map((r) => (r.ok ? r.article.source.record : `${r.code}@${r.record}`))).toEqual([1, 'json-invalid@3', 4]);
  });

  it('reads metadata dates as written', () => {
    expect(metadataDate('2025-11-12')).toBe('2025-11-12');
    expect(metadataDate('2025-11-12T23:30:00-05:00')).toBe('2025-11-12');
    expect(metadataDate('2025-02-30')).toBeNull();
    expect(metadataDate(42)).toBeNull();
  });
});

describe('output paths', () => {
  it('sanitises segments so nothing escapes the output folder', () => {
    expect(safeSegment('../../etc/passwd')).toBe('__.._etc_passwd');
    expect(safeSegment('')).toBe('_');
    expect(safeSegment('CON')).toBe('_CON');
    expect(safeSegment('nul.txt')).toBe('_nul.txt');
    expect(safeSegment('console')).toBe('console');
    expect(safeSegment('a\u202eb\u200bc')).toBe('a_b_c');
  });

  it('keeps every segment within 180 bytes of UTF-8, cut between code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (id) => {
        const s = safeSegment(id);
        expect(Buffer.byteLength(s, 'utf8')).toBeLessThanOrEqual(180);
        expect(s).toMatch(/^[\p{L}\p{N}_-][\p{L}\p{N}._-]*$/u);
      }),
      { numRuns: 500, seed: 3 },
    );
    expect(safeSegment('漢'.repeat(200))).toBe('漢'.repeat(60));
    expect(safeSegment('a b?c')).toBe('a_b_c');
  });

  it('names documents after their input and resolves collisions in arrival order', () => {
    const namer = new OutputNamer();
    const doc = (path: string | null, id: string, record: number | null = null) => ({ id, source: { path, format: 'txt' as const, sha256: null, record } });
    expect(namer.nameFor(doc('politics/001.txt', 'politics/001'))).toBe('politics/001.json');
    expect(namer.nameFor(doc('politics/001.md', 'politics/001'))).toBe('politics/001-2.json');
    expect(namer.nameFor(doc('wire.jsonl', 'a/b', 3))).toBe('wire/a_b.json');
    expect(namer.nameFor(doc(null, 'manifest'))).toBe('manifest-2.json');
  });
});

describe('dateline', () => {
  it.each([
    ['LONDON, Nov. 9, 2025 (Reuters) - The central bank kept rates on hold on Thursday, citing weak growth in the second half of the year and a slowing jobs market.', '2025-11-09'],
    ['Published 9 November 2025\n\nThe council said on Monday...', '2025-11-09'],
    ['March 01, 2008\nA storm hit the coast.', '2008-03-01'],
    ['2025-11-09\nText.', '2025-11-09'],
    ['LONDON, Nov 9 (Reuters) - No year here, so no reference date can be known.', null],
    ['The minister said on Friday that costs rose.', null],
  ])('reads %j', (text, expected) => {
    expect(datelineDate(text)).toBe(expected);
  });
});
