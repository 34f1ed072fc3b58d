import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLES, BIN, readTree, ROOT, runCli } from './helpers.js';

const base = mkdtempSync(path.join(tmpdir(), 'claimkit-batch-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A folder of `n` distinct articles built from the fixture texts (numbers and names varied). */
function corpus(name: string, n: number): string {
  const dir = path.join(base, name);
  mkdirSync(dir, { recursive: true });
  const texts = readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(path.join(ARTICLES, f), 'utf8'));
  for (let i = 0; i < n; i++) {
    const text = texts[i % texts.length]!.replace(/\d+/g, (d) => String(Number(d) + i));
    writeFileSync(path.join(dir, `a${String(i).padStart(4, '0')}.md`), text);
  }
  return dir;
}

/** A run's output tree with the manifest's duration and jobs zeroed. */
function stable(dir: string): Map<string, string> {
  const tree = readTree(dir);
  const m = tree.get('manifest.json');
  if (m) tree.set('manifest.json', m.replace(/"elapsedMs": \d+/, '"elapsedMs": 0').replace(/"jobs": \d+/, '"jobs": 0'));
  return tree;
}

describe('batch runs', () => {
  it('resume after SIGKILL ends with the same output folder, byte for byte, as an unbroken run', async () => {
    const input = corpus('resume', 160);
    const unbroken = path.join(base, 'unbroken');
    expect(runCli(['extract', input, '--out', unbroken, '--format', 'json,jsonl,csv', '-q', '--jobs', '2']).code).toBe(0);

    const killed = path.join(base, 'killed');
    const child = spawn(process.execPath, [BIN, 'extract', input, '--out', killed, '--format', 'json,jsonl,csv', '-q', '--jobs', '2'], { cwd: ROOT, stdio: 'ignore' });
    // Kill it for real once part of the articles are written.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        const written = existsSync(killed) ? readdirSync(killed).filter((f) => f.endsWith('.json') && f !== 'manifest.json').length : 0;
        if (written >= 20) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      child.on('exit', () => {
        clearInterval(timer);
        reject(new Error('the run ended before it could be killed; make the corpus larger'));
      });
    });
    await new Promise((resolve) => child.on('exit', resolve));
    expect(existsSync(path.join(killed, 'manifest.json'))).toBe(false);

    const resumed = runCli(['extract', input, '--out', killed, '--format', 'json,jsonl,csv', '--resume', '-q', '--jobs', '2']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const expected = stable(unbroken);
    const actual = stable(killed);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [file, content] of expected) expect(actual.get(file), file).toBe(content);
  }, 120_000);

  it('fails a pathological article on its time limit alone; the others complete', () => {
    const dir = path.join(base, 'slow');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a-small.txt'), '"We will reopen the bridge in May," Mayor Jane Okafor said on Tuesday.');
    const sentence = 'Officials said that more than 2,000 people, according to police, had left on Friday, and critics argued that "the figures" were wrong. ';
    writeFileSync(path.join(dir, 'b-huge.txt'), sentence.repeat(4000));
    writeFileSync(path.join(dir, 'c-small.txt'), 'About 300 people came, the council said.');
    for (const jobs of ['2', '1']) {
      const out = path.join(base, `slow-out-${jobs}`);
      const r = runCli(['extract', dir, '--out', out, '--time-limit', '0.2', '--jobs', jobs, '-q']);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/b-huge\.txt: the article took longer than the time limit/);
      const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { failures: { code: string }[]; documents: { id: string }[] };
      expect(manifest.failures.map((f) => f.code)).toEqual(['timeout']);
      expect(manifest.documents.map((d) => d.id)).toEqual(['a-small', 'c-small']);
    }
  }, 60_000);

  it('fails an article over the size limit alone', () => {
    const dir = path.join(base, 'large');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'big.txt'), 'x '.repeat(2000));
    writeFileSync(path.join(dir, 'small.txt'), 'About 300 people came, the council said.');
    const r = runCli(['extract', dir, '--out', path.join(base, 'large-out'), '--max-bytes', '1000', '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/big\.txt: the file is 4000 bytes, over the limit of 1000/);
  });

  it('refuses --resume without an output folder of per-article JSON', () => {
    expect(runCli(['extract', ARTICLES, '--resume']).code).toBe(2);
    expect(runCli(['extract', ARTICLES, '--out', path.join(base, 'x'), '--format', 'jsonl', '--resume']).code).toBe(2);
  });
});
