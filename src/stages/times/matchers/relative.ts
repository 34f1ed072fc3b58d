import { amountAt } from '../amounts.js';
import { addMonths, formatYm, formatYmd, isValidDay, isoWeek, isoWeekday } from '../calendar-math.js';
import { dayAt, explicit, match, monthAt, norm, titleWordAt, yearAt, type ScanContext, type TimeMatch } from '../context.js';
import { RELATIVE_DAYS } from '../lexicon/relative.js';
import {
  inCalendar,
  offCalendar,
  resolveDayShift,
  resolveFromPrevious,
  resolveMonth,
  resolveMonthShift,
  resolveUnitShift,
  resolveWeekday,
  type Resolved,
} from '../resolve.js';

/**
 * A unit, month or year after a shift word or "of the": "year", "October", "2024", with the
 * value it has `shift` units from the reference date.
 */
export function periodAfter(ctx: ScanContext, k: number, shift: number, explicitShift: boolean): { r: Resolved; end: number } | null {
  const unit = ctx.lex.units.get(norm(ctx, k));
  if (unit && !unit.clock && unit.size === 1 && !norm(ctx, k).endsWith('s')) return { r: resolveUnitShift(unit.code, shift, ctx.ref), end: k + 1 };
  const year = yearAt(ctx, k);
  if (year !== null) return { r: explicit(String(year)), end: k + 1 };
  const month = monthAt(ctx, k);
  if (month) {
    if (explicitShift) {
      const r = resolveMonthShift(month.month, shift, ctx.ref);
      // "last Oct. 23": that day in the month meant.
      const day = dayAt(ctx, month.next);
      if (day !== null && /^\d{4}-\d{2}$/.test(r.value) && isValidDay(Number(r.value.slice(0, 4)), month.month, day)) {
        const ymd = { y: Number(r.value.slice(0, 4)), m: month.month, d: day };
        return { r: { value: formatYmd(ymd), anchor: r.anchor, day: ymd }, end: month.next + 1 };
      }
      return { r, end: month.next };
    }
    return { r: resolveMonth(month.month, ctx.tenseAt(k), ctx.ref), end: month.next };
  }
  return null;
}

/** "the beginning of the year", "the end of last year", "early next year", "late 2024", "Earlier Sunday". */
function partOfPeriod(ctx: ScanContext, i: number): TimeMatch | null {
  let k = i;
  if (norm(ctx, k) === 'the') k++;
  const partWord = norm(ctx, k);
  const part = ctx.lex.partWords.get(partWord);
  if (!part) return null;
  k++;
  if (partWord === 'beginning' || partWord === 'start' || partWord === 'end' || partWord === 'middle' || partWord === 'close') {
    if (k - i < 2 || norm(ctx, k) !== 'of') return null;
    k++;
  } else if (norm(ctx, k) === 'in' && norm(ctx, k + 1) === 'the') {
    // "late in the day", "early in the year"
    k++;
  }
  let shift = 0;
  let explicitShift = false;
  const determiner = norm(ctx, k);
  if (determiner === 'the') k++;
  else if (ctx.lex.shiftWords.has(determiner)) {
    shift = ctx.lex.shiftWords.get(determiner)!;
    explicitShift = true;
    k++;
  }
  const period = periodAfter(ctx, k, shift, explicitShift);
  if (period) return match(i, period.end, 'DATE', period.r, part);
  // "the late 1970s", "the early nineties"
  const decade = /^(\d{3})0s$/.exec(ctx.tokens[k]?.text ?? '')?.[1] ?? (ctx.lex.decadeWords.has(norm(ctx, k)) ? `19${ctx.lex.decadeWords.get(norm(ctx, k))}` : undefined);
  if (decade !== undefined && k < ctx.sentence.tokenEnd) return match(i, k + 1, 'DATE', explicit(decade), part);
  // "early Tuesday", "late yesterday": a part of a day.
  const weekday = ctx.lex.weekdays.get(norm(ctx, k));
  if (weekday !== undefined && ctx.tokens[k]!.capitalized) return withPartOfDay(ctx, match(i, k + 1, 'DATE', resolveWeekday(weekday, ctx.tenseAt(k), ctx.ref), part));
  const dayShift = ctx.lex.dayWords.get(norm(ctx, k));
  if (dayShift !== undefined && norm(ctx, k) !== 'tonight') return withPartOfDay(ctx, match(i, k + 1, 'DATE', resolveDayShift(dayShift, ctx.ref), part));
  return null;
}

