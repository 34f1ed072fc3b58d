import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_MAX_BYTES, DEFAULT_TIME_LIMIT_MS, renderFiles } from '../batch/extract-files.js';
import type { Article } from '../extract.js';
import { VERSION } from '../version.js';
import { Progress } from './progress.js';
import { bratConfig } from '../formats/brat.js';
import { csvHeader } from '../formats/csv.js';
import { buildManifest, type FailureRecord, type OutputRecord } from '../formats/manifest.js';
import type { RenderedDocument, RenderSpec } from '../formats/render.js';
import { temporaryName, writeFileAtomic } from '../io/atomic-write.js';
import { checkInputs, InputPathError } from '../io/discover.js';
import { ContainedWriter, OutputNamer } from '../io/output-paths.js';
import { CalendarDateSchema } from '../options.js';
import type { Document } from '../schema/index.js';
import { say, writeChunk, type CliStreams } from './streams.js';
import { EXTRACT_HELP } from './usage.js';

const FormatSchema = z.enum(['json', 'jsonl', 'csv', 'brat']);

/** Arguments of `claimkit extract`, after parsing. */
const ExtractArgsSchema = z
  .object({
    inputs: z.array(z.string()).min(1, 'nothing to read: give at least one file, folder or "-"'),
    out: z.string().min(1).optional(),
    referenceDate: CalendarDateSchema.optional(),
    formats: z.array(FormatSchema).min(1),
    offsets: z.enum(['utf16', 'codepoint']),
    textField: z.string().min(1).optional(),
    idField: z.string().min(1).optional(),
    dateField: z.string().min(1).optional(),
    stdinFormat: z.enum(['txt', 'md', 'html', 'json', 'jsonl']),
    jobs: z.number().int().min(1).max(256),
    maxBytes: z.number().int().positive(),
    timeLimitMs: z.number().int().positive(),
    resume: z.boolean(),
    quiet: z.boolean(),
  })
  .refine((a) => a.out !== undefined || !a.formats.includes('brat'), { message: 'brat writes files: give --out DIR', path: ['formats'] })
  .refine((a) => !a.resume || (a.out !== undefined && a.formats.includes('json')), {
    message: 'resume picks up the per-article JSON files of an earlier run: give --out DIR and keep json in --format',
    path: ['resume'],
  });

type ExtractArgs = z.infer<typeof ExtractArgsSchema>;

/** Parse and check the arguments; a string is the usage error to print. */
function parseExtractArgs(args: readonly string[]): ExtractArgs | { help: true } | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        'reference-date': { type: 'string' },
        format: { type: 'string' },
        offsets: { type: 'string' },
        'text-field': { type: 'string' },
        'id-field': { type: 'string' },
        'date-field': { type: 'string' },
        'stdin-format': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        'max-bytes': { type: 'string' },
        'time-limit': { type: 'string' },
        resume: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return (error as Error).message;
  }
  const v = parsed.values;
  if (v.help) return { help: true };
  const formats = (v.format ?? (v.out ? 'json,jsonl' : 'jsonl')).split(',').map((f) => f.trim()).filter(Boolean);
  const jobs = v.jobs === undefined ? Math.max(1, availableParallelism()) : Number(v.jobs);
  const result = ExtractArgsSchema.safeParse({
    inputs: parsed.positionals,
    out: v.out,
    referenceDate: v['reference-date'],
    formats: [...new Set(formats)],
    offsets: v.offsets ?? 'utf16',
    textField: v['text-field'],
    idField: v['id-field'],
    dateField: v['date-field'],
    stdinFormat: v['stdin-format'] ?? 'txt',
    jobs,
    maxBytes: v['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(v['max-bytes']),
    timeLimitMs: v['time-limit'] === undefined ? DEFAULT_TIME_LIMIT_MS : Math.round(Number(v['time-limit']) * 1000),
    resume: v.resume ?? false,
    quiet: v.quiet ?? false,
  });
  if (!result.success) {
    return result.error.issues
      .map((i) => {
        const flags: Record<string, string> = {
          referenceDate: '--reference-date',
          formats: '--format',
          jobs: '--jobs',
          offsets: '--offsets',
          stdinFormat: '--stdin-format',
          textField: '--text-field',
          idField: '--id-field',
          dateField: '--date-field',
          maxBytes: '--max-bytes',
          timeLimitMs: '--time-limit',
          resume: '--resume',
        };
        const key = String(i.path[0] ?? '');
        const where = Object.hasOwn(flags, key) ? flags[key]! : key;
        return where === 'inputs' ? i.message : `${where}: ${i.message}`;
      })
      .join('\n');
  }
  return result.data;
}

