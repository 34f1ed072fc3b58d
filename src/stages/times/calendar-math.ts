/** Calendar arithmetic on plain year/month/day triples, in UTC, for TIMEX3 values. */

/** A calendar date. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** Parse "YYYY-MM-DD". */
export function parseYmd(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "YYYY-MM-DD" of a date. */
export function formatYmd(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

/** "YYYY-MM" of a year and month. */
export function formatYm(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/**
 * The UTC midnight of a year, month index (0-based, may overflow) and day. Unlike with `Date.UTC`,
 * years 0–99 stay themselves instead of becoming 1900–1999.
 */
function utc(y: number, monthIndex: number, d: number): Date {
  const t = new Date(0);
  t.setUTCFullYear(y, monthIndex, d);
  return t;
}

/** The number of days in a month (1–12). */
export function daysInMonth(y: number, m: number): number {
  return utc(y, m, 0).getUTCDate();
}

/** Whether a day exists in a month. */
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toUtc(date: Ymd): Date {
  return utc(date.y, date.m - 1, date.d);
}

function fromUtc(t: Date): Ymd {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The date `days` days after `date` (negative for before). */
export function addDays(date: Ymd, days: number): Ymd {
  const t = toUtc(date);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/** Year and month `months` months after the date's month. */
export function addMonths(date: Ymd, months: number): { y: number; m: number } {
  const index = date.y * 12 + (date.m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** ISO weekday, 1 = Monday .. 7 = Sunday. */
export function isoWeekday(date: Ymd): number {
  const w = toUtc(date).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO week-numbering year and week of a date, as TIMEX3 "YYYY-Www". */
export function isoWeek(date: Ymd): string {
  const t = toUtc(date);
  const day = isoWeekday(date);
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = utc(t.getUTCFullYear(), 0, 1).getTime();
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${pad(t.getUTCFullYear(), 4)}-W${pad(week)}`;
}

/** Compare two dates: negative, zero or positive. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Days between two dates, ignoring sign. */
export function daysApart(a: Ymd, b: Ymd): number {
  return Math.abs(toUtc(a).getTime() - toUtc(b).getTime()) / 86_400_000;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The `n`th ISO weekday of a month (n = -1: the last one), e.g. the fourth Thursday of November. */
export function nthWeekday(y: number, m: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}
