import type { Sentence, Token } from '../../pipeline/types.js';
import type { Time } from '../../schema/index.js';
import { formatYm, formatYmd, isValidDay, type Ymd } from './calendar-math.js';
import { FULL_MONTH_NAMES, QUARTER_ORDINALS } from './lexicon/calendar.js';
import type { TimesLexicon } from './lexicon/index.js';
import { RELATIVE_DAYS } from './lexicon/relative.js';
import {
  resolveDayShift,
  resolveFromPrevious,
  resolveMonth,
  resolveMonthDay,
  resolveUnitShift,
  resolveWeekday,
  type Resolved,
} from './resolve.js';
import type { Tense } from './tense.js';

/** What the scanner knows while reading one sentence. */
export interface ScanContext {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly lex: TimesLexicon;
  readonly ref: Ymd | null;
  readonly tense: Tense;
  /** The last day the text named, for "the previous day". */
  previousDay: Ymd | null;
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
}

const DIGITS_1_2 = /^\d{1,2}$/;
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/;
const YEAR = /^(1[0-9]|20|21)\d{2}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MID_YEAR = /^mid-(\d{4})$/i;
const MID_WORD = /^mid-(\p{L}+)$/iu;
const DECADE = /^(\d{3})0s$/;
const CLOCK = /^(\d{1,2}):(\d{2})$/;
const CLOCK_GLUED = /^(\d{1,2})(am|pm|a\.m\.|p\.m\.)$/i;
const QUARTER_CODE = /^q([1-4])$/i;
const MERIDIEM = /^(?:a\.?m\.?|p\.?m\.?)$/i;
const NUMBER = /^\d+(?:\.\d+)?$/;

const explicit = (value: string, day: Ymd | null = null): Resolved => ({ value, anchor: 'none', day });

function match(from: number, to: number, type: TimeMatch['type'], r: Resolved, mod: Time['mod'] = null): TimeMatch {
  return { tokenStart: from, tokenEnd: to, type, value: r.value, mod, anchor: r.anchor, day: r.day };
}

/** A month name at `k` (capitalised; an abbreviation may carry its period), with the token after it. */
function monthAt(ctx: ScanContext, k: number): { month: number; next: number; ambiguous: boolean } | null {
  const t = ctx.tokens[k];
  if (!t || !t.capitalized || k >= ctx.sentence.tokenEnd) return null;
  const word = t.norm.replace(/\.$/, '');
  const month = ctx.lex.months.get(word);
  if (month === undefined) return null;
  let next = k + 1;
  const abbreviated = !FULL_MONTH_NAMES.has(word);
  if (abbreviated && ctx.tokens[next]?.text === '.' && !ctx.tokens[next]!.spaceBefore) next++;
  return { month, next, ambiguous: ctx.lex.ambiguousMonths.has(word) };
}

/** A day of the month at `k` ("9", "9th"). */
function dayAt(ctx: ScanContext, k: number): number | null {
  const t = ctx.tokens[k];
  if (!t || k >= ctx.sentence.tokenEnd) return null;
  const m = DIGITS_1_2.test(t.text) ? t.text : ORDINAL_DAY.exec(t.norm)?.[1];
  if (m === undefined) return null;
  const d = Number(m);
  return d >= 1 && d <= 31 ? d : null;
}

/** A four-digit year at `k`. */
function yearAt(ctx: ScanContext, k: number): number | null {
  const t = ctx.tokens[k];
  if (!t || k >= ctx.sentence.tokenEnd || !YEAR.test(t.text)) return null;
  return Number(t.text);
}

function norm(ctx: ScanContext, k: number): string {
  return k < ctx.sentence.tokenEnd && k >= ctx.sentence.tokenStart ? (ctx.tokens[k]?.norm ?? '') : '';
}

/** Whether the token before `k` is a word that marks a following bare month or year as a time. */
function signalled(ctx: ScanContext, k: number): boolean {
  return ctx.lex.timeSignals.has(norm(ctx, k - 1));
}

