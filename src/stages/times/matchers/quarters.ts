import { match, norm, yearAt, type ScanContext, type TimeMatch } from '../context.js';
import { HALF_YEAR_ORDINALS } from '../lexicon/calendar.js';
import type { Ymd } from '../calendar-math.js';
import type { Tense } from '../tense.js';

const QUARTER_CODE = /^q([1-4])$/i;

/** The quarter of a date, 1..4. */
const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;

/** The reporting quarter: the last one the text named, else the last full quarter before the reference date. */
function reportingQuarter(ctx: ScanContext): { y: number; q: number } | null {
  if (ctx.discourse.quarter) return ctx.discourse.quarter;
  if (!ctx.ref) return null;
  const current = quarterOf(ctx.ref.m);
  return current === 1 ? { y: ctx.ref.y - 1, q: 4 } : { y: ctx.ref.y, q: current - 1 };
}

/**
 * The year of a quarter named without one. Quarters are reported once they are over: in past
 * text the latest quarter that has begun by the reference date; present text may also mean the
 * next one; future text also the one just ended (its results are still to come).
 */
function quarterYear(q: number, tense: Tense, ref: Ymd): number {
  const current = quarterOf(ref.m);
  if (tense === 'future') return q >= current - 1 ? ref.y : ref.y + 1;
  return q <= current + (tense === 'present' ? 1 : 0) ? ref.y : ref.y - 1;
}

const value = (y: number | null, q: number | null): string => `${y === null ? 'XXXX' : String(y).padStart(4, '0')}${q === null ? '' : `-Q${q}`}`;

/** "the third quarter", "third-quarter", "Q3 2024", "the third quarter of 1989": a named quarter. */
function namedQuarter(ctx: ScanContext, i: number): TimeMatch | null {
  let k = i;
  let start = i;
  let q: number | undefined;
  const code = QUARTER_CODE.exec(norm(ctx, i));
  if (code) {
    q = Number(code[1]);
    k = i + 1;
    const year = yearAt(ctx, k);
    return year !== null ? match(i, k + 1, 'DATE', { value: value(year, q), anchor: 'none', day: null }, null, 'quarter') : null;
  }
  if (norm(ctx, k) === 'the') k++;
  q = ctx.lex.quarterOrdinals.get(norm(ctx, k));
  if (q === undefined) return null;
  k++;
  // "the third-quarter loss": an adjective, which takes no article.
  if (ctx.tokens[k]?.text === '-' && !ctx.tokens[k]!.spaceBefore) {
    k++;
    start = k - 2;
  }
  if (norm(ctx, k) !== 'quarter') return null;
  k++;
  if (norm(ctx, k) === 'of' && yearAt(ctx, k + 1) !== null) {
    return match(start, k + 2, 'DATE', { value: value(yearAt(ctx, k + 1), q), anchor: 'none', day: null }, null, 'quarter');
  }
  // "the first quarter of last year"
  const shift = ctx.lex.shiftWords.get(norm(ctx, k + 1));
  if (norm(ctx, k) === 'of' && shift !== undefined && norm(ctx, k + 2) === 'year' && ctx.ref) {
    return match(start, k + 3, 'DATE', { value: value(ctx.ref.y + shift, q), anchor: 'reference', day: null }, null, 'quarter');
  }
  if (!ctx.ref) return match(start, k, 'DATE', { value: value(null, q), anchor: 'none', day: null });
  return match(start, k, 'DATE', { value: value(quarterYear(q, ctx.tenseAt(i), ctx.ref), q), anchor: 'reference', day: null }, null, 'quarter');
}

/**
 * Periods of financial reports: "the quarter", "the latest period", "the year-ago quarter",
 * "year-earlier", "the 1988 period", "this year's third quarter", "last year's quarter".
 */
