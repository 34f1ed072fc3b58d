import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectSameOutput, ROOT, runCli } from '../helpers.js';

// Determinism under concurrency: the whole BBC corpus (2,225 articles) analysed on one thread and
// on four worker threads gives byte-identical output folders (the manifest differs only in its
// duration and its jobs option).
const CORPUS = process.env['CLAIMKIT_CORPUS'] ?? path.resolve(ROOT, '..', 'shared', 'corpora', 'bbc-news');
const base = mkdtempSync(path.join(tmpdir(), 'claimkit-slow-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the BBC corpus', () => {
  it('gives byte-identical output folders with --jobs 1 and --jobs 4', () => {
    expect(existsSync(CORPUS), `corpus not found at ${CORPUS} (set CLAIMKIT_CORPUS)`).toBe(true);
    const outs = ['1', '4'].map((jobs) => {
      const out = path.join(base, `jobs-${jobs}`);
      const r = runCli(['extract', CORPUS, '--out', out, '--format', 'json,jsonl,csv', '--jobs', jobs, '-q'], { timeoutMs: 600_000 });
      // The corpus holds one file that is not UTF-8: a diagnostic, not a failure.
      expect(r.code, r.stderr).toBe(0);
      return out;
    });
    const [one, four] = outs as [string, string];
    const manifest = JSON.parse(readFileSync(path.join(one, 'manifest.json'), 'utf8')) as { counts: { succeeded: number } };
    expect(manifest.counts.succeeded).toBeGreaterThan(2000);
    expectSameOutput(four, one);
  });
});