/** "November 9th", "Nov. 9, 2025", "February 2022", "October"; "9 November 2025"; "2025-11-12". */
function explicitDate(ctx: ScanContext, i: number): TimeMatch | null {
  const month = monthAt(ctx, i);
  if (month) {
    let k = month.next;
    const day = dayAt(ctx, k);
    if (day !== null) k++;
    let year = yearAt(ctx, k);
    if (year !== null) k++;
    else if (day !== null && ctx.tokens[k]?.text === ',' && yearAt(ctx, k + 1) !== null) {
      year = yearAt(ctx, k + 1);
      k += 2;
    } else if (norm(ctx, k) === 'of' && yearAt(ctx, k + 1) !== null) {
      year = yearAt(ctx, k + 1);
      k += 2;
    }
    if (day === null && year === null && month.ambiguous && !signalled(ctx, i)) return null;
    if (day !== null && year !== null) {
      if (!isValidDay(year, month.month, day)) return null;
      const d = { y: year, m: month.month, d: day };
      return match(i, k, 'DATE', explicit(formatYmd(d), d));
    }
    if (year !== null) return match(i, k, 'DATE', explicit(formatYm(year, month.month)));
    if (day !== null) return match(i, k, 'DATE', resolveMonthDay(month.month, day, ctx.tense, ctx.ref));
    return match(i, k, 'DATE', resolveMonth(month.month, ctx.tense, ctx.ref));
  }
  const day = dayAt(ctx, i);
  if (day !== null) {
    let k = i + 1;
    if (norm(ctx, k) === 'of') k++;
    const m = monthAt(ctx, k);
    if (!m) return null;
    k = m.next;
    const year = yearAt(ctx, k);
    if (year !== null) {
      if (!isValidDay(year, m.month, day)) return null;
      const d = { y: year, m: m.month, d: day };
      return match(i, k + 1, 'DATE', explicit(formatYmd(d), d));
    }
    return match(i, k, 'DATE', resolveMonthDay(m.month, day, ctx.tense, ctx.ref));
  }
  const t = ctx.tokens[i]!;
  const iso = ISO_DATE.exec(t.text);
  if (iso) {
    const d = { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) };
    return isValidDay(d.y, d.m, d.d) ? match(i, i + 1, 'DATE', explicit(t.text, d)) : null;
  }
  const mid = MID_YEAR.exec(t.text);
  if (mid) return match(i, i + 1, 'DATE', explicit(mid[1]!), 'MID');
  const midWord = MID_WORD.exec(t.text);
  if (midWord) {
    const m = ctx.lex.months.get(midWord[1]!.toLowerCase());
    if (m !== undefined) return match(i, i + 1, 'DATE', resolveMonth(m, ctx.tense, ctx.ref), 'MID');
  }
  const decade = DECADE.exec(t.text);
  if (decade) return match(i, i + 1, 'DATE', explicit(decade[1]!));
  const year = yearAt(ctx, i);
  if (year !== null && signalled(ctx, i)) {
    const next = ctx.tokens[i + 1];
    const countsSomething = next && i + 1 < ctx.sentence.tokenEnd && next.pos === 'NOUN' && !next.capitalized && !ctx.lex.units.has(next.norm);
    if (!countsSomething && !(next && /^[%-]/.test(next.text) && !next.spaceBefore)) {
      return match(i, i + 1, 'DATE', explicit(String(year)));
    }
  }
  return null;
}

/**
 * Unit, month, weekday or year after a shift word or "of the": "the year", "last October",
 * "2024". Returns the resolved value and the end token.
 */
function periodAfter(ctx: ScanContext, k: number, shift: number): { r: Resolved; end: number } | null {
  const unit = ctx.lex.units.get(norm(ctx, k));
  if (unit && !unit.clock && unit.size === 1) return { r: resolveUnitShift(unit.code, shift, ctx.ref), end: k + 1 };
  const year = yearAt(ctx, k);
  if (year !== null) return { r: explicit(String(year)), end: k + 1 };
  const month = monthAt(ctx, k);
  if (month) {
    const tense: Tense = shift < 0 ? 'past' : shift > 0 ? 'future' : ctx.tense;
    return { r: resolveMonth(month.month, tense, ctx.ref), end: month.next };
  }
  return null;
}

/** "the beginning of the year", "the end of last year", "early next year", "late 2024". */
function partOfPeriod(ctx: ScanContext, i: number): TimeMatch | null {
  let k = i;
  if (norm(ctx, k) === 'the') k++;
  const part = ctx.lex.partWords.get(norm(ctx, k));
  if (!part) return null;
  const partWord = norm(ctx, k);
  k++;
  if (partWord === 'beginning' || partWord === 'start' || partWord === 'end' || partWord === 'middle' || partWord === 'close') {
    if (k - i < 2 || norm(ctx, k) !== 'of') return null;
    k++;
  } else if (k - 1 !== i) {
    return null;
  }
  let shift = 0;
  const determiner = norm(ctx, k);
  if (determiner === 'the') k++;
  else if (ctx.lex.shiftWords.has(determiner)) {
    shift = ctx.lex.shiftWords.get(determiner)!;
    k++;
  }
  const period = periodAfter(ctx, k, shift);
  if (!period) return null;
  return match(i, period.end, 'DATE', period.r, part);
}

