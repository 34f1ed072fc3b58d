import {
  addDays,
  addMonths,
  formatYm,
  formatYmd,
  isValidDay,
  isoWeek,
  isoWeekday,
  type Ymd,
} from './calendar-math.js';
import type { Tense } from './tense.js';

/** A resolved TIMEX3 value and what it was resolved against. */
export interface Resolved {
  readonly value: string;
  readonly anchor: 'reference' | 'previous-time' | 'none';
  /** The day meant, when the value names one day; the anchor for "the previous day". */
  readonly day: Ymd | null;
}

const unknown = (value: string): Resolved => ({ value, anchor: 'none', day: null });

/** Whether TIMEX3 can write a year: 0000 to 9999. */
export const inCalendar = (y: number): boolean => y >= 0 && y <= 9999;

/**
 * A time shifted past the years TIMEX3 can write ("3000 years ago", "99999999 months ago"):
 * the vague past or future.
 */
export const offCalendar = (shift: number, anchor: Resolved['anchor'] = 'reference'): Resolved => ({ value: shift < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor, day: null });

/** More days than the calendar holds (and than `Date` can count). */
const TOO_MANY_DAYS = 4_000_000;

/** The day `days` after `from`, or null when it falls outside the years TIMEX3 can write. */
function shiftDays(from: Ymd, days: number): Ymd | null {
  if (!(Math.abs(days) < TOO_MANY_DAYS)) return null;
  const day = addDays(from, days);
  return inCalendar(day.y) ? day : null;
}

/**
 * How many months after the reference date a month given without a year may lie, by tense
 * (measured on the TimeML dev sets: news looks back, and announces what is due soon; future
 * text looks ahead up to most of a year).
 */
const MONTHS_AHEAD: Readonly<Record<Tense, number>> = { past: 1, present: 4, future: 9 };

/** The occurrence of a month (and day) whose distance from the reference lies in the window of the tense. */
function yearInWindow(month: number, day: number | null, tense: Tense, ref: Ymd): number {
  const ahead = MONTHS_AHEAD[tense];
  let y = ref.y;
  const offset = (yy: number): number => (yy - ref.y) * 12 + (month - ref.m) + (day !== null && day < ref.d && month === ref.m ? -0.5 : 0);
  while (offset(y) > ahead) y--;
  while (offset(y) <= ahead - 12) y++;
  return y;
}

/** The year of a month and day given without one: the occurrence in the window of the tense around the reference date. */
export function resolveMonthDay(month: number, day: number, tense: Tense, ref: Ymd | null): Resolved {
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!ref) return unknown(`XXXX-${md}`);
  let y = yearInWindow(month, day, tense, ref);
  if (!isValidDay(y, month, day)) y = [y - 1, y + 1, y - 4, y + 4].find((c) => isValidDay(c, month, day)) ?? y;
  if (!isValidDay(y, month, day)) return unknown(`XXXX-${md}`);
  const pick = { y, m: month, d: day };
  return { value: formatYmd(pick), anchor: 'reference', day: pick };
}

/** The year of a month given without one, by the same rule as {@link resolveMonthDay}. */
export function resolveMonth(month: number, tense: Tense, ref: Ymd | null): Resolved {
  if (!ref) return unknown(`XXXX-${String(month).padStart(2, '0')}`);
  return { value: formatYm(yearInWindow(month, null, tense, ref), month), anchor: 'reference', day: null };
}

/**
 * A month named with a shift word: "this September" is in the reference year, "last April" the
 * latest April before the reference month, "next May" the first May after it.
 */
export function resolveMonthShift(month: number, shift: number, ref: Ymd | null): Resolved {
  if (!ref) return unknown(`XXXX-${String(month).padStart(2, '0')}`);
  const y = shift < 0 ? (month < ref.m ? ref.y : ref.y - 1) : shift > 0 ? (month > ref.m ? ref.y : ref.y + 1) : ref.y;
  return { value: formatYm(y, month), anchor: 'reference', day: null };
}

