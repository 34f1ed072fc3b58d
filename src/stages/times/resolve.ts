import {
  addDays,
  addMonths,
  compareYmd,
  daysApart,
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

/**
 * The year of a month and day given without one: the past occurrence for past-tense text, the
 * next for future, the nearest otherwise.
 */
export function resolveMonthDay(month: number, day: number, tense: Tense, ref: Ymd | null): Resolved {
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!ref) return unknown(`XXXX-${md}`);
  const candidates = [ref.y - 1, ref.y, ref.y + 1]
    .filter((y) => isValidDay(y, month, day))
    .map((y) => ({ y, m: month, d: day }));
  let pick: Ymd | undefined;
  if (tense === 'past') pick = candidates.filter((c) => compareYmd(c, ref) <= 0).pop();
  else if (tense === 'future') pick = candidates.find((c) => compareYmd(c, ref) >= 0);
  pick ??= candidates.reduce((best, c) => (daysApart(c, ref) < daysApart(best, ref) ? c : best), candidates[0]!);
  return { value: formatYmd(pick), anchor: 'reference', day: pick };
}

/** The year of a month given without one, by the same rule as {@link resolveMonthDay}. */
export function resolveMonth(month: number, tense: Tense, ref: Ymd | null): Resolved {
  if (!ref) return unknown(`XXXX-${String(month).padStart(2, '0')}`);
  let y = ref.y;
  if (tense === 'past' && month > ref.m) y = ref.y - 1;
  else if (tense === 'future' && month < ref.m) y = ref.y + 1;
  else if (tense === 'present' && month - ref.m > 6) y = ref.y - 1;
  else if (tense === 'present' && ref.m - month > 6) y = ref.y + 1;
  return { value: formatYm(y, month), anchor: 'reference', day: null };
}

/**
 * The date of a weekday: the latest one on or before the reference date for past-tense text, the
 * next one on or after it for future, the nearest otherwise. `shift` -1 / +1 forces last / next.
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
  else if (tense === 'past') offset = -back;
  else if (tense === 'future') offset = ahead;
  else offset = back <= ahead ? -back : ahead;
  const day = addDays(ref, offset);
  return { value: formatYmd(day), anchor: 'reference', day };
}

/** A day relative to the reference date ("yesterday" → -1). */
export function resolveDayShift(days: number, ref: Ymd | null): Resolved {
  if (!ref) return unknown('XXXX-XX-XX');
  const day = addDays(ref, days);
  return { value: formatYmd(day), anchor: 'reference', day };
}

/** A day relative to an earlier time in the text ("the previous day"). */
export function resolveFromPrevious(days: number, previous: Ymd | null): Resolved {
  if (!previous) return unknown('XXXX-XX-XX');
  const day = addDays(previous, days);
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
      return { value: String(ref.y + shift).padStart(4, '0'), anchor: 'reference', day: null };
    case 'M': {
      const { y, m } = addMonths(ref, shift);
      return { value: formatYm(y, m), anchor: 'reference', day: null };
    }
    case 'W':
    case 'WE': {
      const week = isoWeek(addDays(ref, shift * 7));
      return { value: code === 'WE' ? `${week}-WE` : week, anchor: 'reference', day: null };
    }
    case 'D': {
      const day = addDays(ref, shift);
      return { value: formatYmd(day), anchor: 'reference', day };
    }
    case 'Q': {
      const index = ref.y * 4 + Math.floor((ref.m - 1) / 3) + shift;
      return { value: `${Math.floor(index / 4)}-Q${(index % 4) + 1}`, anchor: 'reference', day: null };
    }
    case 'DE':
      return { value: String(Math.floor(ref.y / 10) + shift), anchor: 'reference', day: null };
    case 'CE':
      return { value: String(Math.floor(ref.y / 100) + shift), anchor: 'reference', day: null };
    default:
      return unknown('XXXX');
  }
}

/**
 * The first day or month a value covers, for the start of an interval: "2025" with mod START →
 * "2025-01-01"; "2022-02" stays "2022-02".
 */
export function intervalStartOf(value: string, mod: string | null): string {
  if (mod === 'START' && /^\d{4}$/.test(value)) return `${value}-01-01`;
  if (mod === 'START' && /^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return value;
}
