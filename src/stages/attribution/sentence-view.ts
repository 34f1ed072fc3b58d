import type { DocumentDraft } from '../../pipeline/draft.js';
import type { Mention, Quotation, Sentence, TimeAnnotation, Token } from '../../pipeline/types.js';
import type { MentionsLexicon } from '../mentions/lexicon/index.js';
import type { AttributionLexicon } from './lexicon/index.js';

/** Everything the attribution rules look at, for the whole document. */
export interface AttributionContext {
  readonly draft: DocumentDraft;
  readonly tokens: readonly Token[];
  readonly lex: AttributionLexicon;
  readonly names: MentionsLexicon;
  /** Index of the top-level quotation each token is in, or -1. */
  readonly quoteOf: Int32Array;
  /** 1 where a token is the opening mark of a top-level quotation. */
  readonly opensQuote: Uint8Array;
  /** 1 where a token is the closing mark of a top-level quotation. */
  readonly closesQuote: Uint8Array;
  /** 1 for each quotation (by index) that is a title, not speech ("on “Harbour Hour,” he said"). */
  readonly titleQuote: Uint8Array;
  /** Mentions by first token. */
  readonly mentionAt: ReadonlyMap<number, Mention>;
  /** Times by first token. */
  readonly timeAt: ReadonlyMap<number, TimeAnnotation>;
  /** Time expressions by their last token. */
  readonly timeEndingAt: ReadonlyMap<number, TimeAnnotation>;
  /** Top-level quotations, in text order. */
  readonly quotations: readonly Quotation[];
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  /** 1 where a token is part of a name the mentions stage found. */
  readonly inMention: Uint8Array;
}

/** Build the lookups the attribution rules share. */
export function createContext(draft: DocumentDraft): AttributionContext {
  const n = draft.tokens.length;
  const quoteOf = new Int32Array(n).fill(-1);
  const opensQuote = new Uint8Array(n);
  const closesQuote = new Uint8Array(n);
  const quotations = draft.quotations.filter((q) => q.depth === 0);
  for (const q of quotations) {
    quoteOf.fill(q.index, q.tokenStart, q.tokenEnd);
    opensQuote[q.tokenStart] = 1;
    if (q.closed) closesQuote[q.tokenEnd - 1] = 1;
  }
  const mentionAt = new Map<number, Mention>();
  const inMention = new Uint8Array(n);
  for (const m of draft.mentions) {
    if (!mentionAt.has(m.tokenStart)) mentionAt.set(m.tokenStart, m);
    inMention.fill(1, m.tokenStart, m.tokenEnd);
  }
  const sentenceOf = new Int32Array(n);
  for (const s of draft.sentences) sentenceOf.fill(s.index, s.tokenStart, s.tokenEnd);
  const timeAt = new Map<number, TimeAnnotation>();
  const timeEndingAt = new Map<number, TimeAnnotation>();
  for (const t of draft.times) {
    timeAt.set(t.tokenStart, t);
    timeEndingAt.set(t.tokenEnd - 1, t);
  }
  return {
    draft,
    tokens: draft.tokens,
    lex: draft.lexicons.attribution,
    names: draft.lexicons.mentions,
    quoteOf,
    opensQuote,
    closesQuote,
    titleQuote: titleQuotations(draft),
    mentionAt,
    timeAt,
    timeEndingAt,
    quotations,
    sentenceOf,
    inMention,
  };
}

/** Most words of a title in quotation marks ("The Long Road Home Again"). */
const MAX_TITLE_WORDS = 7;

/**
 * Which quotations are titles of shows, songs or books, not speech: a few words in title case
 * after a word in the same sentence ("the broadcast of “Harbour Hour,”", "the ballad “The
 * Long Road Home Again,”").
 */
function titleQuotations(draft: DocumentDraft): Uint8Array {
  const { tokens } = draft;
  const cues = draft.lexicons.attribution.cueForms;
  const titles = new Uint8Array(draft.quotations.length);
  for (const q of draft.quotations) {
    const before = tokens[q.tokenStart - 1];
    if (!q.closed || !before || before.type !== 'word' || before.newlinesBefore > 0 || cues.has(before.norm)) continue;
    let words = 0;
    let title = true;
    for (let k = q.tokenStart + 1; k < q.tokenEnd - 1 && title; k++) {
      const t = tokens[k]!;
      if (t.type === 'word') {
        words++;
        title = (words > 1 || t.capitalized) && (t.text.length < 4 || t.capitalized);
      } else if (TERMINAL.test(t.text)) {
        title = false;
      }
    }
    if (title && words > 0 && words <= MAX_TITLE_WORDS) titles[q.index] = 1;
  }
  return titles;
}

/** Terminal punctuation that ends a sentence's content. */
export const TERMINAL = /^[.!?…]+$/u;

/** Whether a token is a quotation mark of any kind. */
export function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && /^[“”"‘’'«»„]$/u.test(token.text);
}

/** The last token index of a sentence that is not terminal punctuation or a stray closing mark. */
export function contentEnd(ctx: AttributionContext, sentence: Sentence, from: number): number {
  let end = sentence.tokenEnd;
  while (end > from) {
    const t = ctx.tokens[end - 1]!;
    if (TERMINAL.test(t.text)) end--;
    else if (isQuoteMark(t) && !(ctx.closesQuote[end - 1] && ctx.quoteOf[end - 1]! >= 0 && ctx.draft.quotations[ctx.quoteOf[end - 1]!]!.tokenStart >= from)) end--;
    else break;
  }
  return end;
}
