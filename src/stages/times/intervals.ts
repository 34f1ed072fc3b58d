import type { TimeAnnotation } from '../../pipeline/types.js';
import { daysInMonth, formatYmd, type Ymd } from './calendar-math.js';
import { norm, type ScanContext, type TimeMatch } from './context.js';

type Interval = NonNullable<TimeAnnotation['interval']>;

const YEAR = /^\d{4}$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * The first day or month a value covers, for the start of an interval: "2025" with mod START →
 * "2025-01-01"; "2022-02" stays "2022-02".
 */
export function intervalStartOf(value: string, mod: string | null): string {
  if (mod === 'START' && YEAR.test(value)) return `${value}-01-01`;
  if (mod === 'START' && MONTH.test(value)) return `${value}-01`;
  return value;
}

/** The last day a value covers when it is the end of a period: "2025" with mod END → "2025-12-31". */
export function intervalEndOf(value: string, mod: string | null): string {
  if (mod === 'END' && YEAR.test(value)) return `${value}-12-31`;
  const month = MONTH.exec(value);
  if (mod === 'END' && month) {
    const last = daysInMonth(Number(month[1]), Number(month[2]));
    return `${value}-${String(last).padStart(2, '0')}`;
  }
  return value;
}

/** The period a "since X" or "until X" time covers, given the reference date. */
export function signalInterval(m: TimeMatch, signal: 'since' | 'until', ref: Ymd | null): Interval {
  const now = ref ? formatYmd(ref) : null;
  return signal === 'since' ? { start: intervalStartOf(m.value, m.mod), end: now } : { start: now, end: intervalEndOf(m.value, m.mod) };
}

/** Whether a value can bound an interval: a calendar date, month, year, season or quarter. */
const bounds = (m: TimeMatch): boolean => m.type === 'DATE' && /^\d{4}/.test(m.value);

/** Whether the words around two times make them a range ("between X and Y", "from X to Y", "2003–2004"). */
function isRange(ctx: ScanContext, a: TimeMatch, b: TimeMatch): boolean {
  if (!bounds(a) || !bounds(b) || b.tokenStart !== a.tokenEnd + 1) return false;
  const opener = norm(ctx, a.tokenStart - 1);
  const joiner = norm(ctx, a.tokenEnd);
  if (opener === 'between') return joiner === 'and';
  if (opener === 'from') return ctx.lex.rangeJoiners.has(joiner) && joiner !== 'and';
  return (joiner === '-' || joiner === '–') && YEAR.test(a.value) && YEAR.test(b.value);
}

/**
 * Ranges written with two times, "between March and May", "from 2019 to 2021", "from May
 * until July 2024", "2003–2004": both times get the interval from the start of the first to the
 * end of the second, and a month without a year takes the year of the other end ("from May
 * until July 2024": May 2024). Times that span a period themselves ("1990-2001") keep theirs.
 */
export function withIntervals(ctx: ScanContext, matches: readonly TimeMatch[]): { matches: TimeMatch[]; intervals: Map<number, Interval> } {
  const out = [...matches];
  const intervals = new Map<number, Interval>();
  for (const [i, m] of out.entries()) if (m.interval) intervals.set(i, m.interval);
  for (let i = 0; i + 1 < out.length; i++) {
    let a = out[i]!;
    const b = out[i + 1]!;
    if (!isRange(ctx, a, b)) continue;
    const monthA = MONTH.exec(a.value);
    const monthB = MONTH.exec(b.value);
    if (monthA && monthB && a.anchor === 'reference' && b.anchor === 'none') {
      const y = Number(monthB[1]) - (Number(monthA[2]) > Number(monthB[2]) ? 1 : 0);
      a = { ...a, value: `${String(y).padStart(4, '0')}-${monthA[2]}`, anchor: 'none' };
      out[i] = a;
    }
    const interval = { start: intervalStartOf(a.value, a.mod), end: intervalEndOf(b.value, b.mod) };
    intervals.set(i, interval);
    intervals.set(i + 1, interval);
    i++;
  }
  return { matches: out, intervals };
}
