import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimRecordSchema, DocumentSchema } from '../src/index.js';
import { parseCsv, readTree, runCli } from './helpers.js';

const base = mkdtempSync(path.join(tmpdir(), 'claimkit-cli-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const article = '"We will reopen the bridge in May," Mayor Jane Okafor said on Tuesday.\n\nAbout 18,000 cars use it every day.\n';

/** A folder of inputs: good ones, and the bad kinds the batch must survive. */
function makeInputs(name: string, bad: boolean): string {
  const dir = path.join(base, name);
  mkdirSync(path.join(dir, 'nested'), { recursive: true });
  writeFileSync(path.join(dir, 'a-good.txt'), article);
  writeFileSync(path.join(dir, 'nested', 'b-front.md'), `---\ntitle: Bridge\ndate: 2024-03-14\n---\n${article}`);
  writeFileSync(path.join(dir, 'c-records.jsonl'), `${JSON.stringify({ id: 'r1', text: article, date: '2024-03-14' })}\n${JSON.stringify({ id: 'r2', body: article })}\n`);
  writeFileSync(path.join(dir, 'ignored.csv'), 'not,an,article\n');
  if (bad) {
    writeFileSync(path.join(dir, 'd-empty.txt'), '');
    writeFileSync(path.join(dir, 'e-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    writeFileSync(path.join(dir, 'f-broken.jsonl'), `${JSON.stringify({ id: 'ok', text: article })}\n{"id": "bad", "text": \n`);
    // Unreadable: a file without read permission, or (as root, who may read anything) a dangling link.
    if (process.getuid?.() === 0) symlinkSync(path.join(dir, 'no-such-target.txt'), path.join(dir, 'g-unreadable.txt'));
    else {
      writeFileSync(path.join(dir, 'g-unreadable.txt'), article);
      chmodSync(path.join(dir, 'g-unreadable.txt'), 0o000);
    }
  }
  return dir;
}

describe('claimkit extract --out', () => {
  it('writes one JSON per article, claims.jsonl and manifest.json, and exits 0 when all succeed', () => {
    const input = makeInputs('clean', false);
    const out = path.join(base, 'out-clean');
    const r = runCli(['extract', input, '--out', out, '--reference-date', '2024-03-14']);
    expect(r.stderr).toMatch(/4 article\(s\)/);
    expect(r.code).toBe(0);
    for (const file of ['a-good.json', 'nested/b-front.json', 'c-records/r1.json', 'c-records/r2.json']) {
      const doc = JSON.parse(readFileSync(path.join(out, file), 'utf8'));
      expect(DocumentSchema.safeParse(doc).success, file).toBe(true);
      expect(doc.referenceDate).toEqual({ value: '2024-03-14', origin: 'option' });
    }
    expect(existsSync(path.join(out, 'ignored.json'))).toBe(false);
    const lines = readFileSync(path.join(out, 'claims.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) expect(ClaimRecordSchema.safeParse(JSON.parse(line)).success).toBe(true);
    // Records follow the walk: names sorted, depth first; claims in text order within each.
    const docOrder = lines.map((l) => JSON.parse(l).docId as string).filter((id, i, all) => id !== all[i - 1]);
    expect(docOrder).toEqual(['a-good', 'r1', 'r2', 'nested/b-front']);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.counts).toEqual({ articles: 4, succeeded: 4, failed: 0, claims: lines.length });
    expect(manifest.documents.map((d: { output: string }) => d.output)).toEqual(['a-good.json', 'c-records/r1.json', 'c-records/r2.json', 'nested/b-front.json']);
  });

  it('takes the reference date from metadata when no option is given', () => {
    const input = makeInputs('metadata', false);
    const out = path.join(base, 'out-metadata');
    expect(runCli(['extract', input, '--out', out, '--quiet']).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'nested/b-front.json'), 'utf8')).referenceDate).toEqual({ value: '2024-03-14', origin: 'metadata' });
    expect(JSON.parse(readFileSync(path.join(out, 'c-records/r1.json'), 'utf8')).referenceDate).toEqual({ value: '2024-03-14', origin: 'metadata' });
    const undated = JSON.parse(readFileSync(path.join(out, 'a-good.json'), 'utf8'));
    expect(undated.referenceDate).toEqual({ value: null, origin: 'none' });
    expect(undated.times.map((t: { value: string }) => t.value)).toContain('XXXX-05');
  });

  it('records each bad input as a failure, completes the rest, and exits 1', () => {
    const input = makeInputs('bad', true);
    const out = path.join(base, 'out-bad');
    const r = runCli(['extract', input, '--out', out]);
    expect(r.code).toBe(1);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    const failures = manifest.failures.map((f: { path: string; record: number | null; code: string }) => [f.path, f.record, f.code]);
    expect(failures).toEqual([
      ['e-binary.txt', null, 'binary'],
      ['f-broken.jsonl', 2, 'json-invalid'],
      ['g-unreadable.txt', null, process.getuid?.() === 0 ? 'missing' : 'unreadable'],
    ]);
    expect(r.stderr).toMatch(/e-binary\.txt: binary file/);
    expect(r.stderr).toMatch(/f-broken\.jsonl:2: line 2 is not valid JSON/);
    expect(manifest.counts.succeeded).toBe(6);
    const empty = JSON.parse(readFileSync(path.join(out, 'd-empty.json'), 'utf8'));
    expect(empty.claims).toEqual([]);
    expect(empty.diagnostics.map((d: { code: string }) => d.code)).toEqual(['empty-text']);
    expect(existsSync(path.join(out, 'f-broken/ok.json'))).toBe(true);
  });

  it('keeps outputs inside --out whatever the record ids say', () => {
    const dir = path.join(base, 'hostile');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'x.jsonl'), `${JSON.stringify({ id: '../../escape', text: article })}\n${JSON.stringify({ id: '../../escape', text: article })}\n`);
    const out = path.join(base, 'out-hostile');
    expect(runCli(['extract', dir, '--out', out, '-q']).code).toBe(0);
    expect(existsSync(path.join(base, 'escape.json'))).toBe(false);
    expect([...readTree(out).keys()].sort()).toEqual(['claims.jsonl', 'manifest.json', 'x/__.._escape-2.json', 'x/__.._escape.json']);
  });
});