/** "yesterday", "last year", "next week", "last Friday", "two years ago", "the previous day", "recent months". */
function relative(ctx: ScanContext, i: number): TimeMatch | null {
  const w = norm(ctx, i);
  const dayShift = ctx.lex.dayWords.get(w);
  if (dayShift !== undefined) {
    let r = resolveDayShift(dayShift, ctx.ref);
    if (w === 'tonight') r = { ...r, value: `${r.value}TNI` };
    return withPartOfDay(ctx, match(i, i + 1, 'DATE', r));
  }
  // "the previous day", "the next day", "the same day"
  if (w === 'the' || w === 'that') {
    const which = norm(ctx, i + 1);
    if (norm(ctx, i + 2) === 'day') {
      const off = RELATIVE_DAYS.get(which);
      if (off !== undefined) return match(i, i + 3, 'DATE', resolveFromPrevious(off, ctx.previousDay));
    }
    if (w === 'the' && (which === 'past' || which === 'last' || which === 'next' || which === 'coming')) return null;
  }
  const shift = ctx.lex.shiftWords.get(w);
  if (shift !== undefined && w !== 'past' && w !== 'current') {
    const k = i + 1;
    const weekday = ctx.lex.weekdays.get(norm(ctx, k));
    if (weekday !== undefined && ctx.tokens[k]!.capitalized) {
      return withPartOfDay(ctx, match(i, k + 1, 'DATE', resolveWeekday(weekday, ctx.tense, ctx.ref, shift)));
    }
    const season = ctx.lex.seasons.get(norm(ctx, k));
    if (season !== undefined) {
      const y = resolveUnitShift('Y', shift, ctx.ref);
      return match(i, k + 1, 'DATE', { ...y, value: `${y.value}-${season}` });
    }
    const period = periodAfter(ctx, k, shift);
    if (period && yearAt(ctx, k) === null) return match(i, period.end, 'DATE', period.r);
  }
  // "earlier this year", "later this month"
  if ((w === 'earlier' || w === 'later') && norm(ctx, i + 1) === 'this') {
    const period = periodAfter(ctx, i + 2, 0);
    if (period) return match(i, period.end, 'DATE', period.r);
  }
  // "two years ago", "a week earlier"
  const amount = amountAt(ctx, i);
  if (amount) {
    const unit = ctx.lex.units.get(norm(ctx, amount.next));
    const after = norm(ctx, amount.next + 1);
    if (unit && !unit.clock && (after === 'ago' || after === 'earlier' || after === 'later') && amount.value !== null) {
      const sign = after === 'later' ? 1 : -1;
      const n = amount.value * unit.size * sign;
      const r = unit.code === 'D' ? resolveDayShift(n, ctx.ref) : unit.code === 'W' ? resolveUnitShift('W', n, ctx.ref) : resolveUnitShift(unit.code, n, ctx.ref);
      return match(i, amount.next + 2, 'DATE', r);
    }
  }
  // "recent months" → a vague duration
  if (w === 'recent') {
    const unit = ctx.lex.units.get(norm(ctx, i + 1));
    if (unit && norm(ctx, i + 1).endsWith('s')) return match(i, i + 2, 'DURATION', explicit(`P${unit.clock ? 'T' : ''}X${unit.code}`));
  }
  const weekday = ctx.lex.weekdays.get(w);
  if (weekday !== undefined && ctx.tokens[i]!.capitalized && w.length > 3) {
    return withPartOfDay(ctx, match(i, i + 1, 'DATE', resolveWeekday(weekday, ctx.tense, ctx.ref)));
  }
  return null;
}

/** Extend a day with a part of the day after it: "Friday night" → "...TNI". */
function withPartOfDay(ctx: ScanContext, m: TimeMatch): TimeMatch {
  const part = ctx.lex.partsOfDay.get(norm(ctx, m.tokenEnd));
  if (!part || m.value.includes('T')) return m;
  return { ...m, tokenEnd: m.tokenEnd + 1, value: `${m.value}T${part}` };
}

