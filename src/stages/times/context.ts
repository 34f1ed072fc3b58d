import type { Sentence, Token } from '../../pipeline/types.js';
import type { Time } from '../../schema/index.js';
import type { Ymd } from './calendar-math.js';
import { FULL_MONTH_NAMES } from './lexicon/calendar.js';
import type { TimesLexicon } from './lexicon/index.js';
import type { Resolved } from './resolve.js';
import type { Tense } from './tense.js';

/** What the text has said so far that later times can be anchored to. */
export interface Discourse {
  /** The last day the text named, for "the previous day". */
  day: Ymd | null;
  /** The year of the last date the text named, for "the following year". */
  year: number | null;
  /** The month of the last date the text named, for "the following month". */
  month: { y: number; m: number } | null;
  /** The last quarter the text named, for "the year-ago quarter" and "a year earlier". */
  quarter: { y: number; q: number } | null;
}

/** What the matchers know while reading one sentence. */
export interface ScanContext {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly lex: TimesLexicon;
  readonly ref: Ymd | null;
  /** The tense of the clause around a token. */
  readonly tenseAt: (k: number) => Tense;
  readonly discourse: Discourse;
}

/** A temporal expression found in a sentence, before ids and spans are assigned. */
export interface TimeMatch {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  readonly value: string;
  readonly mod: Time['mod'];
  readonly anchor: 'reference' | 'previous-time' | 'none';
  readonly day: Ymd | null;
  /** What the expression is made of, where expressions next to each other may join. */
  readonly form?: 'clock' | 'part-of-day' | 'weekday' | 'month-day' | 'month' | 'year-shift' | 'quarter';
  /** For a year shift ("last year" -1, "two years ago" -2): how many years it moves. */
  readonly years?: number;
  /** The period the expression itself spans, when it is written as one ("1990-2001"). */
  readonly interval?: { readonly start: string; readonly end: string };
}

/** A matcher: the expression starting at token `i`, or null. */
export type Matcher = (ctx: ScanContext, i: number) => TimeMatch | null;

/** A value given explicitly by the text. */
export const explicit = (value: string, day: Ymd | null = null): Resolved => ({ value, anchor: 'none', day });

/** Build a match. */
export function match(from: number, to: number, type: TimeMatch['type'], r: Resolved, mod: Time['mod'] = null, form?: TimeMatch['form']): TimeMatch {
  return { tokenStart: from, tokenEnd: to, type, value: r.value, mod, anchor: r.anchor, day: r.day, ...(form ? { form } : {}) };
}

/** The folded token at `k`, or "" outside the sentence. */
export function norm(ctx: ScanContext, k: number): string {
  return k < ctx.sentence.tokenEnd && k >= ctx.sentence.tokenStart ? (ctx.tokens[k]?.norm ?? '') : '';
}

const DIGITS_1_2 = /^\d{1,2}$/;
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/;
const YEAR = /^(1[0-9]|20|21)\d{2}$/;

/** A month name at `k` (capitalised; an abbreviation may carry its period), with the token after it. */
export function monthAt(ctx: ScanContext, k: number): { month: number; next: number; ambiguous: boolean } | null {
  const t = ctx.tokens[k];
  if (!t || !t.capitalized || k >= ctx.sentence.tokenEnd) return null;
  const word = t.norm.replace(/\.$/, '');
  const month = ctx.lex.months.get(word);
  if (month === undefined) return null;
  let next = k + 1;
  if (!FULL_MONTH_NAMES.has(word) && ctx.tokens[next]?.text === '.' && !ctx.tokens[next]!.spaceBefore) next++;
  return { month, next, ambiguous: ctx.lex.ambiguousMonths.has(word) };
}

/** A day of the month at `k` ("9", "9th", "eighth"). */
export function dayAt(ctx: ScanContext, k: number): number | null {
  const t = ctx.tokens[k];
  if (!t || k >= ctx.sentence.tokenEnd) return null;
  const m = DIGITS_1_2.test(t.text) ? t.text : ORDINAL_DAY.exec(t.norm)?.[1];
  const d = m === undefined ? ctx.lex.ordinals.get(t.norm) : Number(m);
  return d !== undefined && d >= 1 && d <= 31 ? d : null;
}

/** A four-digit year at `k`. */
export function yearAt(ctx: ScanContext, k: number): number | null {
  const t = ctx.tokens[k];
  if (!t || k >= ctx.sentence.tokenEnd || !YEAR.test(t.text)) return null;
  return Number(t.text);
}

/** Whether the token before `k` marks a following bare month or year as a time ("in", "since"). */
export function signalled(ctx: ScanContext, k: number): boolean {
  return ctx.lex.timeSignals.has(norm(ctx, k - 1));
}

/** Whether the word at `k` is capitalised inside the sentence, as in a title or a name ("60 Minutes", "This Week"). */
export function titleWordAt(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && k > ctx.sentence.tokenStart && k < ctx.sentence.tokenEnd && t.capitalized && t.type === 'word';
}
