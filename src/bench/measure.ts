import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeArticle, type AnalysisSettings } from '../extract.js';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serializeDocument } from '../formats/serialize.js';
import { buildLexicons } from '../lexicons.js';
import type { StageTimings } from '../pipeline/pipeline.js';
import type { BenchArticle } from './corpus.js';
import type { PoolReply, PoolRequest } from './pool-child.js';

/** What one benchmark run measured. */
export interface BenchResult {
  readonly articles: number;
  readonly words: number;
  readonly jobs: number;
  readonly articlesPerSec: number;
  readonly wordsPerSec: number;
  readonly baselineWordsPerSec: number;
  /** claimkit words/s ÷ bare wink-nlp words/s, both on their second pass over the articles. */
  readonly ratio: number;
  /** The first pass, while the JIT compiles: claimkit's articles/s and its ratio to bare wink-nlp's first pass. */
  readonly cold: { readonly articlesPerSec: number; readonly ratio: number };
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly peakRssMb: number;
  /**
   * articles/s on `jobs` worker threads ÷ articles/s in one thread, both on a first pass over the
   * articles (the pool's threads, like this one, compile the code as they go); null when not measured.
   */
  readonly scaling: number | null;
  /** The run on `jobs` worker threads, in a child process, and that process's peak RSS (main thread and workers). */
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

/**
 * Seconds bare wink-nlp (tokens, sentences, part-of-speech tags, as claimkit configures it) takes
 * to read every article: on a first pass while the JIT compiles (`cold`), then on a second pass.
 */
function baselineSeconds(articles: readonly BenchArticle[]): { cold: number; warm: number } {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const pass = (): number => {
    const start = performance.now();
    for (const a of articles) nlp.readDoc(a.text);
    return (performance.now() - start) / 1000;
  };
  const cold = pass();
  return { cold, warm: pass() };
}

/**
 * Run claimkit end to end (analysis, validation and JSON serialisation) over every article in
 * this thread: a first pass while the JIT compiles (`coldSeconds`), then a second pass timing
 * each article and each stage.
 */
function claimkitPass(articles: readonly BenchArticle[]): { coldSeconds: number; seconds: number; latencies: number[]; timings: StageTimings } {
  const lexicons = buildLexicons();
  const settings = (timings?: StageTimings): AnalysisSettings => ({ referenceDate: null, lexicons, ...(timings ? { timings } : {}) });
  const article = (a: BenchArticle) => ({ text: a.text, id: a.path, title: null, url: null, publishedAt: null, source: { path: a.path, format: 'text' as const, sha256: null, record: null } });
  const coldStart = performance.now();
  for (const a of articles) serializeDocument(analyzeArticle(article(a), settings()));
  const coldSeconds = (performance.now() - coldStart) / 1000;
  const timings: StageTimings = new Map();
  const latencies: number[] = [];
  const start = performance.now();
  for (const a of articles) {
    const t0 = performance.now();
    const json = serializeDocument(analyzeArticle(article(a), settings(timings)));
    latencies.push(performance.now() - t0);
    if (json.length === 0) throw new Error('empty output');
  }
  return { coldSeconds, seconds: (performance.now() - start) / 1000, latencies, timings };
}

/** The compiled pool-run module (tests run the TypeScript sources, the child always runs from dist). */
function poolChildFile(): string {
  const here = import.meta.url;
  return fileURLToPath(here.endsWith('.ts') ? new URL('../../dist/bench/pool-child.js', here) : new URL('./pool-child.js', here));
}

/**
 * Time claimkit on a pool of `threads` worker threads in a child process, so that the peak RSS
 * reported is what a run on that many threads costs, not the sum with this process's own
 * one-thread measurement and bare wink-nlp.
 */
function poolRun(articles: readonly BenchArticle[], threads: number): Promise<PoolReply> {
  return new Promise((resolve, reject) => {
    const child = fork(poolChildFile(), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let reply: PoolReply | null = null;
    child.once('message', (m) => {
      reply = m as PoolReply;
    });
    child.once('error', reject);
    child.once('exit', (code) => (reply && code === 0 ? resolve(reply) : reject(new Error(`the pool run exited with code ${code}`))));
    const request: PoolRequest = { articles, threads };
    child.send(request);
  });
}

/**
 * Measure claimkit against bare wink-nlp over the same articles: in this thread (ratio,
 * latencies, stages), then on `jobs` worker threads (scaling) when `jobs` > 1. The ratio, the
 * latencies and the stages come from a second pass over the articles in this thread, so that they
 * measure the steady state of an archive run rather than the JIT compiling the code; `cold` and
 * `scaling` come from first passes.
 */
export async function runBench(articles: readonly BenchArticle[], jobs: number): Promise<BenchResult> {
  const words = countWords(articles);
  const baseline = baselineSeconds(articles);
  const run = claimkitPass(articles);
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const total = [...run.timings.values()].reduce((a, b) => a + b, 0);
  const wordsPerSec = words / run.seconds;
  const baselineWordsPerSec = words / baseline.warm;
  // Peak RSS of the one-thread measurement (bare wink-nlp and claimkit in this thread), before the pool starts.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const pool = jobs > 1 ? await poolRun(articles, jobs) : null;
  const parallelSeconds = pool?.seconds ?? null;
  return {
    articles: articles.length,
    words,
    jobs,
    articlesPerSec: articles.length / run.seconds,
    wordsPerSec,
    baselineWordsPerSec,
    ratio: wordsPerSec / baselineWordsPerSec,
    cold: { articlesPerSec: articles.length / run.coldSeconds, ratio: baseline.cold / run.coldSeconds },
    p50Ms: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
    peakRssMb,
    scaling: parallelSeconds === null ? null : run.coldSeconds / parallelSeconds,
    parallel: pool === null ? null : { articlesPerSec: articles.length / pool.seconds, wordsPerSec: words / pool.seconds, peakRssMb: pool.peakRssMb },
    stages: [...run.timings.entries()].map(([name, ms]) => ({ name, ms, share: total > 0 ? ms / total : 0 })),
  };
}
