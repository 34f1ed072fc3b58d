import { readFile } from 'node:fs/promises';
import { buffer, text as readStream } from 'node:stream/consumers';
import { lstat, stat } from 'node:fs/promises';
import PQueue from 'p-queue';
import { z } from 'zod';
import { ArticleTimeoutError, sha256, type Article } from '../extract.js';
import { inProcessAnalyzer, poolAnalyzer, type Analyzer, type AnalyzerSettings } from './analyzer.js';
import type { ReadResult } from '../io/article-source.js';
import { checkInputs, discover } from '../io/discover.js';
import { readInput } from '../io/readers/index.js';
import type { RecordFields } from '../io/readers/records.js';
import { CalendarDateSchema, LexiconExtrasSchema, parseOptions } from '../options.js';
import type { Document } from '../schema/index.js';
import type { FailureRecord } from '../formats/manifest.js';
import { renderDocument, type RenderedDocument, type RenderSpec } from '../formats/render.js';

/** Default size limit of one article: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Default time limit of one article: 10 s. */
export const DEFAULT_TIME_LIMIT_MS = 10_000;

/** Options of {@link extractFiles}. */
export const ExtractFilesOptionsSchema = z
  .object({
    referenceDate: CalendarDateSchema.optional().describe('Reference date for every article, overriding their metadata.'),
    jobs: z.number().int().min(1).max(256).optional().describe('Worker threads analysing articles (default 1: in this thread); files are read ahead on twice as many slots.'),
    lexicon: LexiconExtrasSchema.optional().describe('Word lists to add to the built-in ones.'),
    stdin: z.custom<NodeJS.ReadableStream>().optional().describe('Stream read for the input "-" (default process.stdin).'),
    stdinFormat: z.enum(['txt', 'md', 'html', 'json', 'jsonl']).optional().describe('How to read the input "-" (default txt).'),
    fields: z
      .object({ textField: z.string().optional(), idField: z.string().optional(), dateField: z.string().optional() })
      .optional()
      .describe('JSON/JSONL record fields holding the text, id and date, for records of other shapes.'),
    maxBytes: z.number().int().positive().optional().describe('Largest input file or record text, in bytes (default 5 MB); larger ones fail with "too-large".'),
    timeLimitMs: z.number().int().positive().optional().describe('Longest analysis of one article, in ms (default 10 s); longer ones fail with "timeout".'),
    reuse: z
      .custom<(article: Article) => Promise<Document | null>>((v) => typeof v === 'function')
      .optional()
      .describe('Called for every article read: a document returned is used as is, without analysis (resuming a run).'),
    signal: z
      .custom<AbortSignal>((v) => v instanceof AbortSignal)
      .optional()
      .describe('Stops the run when aborted: nothing more is read or yielded, work in flight is abandoned and the worker threads are stopped.'),
    onDiscover: z
      .custom<(files: number, finished: boolean) => void>((v) => typeof v === 'function')
      .optional()
      .describe('Called as input files are found, with the count so far and whether listing is over (for progress displays).'),
  })
  .strict();

/** Options of {@link extractFiles}. */
export type ExtractFilesOptions = z.input<typeof ExtractFilesOptionsSchema>;

/** The outcome for one article: its document, or why it failed. */
export type FileResult = { readonly ok: true; readonly document: Document } | { readonly ok: false; readonly failure: FailureRecord };

/**
 * The outcome for one article of {@link renderFiles}: its output texts (and whether they come
 * from the earlier document that `reuse` returned), or why it failed.
 */
export type RenderedResult = { readonly ok: true; readonly rendered: RenderedDocument; readonly reused: boolean } | { readonly ok: false; readonly failure: FailureRecord };

/** The outcome for one article inside the batch: what the analyser made of it (or of its earlier document), or why it failed. */
type Outcome<T> = { readonly ok: true; readonly value: T; readonly reused: boolean } | { readonly ok: false; readonly failure: FailureRecord };

