import { poolAnalyzer } from '../batch/analyzer.js';
import type { RenderSpec } from '../formats/render.js';
import type { BenchArticle } from './corpus.js';

/** The output the benchmark asks for: each document's JSON file, as `claimkit extract --format json` writes it. */
const JSON_FILES: RenderSpec = { formats: ['json'], offsets: 'utf16', target: 'folder' };

/**
 * Seconds claimkit takes over every article on a pool of `threads` worker threads (after they
 * warm up), JSON included: the workers render it, as in `claimkit extract`.
 */
export async function poolSeconds(articles: readonly BenchArticle[], threads: number): Promise<number> {
  const analyzer = poolAnalyzer({ referenceDate: null, lexicon: {}, timeLimitMs: 60_000 }, threads, JSON_FILES);
  try {
    const article = (a: BenchArticle) => ({ text: a.text, id: a.path, title: null, url: null, publishedAt: null, source: { path: a.path, format: 'text' as const, sha256: null, record: null } });
    await Promise.all(articles.slice(0, threads * 4).map((a) => analyzer.analyze(article(a))));
    const start = performance.now();
    const docs = await Promise.all(articles.map((a) => analyzer.analyze(article(a)).then((d) => d.json!.length)));
    if (docs.length !== articles.length) throw new Error('lost articles');
    return (performance.now() - start) / 1000;
  } finally {
    await analyzer.close();
  }
}