describe('claimkit extract to stdout', () => {
  it('prints claim records as JSON Lines and only messages on stderr', () => {
    const input = makeInputs('stdout', false);
    const r = runCli(['extract', path.join(input, 'a-good.txt'), '--reference-date', '2024-03-14']);
    expect(r.code).toBe(0);
    const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records[0]).toMatchObject({ docId: 'a-good', kind: 'direct', sourceName: 'Jane Okafor', cueLemma: 'say' });
    expect(r.stderr).not.toContain('{');
  });

  it('reads one article from stdin with "-"', () => {
    const r = runCli(['extract', '-', '--format', 'json', '--quiet'], { input: article });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.id).toBe('stdin');
    expect(doc.claims.length).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
  });
});

describe('claimkit usage errors exit 2', () => {
  it.each([
    [['extract', '/no/such/path'], /cannot read "\/no\/such\/path": no such file or folder/],
    [['extract'], /nothing to read/],
    [['extract', '.', '--reference-date', '2025-13-01'], /--reference-date: not a calendar date/],
    [['extract', '.', '--format', 'xml'], /--format/],
    [['extract', '.', '--jobs', '0'], /--jobs/],
    [['extract', '.', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('for a folder with nothing to read', () => {
    const dir = path.join(base, 'empty-folder');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'notes.csv'), 'a,b\n');
    const r = runCli(['extract', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing to read/);
  });

  it('prints help and the version', () => {
    expect(runCli(['--help']).stdout).toMatch(/Usage:/);
    expect(runCli(['extract', '--help']).stdout).toMatch(/--reference-date/);
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('claimkit eval', () => {
  it('scores a small gold file and prints JSON with the documented keys', () => {
    const gold = path.join(base, 'gold-quantities.jsonl');
    writeFileSync(
      gold,
      `${JSON.stringify({ id: 's1', text: 'More than 2,000 people marched, up from about 900.', quantities: [
        { value: 2000, valueRange: null, unit: 'people', normalizedUnit: 'person', change: '>' },
        { value: 900, valueRange: null, unit: '', normalizedUnit: '', change: '~' },
      ] })}\n`,
    );
    const r = runCli(['eval', 'quantities', '--gold', gold, '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['value', 'valueUnit', 'valueChange', 'sentences']));
    expect(result.value).toEqual({ p: 1, r: 1, f1: 1 });
    expect(result.sentences).toBe(1);
  });

  it('names the file and line of a gold record of the wrong shape, without a stack trace', () => {
    const gold = path.join(base, 'gold-wrong.jsonl');
    writeFileSync(gold, `${JSON.stringify({ docId: 'd1', text: 'x', timex: [] })}\n${JSON.stringify({ docId: 'd2', text: 'y' })}\n`);
    const r = runCli(['eval', 'times', '--gold', gold]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/gold-wrong\.jsonl:2: not a TimeML record/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const attribution = runCli(['eval', 'attribution', '--gold', gold]);
    expect(attribution.stderr).toMatch(/gold-wrong\.jsonl:1: not a PolNeAR record/);
  });

  it('refuses an unknown task or system', () => {
    expect(runCli(['eval', 'sentiment', '--gold', 'x']).code).toBe(2);
    const r = runCli(['eval', 'times', '--gold', path.join(base, 'gold-quantities.jsonl'), '--system', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown time system "nope"/);
  });
});

describe('claimkit bench', () => {
  it('times claimkit and bare wink-nlp over a corpus and prints the documented JSON keys', () => {
    const corpus = path.join(base, 'bench');
    mkdirSync(path.join(corpus, 'a'), { recursive: true });
    writeFileSync(path.join(corpus, 'a', '1.txt'), article);
    writeFileSync(path.join(corpus, 'a', '2.txt'), article); // a duplicate: left out
    writeFileSync(path.join(corpus, '3.txt'), `${article}\nShares rose 5% on Friday, the company said.\n`);
    const r = runCli(['bench', '--corpus', corpus, '--json', '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 articles \(1 duplicates/);
    const result = JSON.parse(r.stdout) as Record<string, unknown>;
    for (const key of ['articles', 'words', 'jobs', 'articlesPerSec', 'wordsPerSec', 'baselineWordsPerSec', 'ratio', 'p50Ms', 'p99Ms', 'peakRssMb', 'scaling']) {
      expect(result).toHaveProperty(key);
    }
    expect(result.articles).toBe(2);
    expect(result.words).toBeGreaterThan(30);
    // The pool run happens in a child process, which reports its own throughput and peak RSS.
    const parallel = result.parallel as { articlesPerSec: number; peakRssMb: number };
    expect(parallel.articlesPerSec).toBeGreaterThan(0);
    expect(parallel.peakRssMb).toBeGreaterThan(20);
    expect(result.scaling).toBeGreaterThan(0);
    // The first pass, while the JIT compiles, is reported apart from the timed second pass.
    const cold = result.cold as { articlesPerSec: number; ratio: number };
    expect(cold.articlesPerSec).toBeGreaterThan(0);
    expect(cold.ratio).toBeGreaterThan(0);
    expect(Object.keys(result.stages as object)).toEqual(['segment', 'mentions', 'times', 'quantities', 'attribution', 'coreference', 'claims', 'output']);
  });

  it('exits 2 for a missing corpus', () => {
    expect(runCli(['bench', '--corpus', path.join(base, 'no-such-corpus')]).code).toBe(2);
  });
});

describe('claimkit extract input and output options', () => {
  it('reads records of another shape with --text-field, --id-field and --date-field', () => {
    const file = path.join(base, 'custom.jsonl');
    writeFileSync(file, `${JSON.stringify({ uid: 'a1', story: article, pubdate: '2024-03-14' })}\n`);
    const r = runCli(['extract', file, '--format', 'json', '--text-field', 'story', '--id-field', 'uid', '--date-field', 'pubdate']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { id: string; referenceDate: { value: string; origin: string }; claims: unknown[] };
    expect(doc.id).toBe('a1');
    expect(doc.referenceDate).toEqual({ value: '2024-03-14', origin: 'metadata' });
    expect(doc.claims.length).toBeGreaterThan(0);
  });

  it('reads HTML from stdin with --stdin-format html and writes CSV to stdout', () => {
    const html = `<html><head><title>Bridge</title><meta property="article:published_time" content="2024-03-14T10:00:00Z"></head><body><article><h1>Bridge</h1><p>${article.replace(/\n+/g, '</p><p>')}</p></article></body></html>`;
    const r = runCli(['extract', '-', '--stdin-format', 'html', '--format', 'csv'], { input: html });
    expect(r.code, r.stderr).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]![0]).toBe('schemaVersion');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[1]!.join(',')).toContain('2024-03-14');
  });

  it('writes offsets in code points with --offsets codepoint', () => {
    const r = runCli(['extract', '-', '--format', 'json', '--offsets', 'codepoint'], { input: `😀😀 ${article}` });
    const doc = JSON.parse(r.stdout) as { text: string; offsetUnit: string; claims: { cue: { start: number; end: number; text: string } }[] };
    expect(doc.offsetUnit).toBe('codepoint');
    const cue = doc.claims[0]!.cue;
    expect(Array.from(doc.text).slice(cue.start, cue.end).join('')).toBe(cue.text);
    expect(doc.text.slice(cue.start, cue.end)).not.toBe(cue.text);
  });

  it('refuses brat without --out and an unknown offset unit', () => {
    expect(runCli(['extract', '-', '--format', 'brat'], { input: article }).code).toBe(2);
    expect(runCli(['extract', '-', '--offsets', 'bytes'], { input: article }).code).toBe(2);
  });
});