/** Read one input file into its articles; a file that cannot be read, or is too large, becomes one failure. */
async function readOne(absolute: string, relative: string, format: Parameters<typeof readInput>[0]['format'], fields: RecordFields, maxBytes: number): Promise<ReadResult[]> {
  // Never rejects: every error becomes a failure record of this file.
  let bytes: Uint8Array;
  try {
    const info = await stat(absolute);
    // One article per file: the file is the article. Record files are checked record by record.
    const single = format !== 'json' && format !== 'jsonl';
    if (single && info.size > maxBytes) {
      return [{ ok: false, path: relative, record: null, id: null, code: 'too-large', message: `the file is ${info.size} bytes, over the limit of ${maxBytes} (--max-bytes)` }];
    }
    bytes = await readFile(absolute);
  } catch (error) {
    return [{ ok: false, path: relative, record: null, id: null, ...(await readError(absolute, error)) }];
  }
  return readInput({ absolute, relative, format }, bytes, { fields });
}

/** A failure record for an article that could not be analysed. */
function analysisFailure(article: Article, error: unknown): { ok: false; failure: FailureRecord } {
  const timeout = error instanceof ArticleTimeoutError || (error as Error | null)?.name === 'ArticleTimeoutError';
  return {
    ok: false,
    failure: { path: article.source.path, record: article.source.record, id: article.id, code: timeout ? 'timeout' : 'internal-error', message: (error as Error).message },
  };
}

/** The failure code and message for a file that could not be read. */
async function readError(absolute: string, error: unknown): Promise<{ code: string; message: string }> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return { code: 'unreadable', message: 'permission denied' };
  if (code === 'ELOOP') return { code: 'unreadable', message: 'symbolic link loop: the link leads back to itself' };
  if (code === 'EISDIR') return { code: 'unreadable', message: 'a folder, not a file' };
  if (code === 'ENOENT') {
    const link = await lstat(absolute).then((i) => i.isSymbolicLink(), () => false);
    return link ? { code: 'missing', message: 'broken symbolic link: its target does not exist' } : { code: 'missing', message: 'the file disappeared before it could be read' };
  }
  return { code: 'unreadable', message: (error as Error).message ?? String(code) };
}

/** How the batch turns articles into results of type `T`: the analyser, and what it makes of an earlier document that `reuse` returned. */
interface Producer<T> {
  readonly analyzer: Analyzer<T>;
  readonly fromEarlier: (doc: Document) => T;
}

/** Analyse one read result (or reuse its earlier document), turning an error into a failure record. */
async function analyse<T>(result: ReadResult, producer: Producer<T>, maxBytes: number, reuse: ((a: Article) => Promise<Document | null>) | undefined): Promise<Outcome<T>> {
  if (!result.ok) return { ok: false, failure: { path: result.path, record: result.record, id: result.id, code: result.code, message: result.message } };
  const a = result.article;
  if (a.text.length > maxBytes) {
    return { ok: false, failure: { path: a.source.path, record: a.source.record, id: a.id, code: 'too-large', message: `the article text is over the limit of ${maxBytes} bytes (--max-bytes)` } };
  }
  const earlier = reuse ? await reuse(a) : null;
  if (earlier) return { ok: true, value: producer.fromEarlier(earlier), reused: true };
  try {
    return { ok: true, value: await producer.analyzer.analyze(a), reused: false };
  } catch (error) {
    return analysisFailure(a, error);
  }
}

/**
 * Extract claims from files and folders. Folders are walked recursively for .txt, .md (YAML
 * front matter), .html, .json and .jsonl, as a stream; "-" reads one article from stdin.
 * Files are read ahead and analysed on `jobs` worker threads (in this thread when `jobs` is 1);
 * results come in input order (folders sorted by name), and only a bounded window of them is
 * held at any time. One bad article never stops the run: it yields a failure.
 *
 * @throws InputPathError before anything is yielded when an input path does not exist.
 * @throws TypeError when the options are invalid.
 */
export async function* extractFiles(paths: readonly string[], options: ExtractFilesOptions = {}): AsyncGenerator<FileResult> {
  const { o, jobs, settings } = await prepare(paths, options, 'extractFiles');
  const producer: Producer<Document> = { analyzer: jobs === 1 ? inProcessAnalyzer(settings) : poolAnalyzer(settings, jobs), fromEarlier: (doc) => doc };
  for await (const r of run(paths, o, producer)) yield r.ok ? { ok: true, document: r.value } : r;
}

/**
 * Like {@link extractFiles}, but each article yields its output texts, rendered by `spec` where
 * it was analysed (in the worker thread), instead of its document: the calling thread only has
 * to write them. An earlier document that `reuse` returns is rendered in this thread.
 *
 * @throws InputPathError before anything is yielded when an input path does not exist.
 * @throws TypeError when the options are invalid.
 */
