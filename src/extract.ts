import { createHash } from 'node:crypto';
import type { Diagnostic, Document, DocumentSource, ReferenceDate } from './schema/index.js';
import { DocumentSchema } from './schema/index.js';
import { datelineDate } from './io/dateline.js';
import { buildLexicons, type Lexicons } from './lexicons.js';
import { ExtractOptionsSchema, parseOptions, type ExtractOptions } from './options.js';

export type { ExtractOptions } from './options.js';
import { createDraft, report, type ArticleInfo } from './pipeline/draft.js';
import { DEFAULT_PIPELINE } from './pipeline/stages.js';
import { addTiming, type StageTimings } from './pipeline/pipeline.js';
import { toDocument } from './pipeline/to-document.js';

/** One article ready for analysis: text plus what its input said about it. */
export interface Article {
  readonly text: string;
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  /** Author line and publication from the input metadata (HTML pages), if any. */
  readonly byline?: string | null;
  readonly siteName?: string | null;
  /** The article's date from its metadata (YYYY-MM-DD), if any. */
  readonly publishedAt: string | null;
  readonly source: DocumentSource;
  /** What reading the input noted (invalid bytes, an unreadable date); copied into the document. */
  readonly notes?: readonly Diagnostic[];
}

/** An article that took longer than its time limit. */
export class ArticleTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`the article took longer than the time limit (${limitMs >= 1000 ? `${Math.round(limitMs / 100) / 10} s` : `${limitMs} ms`})`);
    this.name = 'ArticleTimeoutError';
  }
}

/** How to analyse articles: the reference-date override and the word lists. */
export interface AnalysisSettings {
  readonly referenceDate: string | null;
  readonly lexicons: Lexicons;
  /** When given, each stage's time (and "output": building and validating the document) is added to it. */
  readonly timings?: StageTimings;
  /** When the analysis must stop with {@link ArticleTimeoutError} (`at`: a `performance.now()` value), checked between stages. */
  readonly deadline?: { readonly at: number; readonly limitMs: number };
}

/**
 * Normalise text for analysis: drop a byte-order mark, turn CRLF and CR into LF, and compose
 * characters (NFC), so that offsets mean the same thing in every tool.
 */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** The SHA-256 of a string's UTF-8 bytes, in hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Analyse one article with the default pipeline and return its validated document.
 *
 * @throws Error when the output fails validation (a bug: please report it).
 */
export function analyzeArticle(article: Article, settings: AnalysisSettings): Document {
  const text = normalizeText(article.text);
  const dateline = settings.referenceDate || article.publishedAt ? null : datelineDate(text);
  const referenceDate: ReferenceDate = settings.referenceDate
    ? { value: settings.referenceDate, origin: 'option' }
    : article.publishedAt
      ? { value: article.publishedAt, origin: 'metadata' }
      : dateline
        ? { value: dateline, origin: 'dateline' }
        : { value: null, origin: 'none' };
  const info: ArticleInfo = { id: article.id, title: article.title, url: article.url, byline: article.byline ?? null, siteName: article.siteName ?? null, source: article.source };
  const draft = createDraft(text, info, referenceDate, settings.lexicons);
  draft.diagnostics.push(...(article.notes ?? []));
  if (text !== article.text) {
    report(draft, 'io', 'info', 'text-normalized', 'The text was normalised (byte-order mark, line ends or Unicode composition); offsets refer to document.text.');
  }
  if (text.trim() === '') {
    report(draft, 'io', 'warning', 'empty-text', 'The article has no text; nothing was extracted.');
  } else {
    const deadline = settings.deadline;
    const check = deadline
      ? (): void => {
          if (performance.now() > deadline.at) throw new ArticleTimeoutError(deadline.limitMs);
        }
      : undefined;
    DEFAULT_PIPELINE.run(draft, settings.timings, check);
  }
  const outputStart = performance.now();
  const document = toDocument(draft);
  const checked = DocumentSchema.safeParse(document);
  if (settings.timings) addTiming(settings.timings, 'output', outputStart);
  if (!checked.success) {
    throw new Error(`claimkit: internal error: document "${article.id}" does not match the output schema: ${checked.error.message}`);
  }
  return document;
}

/**
 * Extract claims, speakers, quantities and times from one article's text.
 *
 * @param text The article text.
 * @param options Reference date, metadata to record, and word lists to add.
 * @returns The document (schema v1): entities, quantities, times, claims and diagnostics.
 * @throws TypeError when the options are invalid.
 *
 * @example
 * const doc = extract('“Prices will rise,” the minister said on Monday.', { referenceDate: '2025-11-12' });
 */
export function extract(text: string, options: ExtractOptions = {}): Document {
  if (typeof text !== 'string') throw new TypeError(`claimkit: extract(text) needs a string, got ${text === null ? 'null' : typeof text}.`);
  const o = parseOptions(ExtractOptionsSchema, options, 'extract');
  const hash = sha256(text);
  return analyzeArticle(
    {
      text,
      id: o.id ?? hash.slice(0, 16),
      title: o.title ?? null,
      url: o.url ?? null,
      publishedAt: o.publishedAt ?? null,
      source: { path: null, format: 'text', sha256: hash, record: null },
    },
    { referenceDate: o.referenceDate ?? null, lexicons: buildLexicons(o.lexicon) },
  );
}
