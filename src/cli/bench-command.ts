import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../bench/corpus.js';
import { runBench } from '../bench/measure.js';
import { benchJson, benchMarkdown } from '../bench/report.js';
import { say, type CliStreams } from './streams.js';
import { BENCH_HELP } from './usage.js';

/**
 * `claimkit bench [--corpus DIR] [--json] [--jobs N]`: time claimkit end to end and bare
 * wink-nlp over the same articles, in one thread and on N worker threads. Returns the exit
 * code: 0 done, 2 usage error or no articles.
 */
export async function benchCommand(args: readonly string[], streams: CliStreams): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      options: {
        corpus: { type: 'string' },
        json: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    say(streams, `${(error as Error).message}\n\n${BENCH_HELP}`);
    return 2;
  }
  if (values.help) {
    streams.stdout.write(BENCH_HELP);
    return 0;
  }
  const dir = values.corpus ?? '../shared/corpora/bbc-news';
  if (!existsSync(dir)) {
    say(streams, `corpus folder not found: ${dir}`);
    return 2;
  }
  const corpus = await loadCorpus(dir);
  if (corpus.articles.length === 0) {
    say(streams, `no .txt or .md articles under ${dir}`);
    return 2;
  }
  say(streams, `${corpus.articles.length} articles (${corpus.duplicates} duplicates and ${corpus.unreadable} unreadable files left out)`);
  const jobs = values.jobs === undefined ? Math.max(1, availableParallelism()) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    say(streams, `--jobs: expected a whole number from 1 to 256, got "${values.jobs}"`);
    return 2;
  }
  const result = await runBench(corpus.articles, jobs);
  streams.stdout.write(values.json ? benchJson(result) : benchMarkdown(result));
  return 0;
}