export async function* renderFiles(paths: readonly string[], spec: RenderSpec, options: ExtractFilesOptions = {}): AsyncGenerator<RenderedResult> {
  const { o, jobs, settings } = await prepare(paths, options, 'renderFiles');
  const analyzer = jobs === 1 ? inProcessAnalyzer(settings, spec) : poolAnalyzer(settings, jobs, spec);
  for await (const r of run(paths, o, { analyzer, fromEarlier: (doc) => renderDocument(doc, spec) })) {
    yield r.ok ? { ok: true, rendered: r.value, reused: r.reused } : r;
  }
}

/** Check the options and the input paths; the number of threads and the analyser settings they ask for. */
async function prepare(paths: readonly string[], options: ExtractFilesOptions, caller: string): Promise<{ o: ParsedOptions; jobs: number; settings: AnalyzerSettings }> {
  const o = parseOptions(ExtractFilesOptionsSchema, options, caller);
  await checkInputs(paths);
  const settings = { referenceDate: o.referenceDate ?? null, lexicon: o.lexicon ?? {}, timeLimitMs: o.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS };
  return { o, jobs: o.jobs ?? 1, settings };
}

/** Options of {@link extractFiles}, checked. */
type ParsedOptions = z.output<typeof ExtractFilesOptionsSchema>;

/** The batch itself: read, analyse with the producer, and yield in discovery order; closes the analyser at the end. */
async function* run<T>(paths: readonly string[], o: ParsedOptions, producer: Producer<T>): AsyncGenerator<Outcome<T>> {
  const analyzer = producer.analyzer;
  const jobs = o.jobs ?? 1;
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  const fields: RecordFields = o.fields ?? {};
  const stopped = (): boolean => o.signal?.aborted === true;
  try {
    if (paths.includes('-')) {
      const stdinFormat = o.stdinFormat ?? 'txt';
      let results: ReadResult[];
      if (stdinFormat === 'txt') {
        const text = await readStream(o.stdin ?? process.stdin);
        results = [{ ok: true, article: { text, id: 'stdin', title: null, url: null, publishedAt: null, source: { path: null, format: 'txt', sha256: sha256(text), record: null } } }];
      } else {
        const bytes = await buffer(o.stdin ?? process.stdin);
        results = readInput({ absolute: '-', relative: 'stdin', format: stdinFormat }, bytes, { fields });
      }
      for (const r of results) {
        const result = await analyse(r, producer, maxBytes, o.reuse);
        if (stopped()) return;
        yield result;
      }
    }

    // Read ahead on a bounded queue and analyse as soon as read; yield strictly in discovery
    // order. The window holds at most `2 * jobs + 2` files.
    const reads = new PQueue({ concurrency: Math.max(2, jobs * 2) });
    const window: Promise<Outcome<T>[]>[] = [];
    const limit = jobs * 2 + 2;
    // Never rejects: a rejected promise waiting in the window would end the process.
    const schedule = (read: Promise<ReadResult[]>, relative: string): Promise<Outcome<T>[]> =>
      read
        .then((results) => Promise.all(results.map((r) => analyse(r, producer, maxBytes, o.reuse))))
        .catch((error: unknown): Outcome<T>[] => [{ ok: false, failure: { path: relative, record: null, id: null, code: 'internal-error', message: (error as Error)?.message ?? String(error) } }]);
    // The results of the oldest file in the window, until the run is stopped.
    async function* oldest(): AsyncGenerator<Outcome<T>> {
      for (const r of await window.shift()!) {
        if (stopped()) return;
        yield r;
      }
    }
    let files = 0;
    for await (const found of discover(paths)) {
      o.onDiscover?.(++files, false);
      if (!found.ok) {
        window.push(Promise.resolve([{ ok: false, failure: { path: found.path, record: null, id: null, code: found.code, message: found.message } }]));
      } else {
        const { absolute, relative, format } = found.file;
        window.push(schedule(reads.add(() => readOne(absolute, relative, format, fields, maxBytes)) as Promise<ReadResult[]>, relative));
      }
      while (window.length > limit && !stopped()) yield* oldest();
      if (stopped()) return;
    }
    o.onDiscover?.(files, true);
    while (window.length > 0 && !stopped()) yield* oldest();
  } finally {
    await analyzer.close();
  }
}
