import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLES, parseCsv, readTree, ROOT, runCli } from './helpers.js';

// Golden outputs of whole CLI runs over the fixture articles (and fixtures/io), in every output format and in
// both offset units. They change only on purpose: review the diff, then `npm run golden:update`.
const EXPECTED = path.join(ROOT, 'fixtures', 'expected-cli');
/** Inputs for the readers that are not clean articles: a JSONL dump with a broken line. */
const IO_FIXTURES = path.join(ROOT, 'fixtures', 'io');
const update = process.env['UPDATE_GOLDEN'] === '1';
const base = mkdtempSync(path.join(tmpdir(), 'claimkit-golden-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A run's output tree, with the manifest's one varying value (the duration) zeroed. */
function stableTree(dir: string): Map<string, string> {
  const tree = readTree(dir);
  const manifest = tree.get('manifest.json');
  if (manifest) tree.set('manifest.json', manifest.replace(/"elapsedMs": \d+/, '"elapsedMs": 0'));
  return tree;
}

describe.each([
  ['utf16', ['--format', 'json,jsonl,csv,brat']],
  ['codepoint', ['--format', 'json,jsonl,csv', '--offsets', 'codepoint']],
])('CLI run golden outputs (%s offsets)', (name, flags) => {
  it('match fixtures/expected-cli byte for byte, the broken record listed as a failure', () => {
    const out = path.join(base, name);
    const r = runCli(['extract', ARTICLES, IO_FIXTURES, '--out', out, '-q', ...flags]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/dump-with-broken-line\.jsonl:2: line 2 is not valid JSON/);
    const actual = stableTree(out);
    const expectedDir = path.join(EXPECTED, name);
    if (update) {
      rmSync(expectedDir, { recursive: true, force: true });
      cpSync(out, expectedDir, { recursive: true });
      return;
    }
    const expected = readTree(expectedDir);
    expected.set('manifest.json', (expected.get('manifest.json') ?? '').replace(/"elapsedMs": \d+/, '"elapsedMs": 0'));
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [file, content] of actual) expect(content, `${file} differs; run npm run golden:update after checking`).toBe(expected.get(file));
    expect(readFileSync(path.join(out, 'claims.csv'), 'utf8').split('\r\n')[0]).toMatch(/^schemaVersion,docId,/);
  });
});

describe('round trips of a CLI run', () => {
  const run = path.join(EXPECTED, 'utf16');

  it('claims.csv parsed back has one row per claims.jsonl record, with the same values', () => {
    const rows = parseCsv(readFileSync(path.join(run, 'claims.csv'), 'utf8'));
    const records = readFileSync(path.join(run, 'claims.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const header = rows[0]!;
    expect(rows.length - 1).toBe(records.length);
    records.forEach((record, i) => {
      const row = rows[i + 1]!;
      header.forEach((column, j) => {
        const value = record[column];
        const field = row[j]!;
        if (value === null) expect(field).toBe('');
        else if (typeof value === 'string') expect(field).toBe(value);
        else expect(JSON.parse(field)).toEqual(value);
      });
    });
  });

  it('every brat .ann offset selects its text in the .txt (code points, line breaks as spaces)', () => {
    const tree = readTree(path.join(run, 'brat'));
    let checked = 0;
    for (const [file, ann] of tree) {
      if (!file.endsWith('.ann')) continue;
      const points = Array.from(tree.get(file.replace(/\.ann$/, '.txt'))!);
      for (const line of ann.split('\n')) {
        const m = /^T\d+\t\S+ ([\d ;]+)\t(.*)$/.exec(line);
        if (!m) continue;
        const pieces = m[1]!.split(';').map((p) => p.trim().split(' ').map(Number) as [number, number]);
        expect(pieces.map(([s, e]) => points.slice(s, e).join('')).join(' '), `${file}: ${line}`).toBe(m[2]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
