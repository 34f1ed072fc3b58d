import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { serializeDocument } from '../src/formats/serialize.js';
import { ARTICLES, readTree, runCli } from './helpers.js';

const base = mkdtempSync(path.join(tmpdir(), 'claimkit-det-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** An output folder with the manifest's one timing removed. */
function outputOf(dir: string): Map<string, string> {
  const tree = readTree(dir);
  tree.set('manifest.json', tree.get('manifest.json')!.replace(/"elapsedMs": \d+/, '"elapsedMs": 0').replace(/"jobs": \d+/, '"jobs": 0'));
  return tree;
}

describe('determinism', () => {
  it('gives byte-identical output folders on two runs with different --jobs', () => {
    const a = path.join(base, 'a');
    const b = path.join(base, 'b');
    expect(runCli(['extract', ARTICLES, '--out', a, '--jobs', '1', '-q']).code).toBe(0);
    expect(runCli(['extract', ARTICLES, '--out', b, '--jobs', '4', '-q']).code).toBe(0);
    const ta = outputOf(a);
    const tb = outputOf(b);
    expect([...ta.keys()]).toEqual([...tb.keys()]);
    for (const [file, content] of ta) expect(tb.get(file), file).toBe(content);
    expect(ta.size).toBeGreaterThan(15);
  });

  it('gives the same document for the same text and options', () => {
    const text = 'Officials said on Monday that 1,200 homes had lost power. "We are working on it," said Dana Cole.';
    expect(serializeDocument(extract(text, { referenceDate: '2025-01-08' }))).toBe(serializeDocument(extract(text, { referenceDate: '2025-01-08' })));
  });
});
