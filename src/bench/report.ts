import type { BenchResult } from './measure.js';

const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** The benchmark result as JSON: the headline keys, rounded, and the per-stage breakdown. */
export function benchJson(r: BenchResult): string {
  return `${JSON.stringify(
    {
      articles: r.articles,
      words: r.words,
      jobs: r.jobs,
      articlesPerSec: round(r.articlesPerSec),
      wordsPerSec: Math.round(r.wordsPerSec),
      baselineWordsPerSec: Math.round(r.baselineWordsPerSec),
      ratio: round(r.ratio, 3),
      cold: { articlesPerSec: round(r.cold.articlesPerSec), ratio: round(r.cold.ratio, 3) },
      p50Ms: round(r.p50Ms, 2),
      p99Ms: round(r.p99Ms, 2),
      peakRssMb: round(r.peakRssMb),
      scaling: r.scaling === null ? null : round(r.scaling, 2),
      parallel: r.parallel === null ? null : { articlesPerSec: round(r.parallel.articlesPerSec), wordsPerSec: Math.round(r.parallel.wordsPerSec), peakRssMb: round(r.parallel.peakRssMb) },
      stages: Object.fromEntries(r.stages.map((s) => [s.name, { ms: Math.round(s.ms), share: round(s.share, 3) }])),
    },
    null,
    2,
  )}\n`;
}

/** The benchmark result as Markdown tables: headline figures, then time per stage. */
export function benchMarkdown(r: BenchResult): string {
  const lines = [
    '| articles | words | articles/s (1 worker) | words/s (1 worker) | bare wink-nlp words/s | ratio | p50 ms | p99 ms | peak RSS MB (1 worker) | jobs | articles/s (jobs) | peak RSS MB (jobs) | scaling |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    `| ${r.articles} | ${r.words} | ${round(r.articlesPerSec)} | ${Math.round(r.wordsPerSec)} | ${Math.round(r.baselineWordsPerSec)} | ${round(r.ratio, 3)} | ${round(r.p50Ms, 2)} | ${round(r.p99Ms, 2)} | ${round(r.peakRssMb)} | ${r.jobs} | ${r.parallel ? round(r.parallel.articlesPerSec) : '–'} | ${r.parallel ? round(r.parallel.peakRssMb) : '–'} | ${r.scaling === null ? '–' : round(r.scaling, 2)} |`,
    '',
    '| stage | ms | share |',
    '| --- | --- | --- |',
    ...r.stages.map((s) => `| ${s.name} | ${Math.round(s.ms)} | ${round(s.share * 100)}% |`),
    '',
    `First pass, while the JIT compiles (1 worker): ${round(r.cold.articlesPerSec)} articles/s, ratio ${round(r.cold.ratio, 3)}.`,
  ];
  return `${lines.join('\n')}\n`;
}