/** Format one failure for stderr: `path[:record]: message`. */
function describeFailure(f: FailureRecord): string {
  const where = f.path === null ? (f.id ?? 'stdin') : f.record === null ? f.path : `${f.path}:${f.record}`;
  return `${where}: ${f.message}`;
}

/**
 * `claimkit extract`: read inputs, extract, write per-article JSON, claims.jsonl and the
 * manifest (with --out) or JSONL on stdout. Returns the exit code: 0 all succeeded, 1 some
 * failed, 2 usage error or nothing to read.
 */
export async function extractCommand(args: readonly string[], streams: CliStreams): Promise<number> {
  const parsed = parseExtractArgs(args);
  if (typeof parsed === 'string') {
    say(streams, `${parsed}\n\n${EXTRACT_HELP}`);
    return 2;
  }
  if ('help' in parsed) {
    streams.stdout.write(EXTRACT_HELP);
    return 0;
  }
  try {
    await checkInputs(parsed.inputs);
  } catch (error) {
    if (error instanceof InputPathError) {
      streams.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const started = performance.now();
  let run: RunSummary;
  try {
    run = parsed.out ? await toFolder(parsed, parsed.out, streams) : await toStdout(parsed, streams);
  } catch (error) {
    if (error instanceof OutputFolderError) {
      streams.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (run.interrupted) {
    const resume = parsed.out ? `; rerun with --resume to complete it` : '';
    say(streams, `interrupted: ${run.documents} article(s) finished, ${run.failures.length} failed${parsed.out ? `, written to ${parsed.out} with the manifest` : ''}${resume}`);
    return streams.interrupt?.reason === 'SIGTERM' ? 143 : 130;
  }
  if (run.documents + run.failures.length === 0) {
    say(streams, 'nothing to read: no .txt, .md, .html, .json or .jsonl files in the inputs');
    return 2;
  }
  if (!parsed.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    say(streams, `${run.documents} article(s), ${run.claims} claim(s), ${run.failures.length} failed, in ${seconds}s${parsed.out ? ` → ${parsed.out}` : ''}`);
  }
  return run.failures.length > 0 ? 1 : 0;
}

interface RunSummary {
  readonly documents: number;
  readonly claims: number;
  readonly failures: readonly FailureRecord[];
  /** The user interrupted the run before every input was read. */
  readonly interrupted: boolean;
}

/** The output folder cannot be created or written: the run cannot go on. */
class OutputFolderError extends Error {
  constructor(folder: string, cause: unknown) {
    super(`claimkit: cannot write to the output folder "${folder}": ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'OutputFolderError';
  }
}

/** What the output callback says about one document: written, failed to write, or stop the run. */
type Outcome = void | 'stop' | FailureRecord;

/** Run the extraction, handing each document's output texts (rendered to `target`) or failure to the callbacks in order. */
async function runExtraction(
  args: ExtractArgs,
  streams: CliStreams,
  target: RenderSpec['target'],
  onDocument: (rendered: RenderedDocument, reused: boolean) => Promise<Outcome>,
  reuse?: (article: Article) => Promise<Document | null>,
): Promise<RunSummary> {
  let documents = 0;
  let claims = 0;
  const failures: FailureRecord[] = [];
  const progress = new Progress(streams.stderr);
  const showProgress = !args.quiet && progress.active;
  const fields = { textField: args.textField, idField: args.idField, dateField: args.dateField };
  const options = {
    referenceDate: args.referenceDate,
    jobs: args.jobs,
    stdin: streams.stdin,
    stdinFormat: args.stdinFormat,
    fields,
    maxBytes: args.maxBytes,
    timeLimitMs: args.timeLimitMs,
    ...(reuse ? { reuse } : {}),
    ...(streams.interrupt ? { signal: streams.interrupt } : {}),
    ...(showProgress ? { onDiscover: (n: number, done: boolean) => progress.discovered(n, done) } : {}),
  };
  const fail = (failure: FailureRecord): void => {
    failures.push(failure);
    progress.clear();
    say(streams, describeFailure(failure));
  };
  try {
    const spec: RenderSpec = { formats: args.formats, offsets: args.offsets, target };
    for await (const result of renderFiles(args.inputs, spec, options)) {
      if (showProgress) progress.tick(result.ok);
      if (!result.ok) {
        fail(result.failure);
        continue;
      }
      const outcome = await onDocument(result.rendered, result.reused);
      if (outcome === 'stop') break;
      if (outcome) {
        fail(outcome);
        continue;
      }
      documents++;
      claims += result.rendered.claims;
    }
  } finally {
    progress.clear();
  }
  return { documents, claims, failures, interrupted: streams.interrupt?.aborted === true };
}

/** Remove temporary files an interrupted run left in the output folder. */
async function removeStaleTemporaries(dir: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await removeStaleTemporaries(full);
    else if (STALE_TEMPORARY.test(e.name)) await rm(full, { force: true });
  }
}

const STALE_TEMPORARY = /^\..+\.\d+\.\d+\.tmp$/;

/**
 * For --resume: the document an earlier run wrote for this article, when its input bytes,
 * claimkit version, reference date option and offset unit are the same; else null.
 */
function earlierDocument(args: ExtractArgs, out: string): (article: Article) => Promise<Document | null> {
  return async (article) => {
    let doc: Document;
    try {
      doc = JSON.parse(await readFile(path.join(out, OutputNamer.baseName(article)), 'utf8')) as Document;
    } catch {
      return null;
    }
    const sameDate = doc.referenceDate?.origin === 'option' ? doc.referenceDate.value === (args.referenceDate ?? null) : args.referenceDate === undefined;
    const same =
      doc.id === article.id &&
      doc.source?.sha256 === article.source.sha256 &&
      doc.source?.record === article.source.record &&
      doc.generator?.version === VERSION &&
      doc.offsetUnit === 'utf16' &&
      sameDate;
    return same ? doc : null;
  };
}

/** A stream written to a temporary file and renamed into place when the run ends. */
class AtomicStream {
  private readonly tmp: string;
  private readonly stream: WriteStream;

  private failure: Error | null = null;

  private constructor(private readonly target: string) {
    this.tmp = temporaryName(target);
    this.stream = createWriteStream(this.tmp);
    this.stream.on('error', (error) => {
      this.failure ??= error;
    });
  }

  /** Open the temporary file; rejects when it cannot be created. */
  static async open(target: string): Promise<AtomicStream> {
    const s = new AtomicStream(target);
    await new Promise<void>((resolve, reject) => {
      s.stream.once('ready', () => resolve());
      s.stream.once('error', reject);
    });
    return s;
  }

  /** Append a chunk, with back-pressure. */
  write(chunk: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return writeChunk(this.stream, chunk);
  }

  /** Close and rename into place (keep: true), or close and remove. */
  async finish(keep: boolean): Promise<void> {
    if (this.failure) throw this.failure;
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    if (keep) await rename(this.tmp, this.target);
    else await rm(this.tmp, { force: true });
  }

  /** Abandon the file. */
  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.tmp, { force: true });
  }
}

/**
 * Write the run into the output folder: per-article JSON, claims.jsonl, claims.csv, brat
 * .txt/.ann pairs under brat/ (with annotation.conf), and manifest.json, as the formats ask.
 */
async function toFolder(args: ExtractArgs, out: string, streams: CliStreams): Promise<RunSummary> {
  const started = performance.now();
  let jsonl: AtomicStream | null = null;
  let csv: AtomicStream | null = null;
  try {
    await mkdir(out, { recursive: true });
    await removeStaleTemporaries(out);
    await probeWritable(out);
    jsonl = args.formats.includes('jsonl') ? await AtomicStream.open(path.join(out, 'claims.jsonl')) : null;
    csv = args.formats.includes('csv') ? await AtomicStream.open(path.join(out, 'claims.csv')) : null;
  } catch (error) {
    await jsonl?.abort();
    throw new OutputFolderError(out, error);
  }
  const namer = new OutputNamer();
  const files = new ContainedWriter(out);
  const written: OutputRecord[] = [];
  const wantJson = args.formats.includes('json');
  const wantBrat = args.formats.includes('brat');
  try {
    await csv?.write(csvHeader());
    const reuse = args.resume ? earlierDocument(args, out) : undefined;
    const summary = await runExtraction(args, streams, 'folder', async (doc, reused) => {
      const output = wantJson || wantBrat ? namer.nameFor(doc) : null;
      try {
        // A document reused from the earlier run is already on disk, byte for byte.
        if (output && doc.json !== null && !reused) await files.write(output, doc.json);
        if (output && doc.brat) {
          const stem = `brat/${output.replace(/\.json$/, '')}`;
          await files.write(`${stem}.txt`, doc.brat.txt);
          await files.write(`${stem}.ann`, doc.brat.ann);
        }
      } catch (error) {
        // This article's files could not be written (a read-only subfolder, a folder in the way):
        // it fails alone, and its claims stay out of the shared files.
        return { path: doc.source.path, record: doc.source.record, id: doc.id, code: 'write-failed', message: `cannot write ${output}: ${(error as Error).message}` };
      }
      if (doc.jsonl !== null) await jsonl?.write(doc.jsonl);
      if (doc.csv !== null) await csv?.write(doc.csv);
      written.push({ id: doc.id, input: doc.source.path, record: doc.source.record, output: wantJson ? output : null, claims: doc.claims, sha256: doc.source.sha256 });
    }, reuse);
    const any = summary.documents + summary.failures.length > 0 || summary.interrupted;
    try {
      await jsonl?.finish(any);
      await csv?.finish(any);
      if (any && wantBrat) await writeFileAtomic(path.join(out, 'brat', 'annotation.conf'), bratConfig());
      if (any) {
        const options = { referenceDate: args.referenceDate ?? null, formats: args.formats, jobs: args.jobs, offsets: args.offsets };
        const manifest = buildManifest(options, written, summary.failures, performance.now() - started, !summary.interrupted);
        await writeFileAtomic(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      }
    } catch (error) {
      throw new OutputFolderError(out, error);
    }
    return summary;
  } catch (error) {
    await jsonl?.abort();
    await csv?.abort();
    if (error instanceof OutputFolderError) throw error;
    // claims.jsonl or claims.csv could not be written on: the disk is full or the folder went away.
    if ((error as NodeJS.ErrnoException)?.code) throw new OutputFolderError(out, error);
    throw error;
  }
}

/** Check that files can be created in the output folder, before any work starts. */
async function probeWritable(out: string): Promise<void> {
  const probe = temporaryName(path.join(out, 'manifest.json'));
  await writeFile(probe, '');
  await rm(probe, { force: true });
}

/** Write claim records (or whole documents) as JSON Lines to stdout, stopping quietly on a closed pipe. */
async function toStdout(args: ExtractArgs, streams: CliStreams): Promise<RunSummary> {
  let closed = false;
  let failure: Error | null = null;
  const onError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') closed = true;
    else failure ??= error;
  };
  streams.stdout.on('error', onError);
  const csv = args.formats.includes('csv');
  const emit = async (chunk: string): Promise<void> => {
    try {
      await writeChunk(streams.stdout, chunk);
    } catch (error) {
      onError(error as NodeJS.ErrnoException);
    }
  };
  try {
    if (csv) await emit(csvHeader());
    const summary = await runExtraction(args, streams, 'stream', async (doc) => {
      if (doc.json !== null) await emit(doc.json);
      if (doc.jsonl !== null && !closed) await emit(doc.jsonl);
      if (doc.csv !== null && !closed) await emit(doc.csv);
      if (failure) throw failure;
      return closed ? 'stop' : undefined;
    });
    return summary;
  } finally {
    streams.stdout.off('error', onError);
  }
}