/** A number at `k`: digits, a number word, or "a"/"an" (1); `value` null for "several", "a few". */
function amountAt(ctx: ScanContext, k: number): { value: number | null; next: number } | null {
  const t = ctx.tokens[k];
  if (!t || k >= ctx.sentence.tokenEnd) return null;
  if (NUMBER.test(t.text)) return { value: Number(t.text), next: k + 1 };
  const word = ctx.lex.cardinals.get(t.norm);
  if (word !== undefined) {
    // "twenty-one"
    if (ctx.tokens[k + 1]?.text === '-' && ctx.lex.cardinals.has(norm(ctx, k + 2))) {
      return { value: word + ctx.lex.cardinals.get(norm(ctx, k + 2))!, next: k + 3 };
    }
    return { value: word, next: k + 1 };
  }
  if (t.norm === 'a' || t.norm === 'an') {
    if (norm(ctx, k + 1) === 'few') return { value: null, next: k + 2 };
    return { value: 1, next: k + 1 };
  }
  if (ctx.lex.vagueAmounts.has(t.norm) && t.norm !== 'recent' && t.norm !== 'past' && t.norm !== 'coming') return { value: null, next: k + 1 };
  return null;
}

function durationValue(unit: { code: string; clock: boolean; size: number }, n: number | null): string {
  const amount = n === null ? 'X' : String(n * unit.size);
  if (unit.code === 'Q') return n === null ? 'PXQ' : `P${(n * unit.size * 3)}M`;
  return `P${unit.clock ? 'T' : ''}${amount}${unit.code}`;
}

/** "five years", "24 hours", "the past five years", "within a year", "two-year", "for decades". */
function duration(ctx: ScanContext, i: number): TimeMatch | null {
  let k = i;
  if (norm(ctx, k) === 'the' && ['past', 'last', 'next', 'coming', 'first'].includes(norm(ctx, k + 1))) k += 2;
  const amount = amountAt(ctx, k);
  if (amount) {
    const isArticle = norm(ctx, k) === 'a' || norm(ctx, k) === 'an';
    if (isArticle && k === i && !ctx.lex.durationSignals.has(norm(ctx, i - 1))) return null;
    let u = amount.next;
    if (ctx.tokens[u]?.text === '-' && !ctx.tokens[u]!.spaceBefore) u++;
    const unit = ctx.lex.units.get(norm(ctx, u));
    if (!unit || unit.code === 'WE') return null;
    return match(i, u + 1, 'DURATION', explicit(durationValue(unit, amount.value)));
  }
  // "the past year", "the last decade"
  if (k > i) {
    const unit = ctx.lex.units.get(norm(ctx, k));
    if (unit && unit.code !== 'WE') return match(i, k + 1, 'DURATION', explicit(durationValue(unit, norm(ctx, k).endsWith('s') ? null : 1)));
    return null;
  }
  // "for years", "for decades"
  const unit = ctx.lex.units.get(norm(ctx, i));
  if (unit && norm(ctx, i).endsWith('s') && norm(ctx, i - 1) === 'for' && !unit.clock) {
    return match(i, i + 1, 'DURATION', explicit(durationValue(unit, null)));
  }
  return null;
}

/** "each month", "every two weeks", "per day", "£5 a day", "monthly", "every Thursday". */
function set(ctx: ScanContext, i: number): TimeMatch | null {
  const w = norm(ctx, i);
  const adverb = ctx.lex.frequencyAdverbs.get(w);
  if (adverb) return match(i, i + 1, 'SET', explicit(adverb));
  if (!ctx.lex.setWords.has(w)) return null;
  if (w === 'a' || w === 'an') {
    const prev = ctx.tokens[i - 1];
    if (!prev || i - 1 < ctx.sentence.tokenStart) return null;
    const prevWord = prev.norm;
    const afterAmount = prev.type === 'number' || prev.pos === 'NOUN' || prevWord === 'times' || prevWord === 'once' || prevWord === 'twice';
    if (!afterAmount || ctx.lex.durationSignals.has(prevWord) || ctx.lex.timeSignals.has(prevWord)) return null;
  }
  let k = i + 1;
  let n = 1;
  const amount = w === 'every' ? amountAt(ctx, k) : null;
  if (amount && amount.value !== null) {
    n = amount.value;
    k = amount.next;
  }
  const unit = ctx.lex.units.get(norm(ctx, k));
  if (unit && unit.code !== 'WE') return match(i, k + 1, 'SET', explicit(durationValue(unit, n)));
  if (w === 'each' || w === 'every') {
    const weekday = ctx.lex.weekdays.get(norm(ctx, k));
    if (weekday !== undefined) return match(i, k + 1, 'SET', explicit(`XXXX-WXX-${weekday}`));
    const month = monthAt(ctx, k);
    if (month) return match(i, month.next, 'SET', explicit(`XXXX-${String(month.month).padStart(2, '0')}`));
  }
  return null;
}

