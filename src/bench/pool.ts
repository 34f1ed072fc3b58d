import { poolAnalyzer } from '../batch/analyzer.js';
import { serializeDocument } from '../formats/serialize.js';
import type { BenchArticle } from './corpus.js';

/** Seconds claimkit takes over every article on a pool of `threads` worker threads (after they warm up), JSON included. */
export async function poolSeconds(articles: readonly BenchArticle[], threads: number): Promise<number> {
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
