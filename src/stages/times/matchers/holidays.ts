import { addDays, compareYmd, easterSunday, formatYmd, nthWeekday, type Ymd } from '../calendar-math.js';
import { match, norm, yearAt, type ScanContext, type TimeMatch } from '../context.js';
import type { HolidayRule } from '../lexicon/holidays.js';
import { fold, matchAt, surface } from '../../../text/phrase-set.js';

/** The date of a holiday in a year. */
export function holidayDate(rule: HolidayRule, y: number): Ymd {
  if (rule.kind === 'fixed') return { y, m: rule.m, d: rule.d };
  if (rule.kind === 'nth') return nthWeekday(y, rule.m, rule.weekday, rule.n);
  return addDays(easterSunday(y), rule.offset);
}

/** Days from the reference date that a holiday without a year may lie ahead, by tense. */
const DAYS_AHEAD = { past: 0, present: 120, future: 365 } as const;

/**
 * "Christmas", "Thanksgiving Day", "last Easter", "Christmas 2024", "Good Friday": the day, in the
 * year the text gives, else the occurrence the shift word or the clause's tense points to.
 * A holiday name before a noun ("Christmas shopping") is not a date.
 */
function holiday(ctx: ScanContext, i: number): TimeMatch | null {
  const shift = ctx.lex.shiftWords.get(norm(ctx, i));
  const k = shift !== undefined && norm(ctx, i) !== 'past' && norm(ctx, i) !== 'current' ? i + 1 : i;
  if (!ctx.tokens[k]?.capitalized || k >= ctx.sentence.tokenEnd) return null;
  const end = matchAt(ctx.lex.holidayNames, ctx.tokens, k, ctx.sentence.tokenEnd);
  if (end < 0) return null;
  const rule = ctx.lex.holidays.get(fold(surface(ctx.tokens, k, end)));
  if (!rule) return null;
  const year = yearAt(ctx, end);
  // "Christmas shopping", "Christmas presents", "Father Christmas": not the day.
  const next = ctx.tokens[end];
  const modifies = next !== undefined && end < ctx.sentence.tokenEnd && !next.capitalized && (next.pos === 'NOUN' || next.pos === 'VERB' || next.pos === 'ADJ');
  if ((year === null && modifies) || (k > ctx.sentence.tokenStart && ctx.lex.holidayNonDateLeads.has(norm(ctx, k - 1)))) return null;
  if (year !== null) {
    const day = holidayDate(rule, year);
    return match(i, end + 1, 'DATE', { value: formatYmd(day), anchor: 'none', day });
  }
  if (!ctx.ref) return null;
  const ref = ctx.ref;
  let y = ref.y;
  if (shift !== undefined && k > i) {
    if (shift < 0) y = compareYmd(holidayDate(rule, y), ref) < 0 ? y : y - 1;
    else if (shift > 0) y = compareYmd(holidayDate(rule, y), ref) > 0 ? y : y + 1;
  } else {
    const ahead = DAYS_AHEAD[ctx.tenseAt(k)];
    while (compareYmd(holidayDate(rule, y), addDays(ref, ahead)) > 0) y--;
    while (compareYmd(holidayDate(rule, y), addDays(ref, ahead - 365)) <= 0) y++;
  }
  const day = holidayDate(rule, y);
  return match(i, end, 'DATE', { value: formatYmd(day), anchor: 'reference', day });
}

/** Holidays. */
export const HOLIDAY_MATCHERS = [holiday] as const;