/** "10:30", "5pm", "5 p.m.", "noon", "midnight": a clock time on the reference date. */
function clockTime(ctx: ScanContext, i: number): TimeMatch | null {
  const t = ctx.tokens[i]!;
  let hours: number | null = null;
  let minutes = 0;
  let end = i + 1;
  const clock = CLOCK.exec(t.text);
  const glued = CLOCK_GLUED.exec(t.text);
  if (clock) {
    hours = Number(clock[1]);
    minutes = Number(clock[2]);
  } else if (glued) {
    hours = Number(glued[1]);
    const pm = glued[2]!.toLowerCase().startsWith('p');
    if (pm && hours < 12) hours += 12;
    if (!pm && hours === 12) hours = 0;
  } else if (DIGITS_1_2.test(t.text) && MERIDIEM.test(norm(ctx, i + 1))) {
    hours = Number(t.text);
  } else if (t.norm === 'noon' || t.norm === 'midday') {
    hours = 12;
  } else if (t.norm === 'midnight') {
    hours = 24;
  }
  if (hours === null || hours > 24 || minutes > 59) return null;
  const meridiem = norm(ctx, end);
  if (MERIDIEM.test(meridiem)) {
    if (meridiem.startsWith('p') && hours < 12) hours += 12;
    if (meridiem.startsWith('a') && hours === 12) hours = 0;
    end++;
  } else if (!clock && !glued && hours !== 12 && hours !== 24) {
    return null;
  }
  const date = ctx.ref ? formatYmd(ctx.ref) : 'XXXX-XX-XX';
  const hh = String(hours).padStart(2, '0');
  const mm = String(minutes).padStart(2, '0');
  return match(i, end, 'TIME', { value: `${date}T${hh}:${mm}`, anchor: ctx.ref ? 'reference' : 'none', day: null });
}

/** "the third quarter (of 2024)", "Q3 2024": a quarter, in the year the tense points to when none is given. */
function quarter(ctx: ScanContext, i: number): TimeMatch | null {
  let k = i;
  let q: number | undefined;
  const code = QUARTER_CODE.exec(ctx.tokens[i]!.text);
  if (code) {
    q = Number(code[1]);
    k = i + 1;
  } else {
    if (norm(ctx, k) === 'the') k++;
    q = QUARTER_ORDINALS.get(norm(ctx, k));
    if (q === undefined || norm(ctx, k + 1) !== 'quarter') return null;
    k += 2;
    if (norm(ctx, k) === 'of' && yearAt(ctx, k + 1) !== null) k++;
  }
  const year = yearAt(ctx, k);
  if (year !== null) return match(i, k + 1, 'DATE', explicit(`${year}-Q${q}`));
  if (code) return null;
  if (!ctx.ref) return match(i, k, 'DATE', { value: `XXXX-Q${q}`, anchor: 'none', day: null });
  const current = Math.floor((ctx.ref.m - 1) / 3) + 1;
  let y = ctx.ref.y;
  if (ctx.tense !== 'future' && q > current) y--;
  else if (ctx.tense === 'future' && q < current) y++;
  return match(i, k, 'DATE', { value: `${y}-Q${q}`, anchor: 'reference', day: null });
}

/** "now", "currently", "recently": TIMEX3 reference values. */
function referenceWord(ctx: ScanContext, i: number): TimeMatch | null {
  const value = ctx.lex.referenceWords.get(norm(ctx, i));
  return value ? match(i, i + 1, 'DATE', explicit(value)) : null;
}

const MATCHERS = [explicitDate, quarter, partOfPeriod, relative, duration, set, clockTime, referenceWord] as const;

/** Whether a time expression can start at token `i`: a digit, or a word some matcher starts with. */
function mayStart(ctx: ScanContext, i: number): boolean {
  const w = ctx.tokens[i]!.norm;
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (ctx.lex.starters.has(w)) return true;
  return (w.endsWith('.') && ctx.lex.starters.has(w.slice(0, -1))) || w.startsWith('mid-') || QUARTER_CODE.test(w);
}

/** Find the temporal expressions of one sentence, left to right, longest first at each token. */
export function scanSentence(ctx: ScanContext): TimeMatch[] {
  const found: TimeMatch[] = [];
  for (let i = ctx.sentence.tokenStart; i < ctx.sentence.tokenEnd; i++) {
    if (!mayStart(ctx, i)) continue;
    for (const matcher of MATCHERS) {
      const m = matcher(ctx, i);
      if (!m) continue;
      found.push(m);
      if (m.day) ctx.previousDay = m.day;
      i = m.tokenEnd - 1;
      break;
    }
  }
  return found;
}
