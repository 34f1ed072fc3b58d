import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { extractFiles } from '../batch/extract-files.js';
import { toClaimRecords } from '../formats/claim-records.js';
import { buildManifest, type FailureRecord, type OutputRecord } from '../formats/manifest.js';
import { serializeDocument, serializeRecords } from '../formats/serialize.js';
import { temporaryName, writeFileAtomic } from '../io/atomic-write.js';
import { checkInputs, InputPathError } from '../io/discover.js';
import { OutputNamer } from '../io/output-paths.js';
import { CalendarDateSchema } from '../options.js';
import type { Document } from '../schema/index.js';
import { say, writeChunk, type CliStreams } from './streams.js';
import { EXTRACT_HELP } from './usage.js';

const FormatSchema = z.enum(['json', 'jsonl']);

/** Arguments of `claimkit extract`, after parsing. */
const ExtractArgsSchema = z.object({
  inputs: z.array(z.string()).min(1, 'nothing to read: give at least one file, folder or "-"'),
  out: z.string().min(1).optional(),
  referenceDate: CalendarDateSchema.optional(),
  formats: z.array(FormatSchema).min(1),
  jobs: z.number().int().min(1).max(256),
  quiet: z.boolean(),
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
        jobs: { type: 'string', short: 'j' },
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
    jobs,
    quiet: v.quiet ?? false,
  });
  if (!result.success) {
    return result.error.issues
      .map((i) => {
        const where = i.path[0] === 'referenceDate' ? '--reference-date' : i.path[0] === 'formats' ? '--format' : i.path[0] === 'jobs' ? '--jobs' : String(i.path[0] ?? '');
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
  const run = parsed.out ? await toFolder(parsed, parsed.out, streams) : await toStdout(parsed, streams);
  if (run.documents + run.failures.length === 0) {
    say(streams, 'nothing to read: no .txt, .md, .json or .jsonl files in the inputs');
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
}

/** Run the extraction, handing each document or failure to the callbacks in order. */
async function runExtraction(
  args: ExtractArgs,
  streams: CliStreams,
  onDocument: (doc: Document) => Promise<boolean | void>,
): Promise<RunSummary> {
  let documents = 0;
  let claims = 0;
  const failures: FailureRecord[] = [];
  for await (const result of extractFiles(args.inputs, { referenceDate: args.referenceDate, jobs: args.jobs, stdin: streams.stdin })) {
    if (!result.ok) {
      failures.push(result.failure);
      say(streams, describeFailure(result.failure));
      continue;
    }
    documents++;
    claims += result.document.claims.length;
    if ((await onDocument(result.document)) === false) break;
  }
  return { documents, claims, failures };
}

/** Write per-article JSON, claims.jsonl and manifest.json into the output folder. */
async function toFolder(args: ExtractArgs, out: string, streams: CliStreams): Promise<RunSummary> {
  const started = performance.now();
  await mkdir(out, { recursive: true });
  const namer = new OutputNamer();
  const written: OutputRecord[] = [];
  const wantJson = args.formats.includes('json');
  const claimsPath = path.join(out, 'claims.jsonl');
  const claimsTmp = args.formats.includes('jsonl') ? temporaryName(claimsPath) : null;
  const claimsStream = claimsTmp ? createWriteStream(claimsTmp) : null;
  try {
    const summary = await runExtraction(args, streams, async (doc) => {
      const output = wantJson ? namer.nameFor(doc) : null;
      if (output) await writeFileAtomic(path.join(out, output), serializeDocument(doc));
      if (claimsStream) await writeChunk(claimsStream, serializeRecords(toClaimRecords(doc)));
      written.push({ id: doc.id, input: doc.source.path, record: doc.source.record, output, claims: doc.claims.length, sha256: doc.source.sha256 });
    });
    if (claimsStream && claimsTmp) {
      await new Promise<void>((resolve, reject) => claimsStream.end((error?: Error | null) => (error ? reject(error) : resolve())));
      if (summary.documents + summary.failures.length > 0) await rename(claimsTmp, claimsPath);
      else await rm(claimsTmp, { force: true });
    }
    if (summary.documents + summary.failures.length > 0) {
      const manifest = buildManifest({ referenceDate: args.referenceDate ?? null, formats: args.formats, jobs: args.jobs }, written, summary.failures, performance.now() - started);
      await writeFileAtomic(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    }
    return summary;
  } catch (error) {
    claimsStream?.destroy();
    if (claimsTmp) await rm(claimsTmp, { force: true });
    throw error;
  }
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
  const documents = args.formats.includes('json');
  const claims = args.formats.includes('jsonl');
  const emit = async (chunk: string): Promise<void> => {
    try {
      await writeChunk(streams.stdout, chunk);
    } catch (error) {
      onError(error as NodeJS.ErrnoException);
    }
  };
  try {
    const summary = await runExtraction(args, streams, async (doc) => {
      if (documents) await emit(`${JSON.stringify(doc)}\n`);
      if (claims && !closed) await emit(serializeRecords(toClaimRecords(doc)));
      if (failure) throw failure;
      return !closed;
    });
    return summary;
  } finally {
    streams.stdout.off('error', onError);
  }
}
