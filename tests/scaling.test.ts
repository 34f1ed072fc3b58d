import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

// Work must grow linearly with text length, also on text built to provoke quadratic scans:
// one endless sentence full of cues and numbers, runs of quotation marks, commas, names.
const GENERATORS: Record<string, (n: number) => string> = {
  'one long sentence with cues and numbers': (n) =>
    'officials said that the price rose to 15,000 to 18,000 units each month and Maria Smith argued that Kyiv would fall in May while critics noted the 2022 data '.repeat(n),
  'quotations split around cues': (n) => '"x" said he, '.repeat(n * 10),
  'nested curly quotes': (n) => '“a ‘b’ c” '.repeat(n * 15),
  'commas and asides': (n) => 'However, in some cases, deserters, who, '.repeat(n * 4),
  'numbers': (n) => '12 34 56 78 1,000 2,000 '.repeat(n * 6),
  'pronoun sources': (n) => 'She said he told them that they argued it. '.repeat(n * 4),
};

function timeOf(text: string): number {
  const t0 = performance.now();
  extract(text, { referenceDate: '2025-11-12' });
  return performance.now() - t0;
}

describe('scaling', () => {
  it.each(Object.entries(GENERATORS))('%s: 8× the text takes well under 64× the time', (_name, make) => {
    timeOf(make(50)); // warm up
    const small = Math.min(timeOf(make(150)), timeOf(make(150)));
    const large = timeOf(make(1200));
    // Linear work gives about 8×; a quadratic scan gives tens of times more.
    expect(large).toBeLessThan(16 * small + 100);
  });
});