/**
 * Extend a day with a part of the day after it: "Friday night" → TIME `…TNI`, "yesterday
 * morning" → TIME `…TMO`, as TimeML annotates a part of a known day.
 */
function withPartOfDay(ctx: ScanContext, m: TimeMatch): TimeMatch {
  const k = m.tokenEnd;
  const part = ctx.lex.partsOfDay.get(norm(ctx, k));
  if (!part || m.value.includes('T')) return m;
  return { ...m, tokenEnd: k + 1, type: 'TIME', value: `${m.value}T${part}` };
}

/**
 * "yesterday", "last year", "next week", "this September", "last Friday", "two years ago",
 * "the previous day", "the following year", "recent months", "Friday".
 */
function relative(ctx: ScanContext, i: number): TimeMatch | null {
  const w = norm(ctx, i);
  const dayShift = ctx.lex.dayWords.get(w);
  if (dayShift !== undefined) {
    const r = resolveDayShift(dayShift, ctx.ref);
    if (w === 'tonight') return match(i, i + 1, 'TIME', { ...r, value: `${r.value}TNI` });
    return withPartOfDay(ctx, match(i, i + 1, 'DATE', r));
  }
  if (w === 'the' || w === 'that') {
    const which = norm(ctx, i + 1);
    // "the previous Friday", "the following Monday"
    const weekdayAfter = ctx.lex.weekdays.get(norm(ctx, i + 2));
    if (w === 'the' && weekdayAfter !== undefined && ctx.tokens[i + 2]!.capitalized && (which === 'previous' || which === 'following' || which === 'next')) {
      const r = ctx.discourse.day ? resolveFromPrevious(0, ctx.discourse.day) : null;
      const base = r?.day ?? null;
      if (base) {
        const back = (isoWeekday(base) - weekdayAfter + 7) % 7 || 7;
        const ahead = (weekdayAfter - isoWeekday(base) + 7) % 7 || 7;
        return match(i, i + 3, 'DATE', resolveFromPrevious(which === 'previous' ? -back : ahead, base));
      }
      return match(i, i + 3, 'DATE', resolveWeekday(weekdayAfter, ctx.tenseAt(i), ctx.ref, which === 'previous' ? -1 : 1));
    }
    // "the previous day", "the next day", "the same day"
    const off = RELATIVE_DAYS.get(which);
    if (off !== undefined && norm(ctx, i + 2) === 'day') return match(i, i + 3, 'DATE', resolveFromPrevious(off, ctx.discourse.day));
    // "the day" in a report is the day of the report: the reference date.
    if (w === 'the' && which === 'day' && !ctx.lex.dayFollowers.has(norm(ctx, i + 2)) && ctx.ref) {
      return match(i, i + 2, 'DATE', resolveDayShift(0, ctx.ref));
    }
    // "the weekend": the last weekend, or the next one in future-tense text.
    if (w === 'the' && which === 'weekend' && ctx.ref) {
      const future = ctx.tenseAt(i) === 'future';
      const saturday = resolveWeekday(6, future ? 'future' : 'past', ctx.ref);
      return match(i, i + 2, 'DATE', { value: `${isoWeek(saturday.day!)}-WE`, anchor: 'reference', day: null });
    }
    // "the following year", "the previous year", "that year": from the last year named.
    const unitWord = w === 'that' ? which : norm(ctx, i + 2);
    const yearShift = w === 'that' || which === 'same' ? 0 : which === 'following' || which === 'next' ? 1 : which === 'previous' ? -1 : undefined;
    if (unitWord === 'year' && yearShift !== undefined && ctx.discourse.year !== null) {
      const y = ctx.discourse.year + yearShift;
      return match(i, w === 'that' ? i + 2 : i + 3, 'DATE', inCalendar(y) ? { value: String(y).padStart(4, '0'), anchor: 'previous-time', day: null } : offCalendar(yearShift, 'previous-time'));
    }
    // "the following month", "that month": from the last month named.
    const month = ctx.discourse.month;
    if (unitWord === 'month' && yearShift !== undefined && month) {
      const { y, m } = addMonths({ y: month.y, m: month.m, d: 1 }, yearShift);
      return match(i, w === 'that' ? i + 2 : i + 3, 'DATE', inCalendar(y) ? { value: formatYm(y, m), anchor: 'previous-time', day: null } : offCalendar(yearShift, 'previous-time'));
    }
    return null;
  }
  const shift = ctx.lex.shiftWords.get(w);
  if (shift !== undefined && w !== 'past' && w !== 'current') {
    // "this coming Sunday"
    const k = w === 'this' && norm(ctx, i + 1) === 'coming' ? i + 2 : i + 1;
    const weekday = ctx.lex.weekdays.get(norm(ctx, k));
    if (weekday !== undefined && ctx.tokens[k]!.capitalized) {
      return withPartOfDay(ctx, match(i, k + 1, 'DATE', resolveWeekday(weekday, ctx.tenseAt(i), ctx.ref, shift)));
    }
    const season = ctx.lex.seasons.get(norm(ctx, k));
    if (season !== undefined) {
      const y = resolveUnitShift('Y', shift, ctx.ref);
      return match(i, k + 1, 'DATE', y.value.endsWith('_REF') ? y : { ...y, value: `${y.value}-${season}` });
    }
    const part = ctx.lex.partsOfDay.get(norm(ctx, k));
    if (part !== undefined && w === 'this') {
      const day = resolveDayShift(0, ctx.ref);
      return match(i, k + 1, 'TIME', { ...day, value: `${day.value}T${part}` });
    }
    if (w === 'last' && norm(ctx, k) === 'night') {
      const day = resolveDayShift(-1, ctx.ref);
      return match(i, k + 1, 'TIME', { ...day, value: `${day.value}TNI` });
    }
    const period = periodAfter(ctx, k, shift, true);
    // "ABC's This Week": a title.
    const title = titleWordAt(ctx, i) && titleWordAt(ctx, k) && ctx.lex.units.has(norm(ctx, k));
    if (period && yearAt(ctx, k) === null && !title) {
      const m = match(i, period.end, 'DATE', period.r);
      return norm(ctx, k) === 'year' ? { ...m, form: 'year-shift', years: shift } : m;
    }
  }
  // "earlier this year", "later this afternoon", "Earlier Sunday", "later yesterday"
  if (w === 'earlier' || w === 'later') {
    const next = norm(ctx, i + 1);
    if (next === 'this' || ctx.lex.dayWords.has(next) || (ctx.lex.weekdays.has(next) && ctx.tokens[i + 1]!.capitalized)) {
      const inner = relative(ctx, i + 1);
      if (inner) return { ...inner, tokenStart: i };
    }
  }
  // "two years ago", "a week earlier", "three days later"
  const amount = amountAt(ctx, i);
  if (amount && amount.value !== null) {
    const unit = ctx.lex.units.get(norm(ctx, amount.next));
    const after = norm(ctx, amount.next + 1);
    if (unit && !unit.clock && (after === 'ago' || after === 'earlier' || after === 'later')) {
      const n = amount.value * unit.size * (after === 'later' ? 1 : -1);
      if (!Number.isInteger(n)) return null;
      // A year before a reported quarter is that quarter of the previous year ("a year ago", in results).
      const quarter = ctx.discourse.quarter;
      if (unit.code === 'Y' && quarter && after !== 'later') {
        const anchor = after === 'ago' ? 'reference' : 'previous-time';
        if (!inCalendar(quarter.y + n)) return match(i, amount.next + 2, 'DATE', offCalendar(n, anchor));
        return { ...match(i, amount.next + 2, 'DATE', { value: `${quarter.y + n}-Q${quarter.q}`, anchor, day: null }), form: 'year-shift', years: n };
      }
      if (after !== 'ago' && ctx.discourse.day && (unit.code === 'D' || unit.code === 'W')) {
        return match(i, amount.next + 2, 'DATE', resolveFromPrevious(unit.code === 'D' ? n : n * 7, ctx.discourse.day));
      }
      const r = unit.code === 'D' ? resolveDayShift(n, ctx.ref) : resolveUnitShift(unit.code, n, ctx.ref);
      const m = match(i, amount.next + 2, 'DATE', r);
      return unit.code === 'Y' && !r.value.endsWith('_REF') ? { ...m, form: 'year-shift', years: n } : m;
    }
  }
  const weekday = ctx.lex.weekdays.get(w);
  const eventName = i > ctx.sentence.tokenStart && ctx.tokens[i - 1]!.capitalized && ctx.lex.weekdayEventWords.has(ctx.tokens[i - 1]!.norm);
  if (weekday !== undefined && ctx.tokens[i]!.capitalized && w.length > 3 && !eventName) {
    return withPartOfDay(ctx, match(i, i + 1, 'DATE', resolveWeekday(weekday, ctx.tenseAt(i), ctx.ref), null, 'weekday'));
  }
  return null;
}

/** Relative dates and parts of periods. */
export const RELATIVE_MATCHERS = [partOfPeriod, relative] as const;
