import { readFile } from 'node:fs/promises';
import { buffer, text as readStream } from 'node:stream/consumers';
import PQueue from 'p-queue';
import { z } from 'zod';
import { analyzeArticle, sha256, type AnalysisSettings } from '../extract.js';
import type { ReadResult } from '../io/article-source.js';
import { checkInputs, discover } from '../io/discover.js';
import { readInput } from '../io/readers/index.js';
import type { RecordFields } from '../io/readers/records.js';
import { buildLexicons } from '../lexicons.js';
import { CalendarDateSchema, LexiconExtrasSchema, parseOptions } from '../options.js';
import type { Document } from '../schema/index.js';
import type { FailureRecord } from '../formats/manifest.js';

/** Options of {@link extractFiles}. */
export const ExtractFilesOptionsSchema = z
  .object({
    referenceDate: CalendarDateSchema.optional().describe('Reference date for every article, overriding their metadata.'),
    jobs: z.number().int().min(1).max(256).optional().describe('How many input files to read ahead at once (default 4).'),
    lexicon: LexiconExtrasSchema.optional().describe('Word lists to add to the built-in ones.'),
    stdin: z.custom<NodeJS.ReadableStream>().optional().describe('Stream read for the input "-" (default process.stdin).'),
    stdinFormat: z.enum(['txt', 'md', 'html', 'json', 'jsonl']).optional().describe('How to read the input "-" (default txt).'),
    fields: z
      .object({ textField: z.string().optional(), idField: z.string().optional(), dateField: z.string().optional() })
      .optional()
      .describe('JSON/JSONL record fields holding the text, id and date, for records of other shapes.'),
  })
  .strict();

/** Options of {@link extractFiles}. */
export type ExtractFilesOptions = z.input<typeof ExtractFilesOptionsSchema>;

/** The outcome for one article: its document, or why it failed. */
export type FileResult = { readonly ok: true; readonly document: Document } | { readonly ok: false; readonly failure: FailureRecord };

/** Read one input file into its articles; a file that cannot be read becomes one failure. */
async function readOne(absolute: string, relative: string, format: Parameters<typeof readInput>[0]['format'], fields: RecordFields): Promise<ReadResult[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'the file disappeared before it could be read' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    return [{ ok: false, path: relative, record: null, id: null, code: code === 'ENOENT' ? 'missing' : 'unreadable', message }];
  }
  return readInput({ absolute, relative, format }, bytes, { fields });
}

/** Analyse one read result, turning an unexpected error into a failure record. */
function analyse(result: ReadResult, settings: AnalysisSettings): FileResult {
  if (!result.ok) return { ok: false, failure: { path: result.path, record: result.record, id: result.id, code: result.code, message: result.message } };
  try {
    return { ok: true, document: analyzeArticle(result.article, settings) };
  } catch (error) {
    const a = result.article;
    return { ok: false, failure: { path: a.source.path, record: a.source.record, id: a.id, code: 'internal-error', message: (error as Error).message } };
  }
}

/**
 * Extract claims from files and folders. Folders are walked recursively for .txt, .md (YAML
 * front matter), .json and .jsonl; "-" reads one plain-text article from stdin. Results come in
 * input order (folders sorted by name) as they are ready; one bad article never stops the run,
 * it yields a failure.
 *
 * @throws InputPathError before anything is yielded when an input path does not exist.
 * @throws TypeError when the options are invalid.
 */
export async function* extractFiles(paths: readonly string[], options: ExtractFilesOptions = {}): AsyncGenerator<FileResult> {
  const o = parseOptions(ExtractFilesOptionsSchema, options, 'extractFiles');
  await checkInputs(paths);
  const settings: AnalysisSettings = { referenceDate: o.referenceDate ?? null, lexicons: buildLexicons(o.lexicon) };
  const jobs = o.jobs ?? 4;

  const fields: RecordFields = o.fields ?? {};
  if (paths.includes('-')) {
    const stdinFormat = o.stdinFormat ?? 'txt';
    if (stdinFormat === 'txt') {
      const text = await readStream(o.stdin ?? process.stdin);
      const hash = sha256(text);
      yield analyse(
        { ok: true, article: { text, id: 'stdin', title: null, url: null, publishedAt: null, source: { path: null, format: 'txt', sha256: hash, record: null } } },
        settings,
      );
    } else {
      const bytes = await buffer(o.stdin ?? process.stdin);
      for (const r of readInput({ absolute: '-', relative: 'stdin', format: stdinFormat }, bytes, { fields })) yield analyse(r, settings);
    }
  }

  // Read ahead with a bounded queue; analyse and yield strictly in discovery order.
  const queue = new PQueue({ concurrency: jobs });
  const window: Promise<ReadResult[]>[] = [];
  for await (const found of discover(paths)) {
    if (!found.ok) {
      window.push(Promise.resolve([{ ok: false, path: found.path, record: null, id: null, code: found.code, message: found.message }]));
    } else {
      const { absolute, relative, format } = found.file;
      window.push(queue.add(() => readOne(absolute, relative, format, fields)));
    }
    while (window.length > jobs * 2) for (const r of await window.shift()!) yield analyse(r, settings);
  }
  while (window.length > 0) for (const r of await window.shift()!) yield analyse(r, settings);
}
