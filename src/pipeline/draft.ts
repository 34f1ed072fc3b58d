import type { Claim, Diagnostic, DocumentSource, ReferenceDate, Span } from '../schema/index.js';
import type {
  Attribution,
  EntityDraft,
  Mention,
  Paragraph,
  QuantityAnnotation,
  Quotation,
  Range,
  ResolvedSource,
  Sentence,
  StatementContext,
  TimeAnnotation,
  Token,
} from './types.js';
import type { Lexicons } from '../lexicons.js';

/** What is known about an article before analysis. */
export interface ArticleInfo {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly byline?: string | null;
  readonly siteName?: string | null;
  readonly source: DocumentSource;
}

/**
 * The carrier one article travels in through the pipeline (after vfile): its text and metadata,
 * the layers each stage adds, and diagnostics as data. Stages only read earlier layers and fill
 * their own.
 */
export interface DocumentDraft {
  readonly text: string;
  readonly article: ArticleInfo;
  readonly referenceDate: ReferenceDate;
  /** Word lists in effect: the built-in ones plus any the caller added. */
  readonly lexicons: Lexicons;
  /** Names of the stages that have run, in order. */
  readonly completed: string[];
  readonly diagnostics: Diagnostic[];

  // segment
  tokens: Token[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotations: Quotation[];
  // mentions
  mentions: Mention[];
  // times and quantities
  times: TimeAnnotation[];
  quantities: QuantityAnnotation[];
  // attribution
  attributions: Attribution[];
  statementContexts: StatementContext[];
  // coreference
  entities: EntityDraft[];
  /** Resolved source of each attribution, by attribution index. */
  resolvedSources: (ResolvedSource | null)[];
  /** Entity of each mention, by mention index (null when not part of an entity). */
  mentionEntities: (string | null)[];
  // claims
  claims: Claim[];
}

/**
 * Start a draft for an article.
 *
 * @param text The article text, already normalised (NFC, LF line ends).
 */
export function createDraft(text: string, article: ArticleInfo, referenceDate: ReferenceDate, lexicons: Lexicons): DocumentDraft {
  return {
    text,
    article,
    referenceDate,
    lexicons,
    completed: [],
    diagnostics: [],
    tokens: [],
    paragraphs: [],
    sentences: [],
    quotations: [],
    mentions: [],
    times: [],
    quantities: [],
    attributions: [],
    statementContexts: [],
    entities: [],
    resolvedSources: [],
    mentionEntities: [],
    claims: [],
  };
}

/** The span `{start, end, text}` of a range of the draft text. */
export function spanOf(draft: { readonly text: string }, range: Range): Span {
  return { start: range.start, end: range.end, text: draft.text.slice(range.start, range.end) };
}

/**
 * Record a diagnostic on the draft.
 *
 * @param range Where it applies, or null for the whole article.
 */
export function report(
  draft: DocumentDraft,
  stage: string,
  severity: Diagnostic['severity'],
  code: string,
  message: string,
  range: Range | null = null,
): void {
  draft.diagnostics.push({ code, severity, stage, message, span: range ? spanOf(draft, range) : null });
}
