import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLES, BIN, expectSameOutput, ROOT, runCli } from './helpers.js';

const base = mkdtempSync(path.join(tmpdir(), 'claimkit-batch-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/**
 * A folder of `n` distinct articles built from the fixture texts (numbers and names varied),
 * each text repeated `repeat` times: longer articles leave a run time to be interrupted even when
 * the machine is loaded and the test's polling is late.
 */
function corpus(name: string, n: number, repeat = 1): string {
  const dir = path.join(base, name);
  mkdirSync(dir, { recursive: true });
  const texts = readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(path.join(ARTICLES, f), 'utf8'));
  for (let i = 0; i < n; i++) {
    const text = texts[i % texts.length]!.replace(/\d+/g, (d) => String(Number(d) + i)).repeat(repeat);
    writeFileSync(path.join(dir, `a${String(i).padStart(4, '0')}.md`), text);
  }
  return dir;
}

/**
 * Start the CLI and send it `signal` once 20 per-article files are written in `out`; resolves
 * with the exit code (or the signal that ended it).
 */
async function interruptOnceWritten(args: string[], out: string, signal: NodeJS.Signals): Promise<number | NodeJS.Signals> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.on('exit', (code, sig) => resolve(code ?? sig!)));
  let sent = false;
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      const written = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.json') && f !== 'manifest.json').length : 0;
      if (written >= 20) {
        clearInterval(timer);
        sent = child.kill(signal);
        resolve();
      }
    }, 5);
    void exited.then(() => {
      clearInterval(timer);
      if (!sent) reject(new Error('the run ended before it could be interrupted; make the corpus larger'));
    });
  });
  return exited;
}

describe('batch runs', () => {
  it('resume after SIGKILL ends with the same output folder, byte for byte, as an unbroken run', async () => {
    const input = corpus('resume', 160, 4);
    const unbroken = path.join(base, 'unbroken');
    expect(runCli(['extract', input, '--out', unbroken, '--format', 'json,jsonl,csv', '-q', '--jobs', '2']).code).toBe(0);

    const killed = path.join(base, 'killed');
    await interruptOnceWritten(['extract', input, '--out', killed, '--format', 'json,jsonl,csv', '-q', '--jobs', '2'], killed, 'SIGKILL');
    expect(existsSync(path.join(killed, 'manifest.json'))).toBe(false);

    const resumed = runCli(['extract', input, '--out', killed, '--format', 'json,jsonl,csv', '--resume', '-q', '--jobs', '2']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expectSameOutput(killed, unbroken);
  }, 120_000);

  it.each(['2', '1'])('SIGINT with --jobs %s: exit 130, finished articles and the manifest written; --resume completes the same folder as an unbroken run', async (jobs) => {
    const input = corpus('interrupt', 160, 4);
    const unbroken = path.join(base, `interrupt-unbroken-${jobs}`);
    const args = (out: string): string[] => ['extract', input, '--out', out, '--format', 'json,jsonl,csv', '-q', '--jobs', jobs];
    expect(runCli(args(unbroken)).code).toBe(0);

    const out = path.join(base, `interrupted-${jobs}`);
    expect(await interruptOnceWritten(args(out), out, 'SIGINT')).toBe(130);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { complete: boolean; counts: { succeeded: number; failed: number }; documents: { output: string }[] };
    expect(manifest.complete).toBe(false);
    expect(manifest.counts.failed).toBe(0);
    expect(manifest.counts.succeeded).toBeGreaterThanOrEqual(20);
    expect(manifest.counts.succeeded).toBeLessThan(160);
    // What the manifest lists is what is on disk, and claims.jsonl holds exactly those articles.
    const onDisk = readdirSync(out).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
    expect(onDisk.sort()).toEqual(manifest.documents.map((d) => d.output).sort());
    const ids = new Set(readFileSync(path.join(out, 'claims.jsonl'), 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { docId: string }).docId));
    expect([...ids].every((id) => onDisk.includes(`${id}.json`))).toBe(true);
    expect(readdirSync(out).some((f) => f.endsWith('.tmp'))).toBe(false);

    const resumed = runCli([...args(out), '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expectSameOutput(out, unbroken);
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
