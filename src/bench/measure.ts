import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeArticle, type AnalysisSettings } from '../extract.js';
import { poolAnalyzer } from '../batch/analyzer.js';
import { serializeDocument } from '../formats/serialize.js';
import { buildLexicons } from '../lexicons.js';
import type { StageTimings } from '../pipeline/pipeline.js';
import type { BenchArticle } from './corpus.js';

/** What one benchmark run measured. */
export interface BenchResult {
  readonly articles: number;
  readonly words: number;
  readonly jobs: number;
  readonly articlesPerSec: number;
  readonly wordsPerSec: number;
  readonly baselineWordsPerSec: number;
  /** claimkit words/s ÷ bare wink-nlp words/s. */
  readonly ratio: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly peakRssMb: number;
  /** articles/s on `jobs` worker threads ÷ articles/s in one thread; null when not measured. */
  readonly scaling: number | null;
  /** Throughput on `jobs` worker threads, when measured. */
  /** The run on `jobs` worker threads, and the process's peak RSS at its end (main thread and workers). */
  readonly parallel: { readonly articlesPerSec: number; readonly wordsPerSec: number; readonly peakRssMb: number } | null;
  /** Milliseconds per stage over the timed pass, in pipeline order, and each one's share. */
  readonly stages: readonly { readonly name: string; readonly ms: number; readonly share: number }[];
}

/** The value at quantile `q` (0..1) of sorted numbers, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** Count the words (wink's word tokens) of every article, once, outside any timing. */
function countWords(articles: readonly BenchArticle[]): number {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  let words = 0;
  for (const a of articles) {
    for (const type of nlp.readDoc(a.text).tokens().out(nlp.its.type)) if (type === 'word') words++;
  }
  return words;
}

/** Seconds bare wink-nlp (tokens, sentences, part-of-speech tags, as claimkit configures it) takes to read every article. */
function baselineSeconds(articles: readonly BenchArticle[]): number {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const warm = articles.slice(0, 100);
  for (const a of warm) nlp.readDoc(a.text);
  const start = performance.now();
  for (const a of articles) nlp.readDoc(a.text);
  return (performance.now() - start) / 1000;
}

/**
 * Run claimkit end to end (analysis, validation and JSON serialisation) over every article in
 * this thread, timing each article and each stage.
 */
function claimkitPass(articles: readonly BenchArticle[]): { seconds: number; latencies: number[]; timings: StageTimings } {
  const lexicons = buildLexicons();
  const settings = (timings?: StageTimings): AnalysisSettings => ({ referenceDate: null, lexicons, ...(timings ? { timings } : {}) });
  const article = (a: BenchArticle) => ({ text: a.text, id: a.path, title: null, url: null, publishedAt: null, source: { path: a.path, format: 'text' as const, sha256: null, record: null } });
  for (const a of articles.slice(0, 100)) serializeDocument(analyzeArticle(article(a), settings()));
  const timings: StageTimings = new Map();
  const latencies: number[] = [];
  const start = performance.now();
  for (const a of articles) {
    const t0 = performance.now();
    const json = serializeDocument(analyzeArticle(article(a), settings(timings)));
    latencies.push(performance.now() - t0);
    if (json.length === 0) throw new Error('empty output');
  }
  return { seconds: (performance.now() - start) / 1000, latencies, timings };
}

/** Seconds claimkit takes over every article on a pool of `threads` worker threads (after they warm up). */
async function poolSeconds(articles: readonly BenchArticle[], threads: number): Promise<number> {
  const analyzer = poolAnalyzer({ referenceDate: null, lexicon: {}, timeLimitMs: 60_000 }, threads);
  try {
    const article = (a: BenchArticle) => ({ text: a.text, id: a.path, title: null, url: null, publishedAt: null, source: { path: a.path, format: 'text' as const, sha256: null, record: null } });
    await Promise.all(articles.slice(0, threads * 4).map((a) => analyzer.analyze(article(a))));
    const start = performance.now();
    const docs = await Promise.all(articles.map((a) => analyzer.analyze(article(a)).then((d) => serializeDocument(d).length)));
    if (docs.length !== articles.length) throw new Error('lost articles');
    return (performance.now() - start) / 1000;
  } finally {
    await analyzer.close();
  }
}

/**
 * Measure claimkit against bare wink-nlp over the same articles: in this thread (ratio,
 * latencies, stages), then on `jobs` worker threads (scaling) when `jobs` > 1.
 */
export async function runBench(articles: readonly BenchArticle[], jobs: number): Promise<BenchResult> {
  const words = countWords(articles);
  const baseline = baselineSeconds(articles);
  const run = claimkitPass(articles);
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const total = [...run.timings.values()].reduce((a, b) => a + b, 0);
  const wordsPerSec = words / run.seconds;
  const baselineWordsPerSec = words / baseline;
  // Peak RSS of the one-thread measurement (bare wink-nlp and claimkit in this thread), before the pool starts.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const parallelSeconds = jobs > 1 ? await poolSeconds(articles, jobs) : null;
  return {
    articles: articles.length,
    words,
    jobs,
    articlesPerSec: articles.length / run.seconds,
    wordsPerSec,
    baselineWordsPerSec,
    ratio: wordsPerSec / baselineWordsPerSec,
    p50Ms: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
    peakRssMb,
    scaling: parallelSeconds === null ? null : run.seconds / parallelSeconds,
    parallel: parallelSeconds === null ? null : { articlesPerSec: articles.length / parallelSeconds, wordsPerSec: words / parallelSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024 },
    stages: [...run.timings.entries()].map(([name, ms]) => ({ name, ms, share: total > 0 ? ms / total : 0 })),
  };
}