/**
 * The date of a weekday: the next one on or after the reference date for future-tense text,
 * else the latest one on or before it. `shift` -1 / +1 forces last / next, 0 this week's.
 */
export function resolveWeekday(weekday: number, tense: Tense, ref: Ymd | null, shift: number | null = null): Resolved {
  if (!ref) return unknown(`XXXX-WXX-${weekday}`);
  const today = isoWeekday(ref);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  let offset: number;
  if (shift === -1) offset = -(back === 0 ? 7 : back);
  else if (shift === 1) offset = ahead === 0 ? 7 : ahead;
  else if (shift === 0) offset = weekday - today;
  else if (tense === 'future') offset = ahead;
  // News reports what happened: "on Friday" is the last Friday (or the day itself) unless the text points ahead.
  else offset = -back;
  const day = addDays(ref, offset);
  return { value: formatYmd(day), anchor: 'reference', day };
}

/** A day relative to the reference date ("yesterday" → -1). */
export function resolveDayShift(days: number, ref: Ymd | null): Resolved {
  if (!ref) return unknown('XXXX-XX-XX');
  const day = shiftDays(ref, days);
  if (!day) return offCalendar(days);
  return { value: formatYmd(day), anchor: 'reference', day };
}

/** A day relative to an earlier time in the text ("the previous day"). */
export function resolveFromPrevious(days: number, previous: Ymd | null): Resolved {
  if (!previous) return unknown('XXXX-XX-XX');
  const day = shiftDays(previous, days);
  if (!day) return offCalendar(days, 'previous-time');
  return { value: formatYmd(day), anchor: 'previous-time', day };
}

/**
 * A calendar unit shifted from the reference date: "last year" (Y, -1), "next week" (W, +1),
 * "this month" (M, 0), "two years ago" (Y, -2).
 */
export function resolveUnitShift(code: string, shift: number, ref: Ymd | null): Resolved {
  if (!ref) {
    const blank: Record<string, string> = { Y: 'XXXX', M: 'XXXX-XX', W: 'XXXX-WXX', D: 'XXXX-XX-XX', Q: 'XXXX-QX', DE: 'XXX', CE: 'XX' };
    return unknown(Object.hasOwn(blank, code) ? blank[code]! : 'XXXX');
  }
  switch (code) {
    case 'Y':
      if (!inCalendar(ref.y + shift)) return offCalendar(shift);
      return { value: String(ref.y + shift).padStart(4, '0'), anchor: 'reference', day: null };
    case 'M': {
      const { y, m } = addMonths(ref, shift);
      if (!inCalendar(y)) return offCalendar(shift);
      return { value: formatYm(y, m), anchor: 'reference', day: null };
    }
    case 'W':
    case 'WE': {
      const day = shiftDays(ref, shift * 7);
      if (!day) return offCalendar(shift);
      const week = isoWeek(day);
      return { value: code === 'WE' ? `${week}-WE` : week, anchor: 'reference', day: null };
    }
    case 'D': {
      const day = shiftDays(ref, shift);
      if (!day) return offCalendar(shift);
      return { value: formatYmd(day), anchor: 'reference', day };
    }
    case 'Q': {
      const index = ref.y * 4 + Math.floor((ref.m - 1) / 3) + shift;
      if (!inCalendar(Math.floor(index / 4))) return offCalendar(shift);
      return { value: `${Math.floor(index / 4)}-Q${(index % 4) + 1}`, anchor: 'reference', day: null };
    }
    case 'DE':
      if (!inCalendar((Math.floor(ref.y / 10) + shift) * 10)) return offCalendar(shift);
      return { value: String(Math.floor(ref.y / 10) + shift), anchor: 'reference', day: null };
    case 'CE':
      if (!inCalendar((Math.floor(ref.y / 100) + shift) * 100)) return offCalendar(shift);
      return { value: String(Math.floor(ref.y / 100) + shift), anchor: 'reference', day: null };
    default:
      return unknown('XXXX');
  }
}
