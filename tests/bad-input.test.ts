import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFiles } from '../src/index.js';
import { BIN, ROOT, runCli } from './helpers.js';

// The bad-input suite: every input of fixtures/bad/expected.json (committed files, and inputs
// generated here that git cannot hold) gives its expected document or failure record, the rest
// of the batch completes, and the exit code says that something failed.

interface Expected {
  readonly outcome: 'document' | 'failure';
  readonly code?: string;
  readonly diagnostics?: readonly string[];
  readonly claims?: number;
}
const BAD = path.join(ROOT, 'fixtures', 'bad');
const EXPECTED = JSON.parse(readFileSync(path.join(BAD, 'expected.json'), 'utf8')) as { committed: Record<string, Expected>; generated: Record<string, Expected> };

const base = mkdtempSync(path.join(tmpdir(), 'claimkit-bad-'));
afterAll(() => {
  spawnSync('chmod', ['-R', 'u+rwx', base]);
  rmSync(base, { recursive: true, force: true });
});

// Permissions mean nothing to root: when the tests run as root, runs that need them go as "nobody".
const ROOT_USER = process.getuid?.() === 0;
const NOBODY = 65534;

/** Run the CLI as an unprivileged user (as is when the tests do not run as root). */
function runCliUnprivileged(args: string[]): { code: number; stdout: string; stderr: string } {
  if (!ROOT_USER) return runCli(args);
  const r = spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A folder the unprivileged user owns (for output). */
function ownedFolder(dir: string): string {
  mkdirSync(dir, { recursive: true });
  if (ROOT_USER) chownSync(dir, NOBODY, NOBODY);
  return dir;
}

const STORY = 'The mayor said on Monday that 40 new homes would be built by March.\n';

/** The input folder: the committed bad inputs, the generated ones, and two good articles. */
function buildInputs(): string {
  const input = path.join(base, 'input');
  mkdirSync(input, { recursive: true });
  for (const key of Object.keys(EXPECTED.committed)) {
    const file = key.replace(/:\d+$/, '');
    copyFileSync(path.join(BAD, file), path.join(input, file));
  }
  writeFileSync(path.join(input, 'good-1.txt'), STORY);
  writeFileSync(path.join(input, 'good-2.txt'), 'Officials said the bridge would reopen on Friday.\n');

  const gen = path.join(input, 'generated');
  mkdirSync(gen);
  // 50 MB: refused by its size before it is read.
  writeFileSync(path.join(gen, 'huge-50mb.txt'), Buffer.alloc(50 * 1024 * 1024, 'word '));
  // One line of 1,000,000 characters, no punctuation.
  const words = ['the', 'minister', 'said', 'officials', 'price', 'rose', 'Smith', 'would', '15', 'percent', 'she', 'told', 'that', 'million', 'May'];
  let line = '';
  for (let i = 0; line.length < 1_000_000; i++) line += `${words[(i * 7) % words.length]} `;
  writeFileSync(path.join(gen, 'line-1m-chars.txt'), line.slice(0, 1_000_000));
  // JSON nested 100,000 levels deep.
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  writeFileSync(path.join(gen, 'deep.json'), `[{"text": ${JSON.stringify(STORY)}}, ${deep}]`);
  writeFileSync(path.join(gen, 'deep-field.json'), `{"text": ${JSON.stringify(STORY)}, "meta": ${deep}}`);
  // Links: a folder that links back to its parent, two links to each other, a dangling link.
  const links = path.join(gen, 'links');
  mkdirSync(links);
  writeFileSync(path.join(links, 'story.txt'), STORY);
  symlinkSync('..', path.join(links, 'parent'));
  symlinkSync('loop-b.txt', path.join(links, 'loop-a.txt'));
  symlinkSync('loop-a.txt', path.join(links, 'loop-b.txt'));
  symlinkSync('nowhere.txt', path.join(links, 'dangling.txt'));
  // Unreadable file and folder.
  writeFileSync(path.join(gen, 'locked.txt'), STORY);
  chmodSync(path.join(gen, 'locked.txt'), 0o000);
  mkdirSync(path.join(gen, 'locked-folder'));
  writeFileSync(path.join(gen, 'locked-folder', 'inside.txt'), STORY);
  chmodSync(path.join(gen, 'locked-folder'), 0o000);
  return input;
}

interface ManifestLike {
  complete: boolean;
  counts: { articles: number; succeeded: number; failed: number };
  failures: { path: string; record: number | null; code: string; message: string }[];
  documents: { input: string; record: number | null; output: string; claims: number }[];
}

describe('bad inputs', () => {
  let input = '';
  beforeAll(() => {
    chmodSync(base, 0o755);
    input = buildInputs();
  });

  it('each gives its expected document or failure record; the rest completes; exit 1', () => {
    const out = ownedFolder(path.join(base, 'out'));
    const r = runCliUnprivileged(['extract', input, '--out', out, '--jobs', '2', '-q']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(/fatal|at .*\.js:\d+/);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as ManifestLike;
    expect(manifest.complete).toBe(true);

    const key = (p: string, record: number | null): string => (record === null ? p : `${p}:${record}`);
    const seen = new Map<string, { outcome: string; code?: string; diagnostics?: string[]; claims?: number; message?: string }>();
    for (const f of manifest.failures) seen.set(key(f.path, f.record), { outcome: 'failure', code: f.code, message: f.message });
    for (const d of manifest.documents) {
      const doc = JSON.parse(readFileSync(path.join(out, d.output), 'utf8')) as { diagnostics: { code: string }[] };
      seen.set(key(d.input, d.record), { outcome: 'document', diagnostics: doc.diagnostics.map((x) => x.code), claims: d.claims });
    }
    const expected = { ...EXPECTED.committed, ...EXPECTED.generated, 'good-1.txt': { outcome: 'document', claims: 1 }, 'good-2.txt': { outcome: 'document', claims: 1 } } as Record<string, Expected>;
    for (const [name, want] of Object.entries(expected)) {
      const got = seen.get(name);
      expect(got, `${name}: no outcome`).toBeDefined();
      expect(got!.outcome, `${name}: ${JSON.stringify(got)}`).toBe(want.outcome);
      if (want.code) expect(got!.code, name).toBe(want.code);
      if (want.outcome === 'failure') expect(got!.message, name).toMatch(/\w{3,}/);
      for (const d of want.diagnostics ?? []) expect(got!.diagnostics, name).toContain(d);
      if (want.claims !== undefined) expect(got!.claims, name).toBe(want.claims);
    }
    // Nothing else: the folder linked back to its parent is walked once, not twice.
    expect([...seen.keys()].sort()).toEqual(Object.keys(expected).sort());
    expect(manifest.counts.articles).toBe(Object.keys(expected).length);
  }, 120_000);

  it('a read-only output folder, or one under a file, stops the run before any work with exit 2', () => {
    const readOnly = path.join(base, 'read-only-out');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    const r = runCliUnprivileged(['extract', path.join(input, 'good-1.txt'), '--out', readOnly]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot write to the output folder "${readOnly}"`);
    expect(r.stderr).not.toContain('fatal');

    const file = path.join(base, 'a-file');
    writeFileSync(file, 'x');
    const under = runCli(['extract', path.join(input, 'good-1.txt'), '--out', path.join(file, 'out')]);
    expect(under.code).toBe(2);
    expect(under.stderr).toMatch(/cannot write to the output folder .*ENOTDIR/);
  });

  it('an article whose output cannot be written fails alone, and its claims stay out of claims.jsonl', () => {
    const input2 = path.join(base, 'input-write');
    mkdirSync(input2);
    writeFileSync(path.join(input2, 'a.txt'), STORY);
    writeFileSync(path.join(input2, 'b.txt'), 'Officials said the bridge would reopen on Friday.\n');
    const out = path.join(base, 'out-write');
    mkdirSync(path.join(out, 'a.json'), { recursive: true }); // a folder where a.json must go
    const r = runCli(['extract', input2, '--out', out, '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.txt: cannot write a\.json/);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as ManifestLike;
    expect(manifest.failures.map((f) => [f.path, f.code])).toEqual([['a.txt', 'write-failed']]);
    expect(manifest.documents.map((d) => d.input)).toEqual(['b.txt']);
    const records = readFileSync(path.join(out, 'claims.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { docId: string });
    expect(records.map((x) => x.docId)).toEqual(['b']);
  });

  it('a symbolic link planted in the output folder cannot carry output outside it', () => {
    const input3 = path.join(base, 'input-contained');
    mkdirSync(path.join(input3, 'sub'), { recursive: true });
    writeFileSync(path.join(input3, 'sub', 'a.txt'), STORY);
    writeFileSync(path.join(input3, 'top.txt'), STORY);
    const outside = path.join(base, 'outside');
    mkdirSync(outside);
    const out = path.join(base, 'out-contained');
    mkdirSync(out);
    symlinkSync(outside, path.join(out, 'sub'));
    const r = runCli(['extract', input3, '--out', out, '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/sub\/a\.txt: cannot write sub\/a\.json: sub leads outside the output folder/);
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(path.join(out, 'top.json'))).toBe(true);
  });

  it('a file deleted while the batch runs fails as missing; the others complete', async () => {
    const dir = path.join(base, 'input-deleted');
    mkdirSync(dir);
    for (let i = 0; i < 20; i++) writeFileSync(path.join(dir, `a${String(i).padStart(2, '0')}.txt`), STORY);
    const results = [];
    for await (const r of extractFiles([dir], { jobs: 1 })) {
      // After the first result the walk has listed the folder, and the last file is not read yet.
      if (results.length === 0) unlinkSync(path.join(dir, 'a19.txt'));
      results.push(r);
    }
    expect(results).toHaveLength(20);
    expect(results.slice(0, 19).every((r) => r.ok)).toBe(true);
    expect(results[19]).toMatchObject({ ok: false, failure: { path: 'a19.txt', code: 'missing', message: 'the file disappeared before it could be read' } });
    expect(existsSync(path.join(dir, 'a19.txt'))).toBe(false);
  });
});