function reportPeriod(ctx: ScanContext, i: number): TimeMatch | null {
  let k = i;
  const start = i;
  if (norm(ctx, k) === 'the') k++;
  if (norm(ctx, k) === 'comparable' || norm(ctx, k) === 'corresponding') {
    const w = norm(ctx, k + 1);
    if (w === 'year-ago' || w === 'year-earlier' || w === 'year') k++;
  }
  let yearShift = 0;
  let explicitYear: number | null = null;
  let anchored = false;
  const w = norm(ctx, k);
  // "this year's", "next year's", "last year's"
  if (ctx.lex.shiftWords.has(w) && norm(ctx, k + 1) === 'year' && norm(ctx, k + 2) === "'s") {
    yearShift = ctx.lex.shiftWords.get(w)!;
    k += 3;
  } else if (w === 'year-ago' || w === 'year-earlier' || (w === 'year' && ctx.tokens[k + 1]?.text === '-' && ['ago', 'earlier'].includes(norm(ctx, k + 2)))) {
    yearShift = -1;
    anchored = true;
    k += w === 'year' ? 3 : 1;
    if (norm(ctx, k) === 'comparable' || norm(ctx, k) === 'corresponding') k++;
  } else if (yearAt(ctx, k) !== null && k > i) {
    explicitYear = yearAt(ctx, k);
    k++;
  } else if (w === 'current' && norm(ctx, k + 1) === 'quarter' && ctx.ref) {
    // "the current quarter": the one the reference date falls in.
    return match(start, k + 2, 'DATE', { value: value(ctx.ref.y, quarterOf(ctx.ref.m)), anchor: 'reference', day: null });
  } else if (ctx.lex.reportingWords.has(w)) {
    anchored = true;
    k++;
  } else if (k === i + 1 && (w === 'quarter' || w === 'period')) {
    anchored = true;
  } else {
    return null;
  }
  // An optional ordinal quarter: "the year-ago third quarter".
  let q: number | null = null;
  const ordinal = ctx.lex.quarterOrdinals.get(norm(ctx, k));
  if (ordinal !== undefined && norm(ctx, k + 1) === 'quarter') {
    q = ordinal;
    k++;
  }
  const noun = norm(ctx, k);
  const isPeriod = noun === 'quarter' || noun === 'period';
  if (!isPeriod) {
    // "year-earlier" alone, before a noun ("year-earlier profit"), takes no article.
    if (yearShift === -1 && anchored) {
      const base = reportingQuarter(ctx);
      if (!base && !ctx.ref) return null;
      let from = start;
      while (from < k - 1 && ctx.tokens[from]!.norm !== 'year-ago' && ctx.tokens[from]!.norm !== 'year-earlier' && ctx.tokens[from]!.norm !== 'year') from++;
      return match(from, k, 'DATE', { value: base ? value(base.y - 1, base.q) : value(ctx.ref!.y - 1, null), anchor: 'previous-time', day: null });
    }
    return null;
  }
  k++;
  const base = reportingQuarter(ctx);
  if (explicitYear !== null) return match(start, k, 'DATE', { value: value(explicitYear, q ?? base?.q ?? null), anchor: 'none', day: null });
  if (!base) return match(start, k, 'DATE', { value: value(null, q), anchor: 'none', day: null });
  const y = yearShift !== 0 && !anchored ? (ctx.ref ? ctx.ref.y + yearShift : base.y) : base.y + yearShift;
  return match(start, k, 'DATE', { value: value(y, q ?? base.q), anchor: anchored ? 'previous-time' : 'reference', day: null });
}

/**
 * The year a report covers: "the year", "the full year" (the reference year), "the year ended
 * March 31" (a year's span: P1Y), "year-end", "by year end" (the end of the reference year, or
 * of the year before after "since").
 */
function reportYear(ctx: ScanContext, i: number): TimeMatch | null {
  const w = norm(ctx, i);
  // "year-end", "year end" (and "year-end" split into "year", "-", "end").
  const end = w === 'year-end' ? i + 1 : w !== 'year' || norm(ctx, i - 1) === 'the' ? -1 : norm(ctx, i + 1) === 'end' ? i + 2 : norm(ctx, i + 1) === '-' && norm(ctx, i + 2) === 'end' ? i + 3 : -1;
  if (end > 0) {
    if (!ctx.ref) return match(i, end, 'DATE', { value: 'XXXX-12-31', anchor: 'none', day: null });
    const y = norm(ctx, i - 1) === 'since' ? ctx.ref.y - 1 : ctx.ref.y;
    const day = { y, m: 12, d: 31 };
    return match(i, end, 'DATE', { value: `${String(y).padStart(4, '0')}-12-31`, anchor: 'reference', day });
  }
  if (w !== 'the') return null;
  let k = i + 1;
  if (norm(ctx, k) === 'full' || norm(ctx, k) === 'whole' || norm(ctx, k) === 'entire') k++;
  if (norm(ctx, k) !== 'year' || ctx.lex.yearFollowers.has(norm(ctx, k + 1)) || yearAt(ctx, k + 1) !== null) return null;
  if (norm(ctx, k + 1) === 'ended' || norm(ctx, k + 1) === 'ending') return match(i, k + 1, 'DURATION', { value: 'P1Y', anchor: 'none', day: null });
  const y = ctx.ref ? ctx.ref.y : ctx.discourse.year;
  return match(i, k + 1, 'DATE', { value: value(y, null), anchor: ctx.ref ? 'reference' : 'previous-time', day: null });
}

/**
 * "the first half of 2023", "the second half of last year", "the latter half of the year": a
 * half-year, TIMEX3's `2023-H1`.
 */
function halfOfYear(ctx: ScanContext, i: number): TimeMatch | null {
  let k = i;
  if (norm(ctx, k) === 'the') k++;
  const half = Object.hasOwn(HALF_YEAR_ORDINALS, norm(ctx, k)) ? HALF_YEAR_ORDINALS[norm(ctx, k)]! : undefined;
  if (half === undefined || norm(ctx, k + 1) !== 'half' || norm(ctx, k + 2) !== 'of') return null;
  k += 3;
  const explicitYear = yearAt(ctx, k);
  if (explicitYear !== null) return match(i, k + 1, 'DATE', { value: `${String(explicitYear).padStart(4, '0')}-H${half}`, anchor: 'none', day: null });
  const shift = ctx.lex.shiftWords.get(norm(ctx, k));
  const relative = shift !== undefined || norm(ctx, k) === 'the';
  if (!relative || norm(ctx, k + 1) !== 'year' || yearAt(ctx, k + 2) !== null) return null;
  if (!ctx.ref) return match(i, k + 2, 'DATE', { value: `XXXX-H${half}`, anchor: 'none', day: null });
  return match(i, k + 2, 'DATE', { value: `${String(ctx.ref.y + (shift ?? 0)).padStart(4, '0')}-H${half}`, anchor: 'reference', day: null });
}

/** Named quarters, half-years and the periods of financial reports. */
export const QUARTER_MATCHERS = [namedQuarter, halfOfYear, reportPeriod, reportYear] as const;
