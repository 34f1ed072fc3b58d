import type { Time } from '../../schema/index.js';
import { isValidDay, isoWeekday } from './calendar-math.js';
import { norm, type ScanContext, type TimeMatch } from './context.js';
import { matchEndingAt, surface } from '../../text/phrase-set.js';

/** The mod a modifier phrase gives, and which expressions it may modify. */
const APPROXIMATE = 'APPROX';

/**
 * Put a modifier in front of an expression: "nearly two years" (APPROX), "more than four hours"
 * (MORE_THAN), "up to 180 days" (EQUAL_OR_LESS), "around Nov. 1". Bounds modify only amounts of
 * time; approximations also dates and clock times.
 */
function withModifier(ctx: ScanContext, m: TimeMatch, floor: number): TimeMatch {
  // "over the last two weeks": before "the", "over" and "about" are prepositions, not bounds.
  if (m.type === 'SET' || m.mod !== null || norm(ctx, m.tokenStart) === 'the') return m;
  const start = matchEndingAt(ctx.lex.modifierPhrases, ctx.tokens, m.tokenStart, Math.max(floor, m.tokenStart - 3));
  if (start < 0) return m;
  const mod = ctx.lex.modifiers.get(surface(ctx.tokens, start, m.tokenStart).toLowerCase()) as Time['mod'] | undefined;
  if (!mod) return m;
  const amountOfTime = m.type === 'DURATION' || /ago$/.test(norm(ctx, m.tokenEnd - 1));
  if (mod !== APPROXIMATE && !amountOfTime) return m;
  return { ...m, tokenStart: start, mod };
}

/**
 * Include a leading "the" in amounts of time and decades ("the four days", "the 1990s"), but
 * not before an adjective ("the two-week trip").
 */
function withArticle(ctx: ScanContext, m: TimeMatch, floor: number): TimeMatch {
  if (m.tokenStart - 1 < floor || norm(ctx, m.tokenStart - 1) !== 'the' || norm(ctx, m.tokenStart) === 'the' || m.interval) return m;
  for (let k = m.tokenStart; k < m.tokenEnd; k++) if (ctx.tokens[k]!.text === '-' && !ctx.tokens[k]!.spaceBefore) return m;
  const decadeOrCentury = m.type === 'DATE' && /^\d{2,3}$/.test(m.value);
  return m.type === 'DURATION' || decadeOrCentury ? { ...m, tokenStart: m.tokenStart - 1 } : m;
}

/** Include a trailing "or so" as an approximation ("the next year or so"). */
function withOrSo(ctx: ScanContext, m: TimeMatch): TimeMatch {
  if (norm(ctx, m.tokenEnd) !== 'or' || norm(ctx, m.tokenEnd + 1) !== 'so') return m;
  return { ...m, tokenEnd: m.tokenEnd + 2, mod: m.mod ?? 'APPROX' };
}

/**
 * A clock time whose day the sentence names elsewhere takes that day: "flew Tuesday ... at
 * 18:00 UTC", "at 10:35 a.m. (0735 GMT) Friday". Only when the sentence names exactly one day.
 */
function clockOnSentenceDay(matches: TimeMatch[]): TimeMatch[] {
  let named: TimeMatch | null = null;
  for (const m of matches) {
    if (m.form === 'clock' || (m.type !== 'DATE' && m.type !== 'TIME') || !dayOf(m.value)) continue;
    if (named && dayOf(named.value) !== dayOf(m.value)) return matches;
    named = m;
  }
  if (!named) return matches;
  const day = dayOf(named.value)!;
  return matches.map((m) => (m.form === 'clock' && !m.value.startsWith(day) ? { ...m, value: `${day}T${m.value.split('T')[1]}`, anchor: named.anchor } : m));
}

/** Whether only joining words stand between two expressions ("10 p.m. EST Nov. 9", "Saturday, April 25"). */
function joined(ctx: ScanContext, a: TimeMatch, b: TimeMatch): boolean {
  for (let k = a.tokenEnd; k < b.tokenStart; k++) if (!ctx.lex.timeJoiners.has(norm(ctx, k))) return false;
  return b.tokenStart - a.tokenEnd <= 2;
}

/** The date part of a DATE value ("1998-02-11" of "1998-02-11TNI"), if it names a day. */
function dayOf(value: string): string | null {
  return /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)/.exec(value)?.[0] ?? null;
}

/**
 * Join two neighbouring expressions into one, TimeBank-style:
 * "10 p.m. Wednesday" and "mid-afternoon yesterday" (a time on a day), "Saturday, April 25"
 * (a day named twice: the year is the one where both agree), "June last year" (a month in a year).
 */
function join(ctx: ScanContext, a: TimeMatch, b: TimeMatch): TimeMatch | null {
  const span = { tokenStart: a.tokenStart, tokenEnd: b.tokenEnd };
  // "June last year", "October of next year"
  const ofBetween = b.tokenStart === a.tokenEnd + 1 && norm(ctx, a.tokenEnd) === 'of';
  if (a.form === 'month' && b.form === 'year-shift' && /^\d{4}$/.test(b.value) && (b.tokenStart === a.tokenEnd || ofBetween)) {
    return { ...a, ...span, value: `${b.value}-${a.value.slice(-2)}`, anchor: b.anchor, form: undefined };
  }
  if (!joined(ctx, a, b)) return null;
  if ((a.form === 'clock' || a.form === 'part-of-day') && b.type === 'DATE' && dayOf(b.value)) {
    return { ...a, ...span, value: `${dayOf(b.value)}T${a.value.split('T')[1]}`, anchor: b.anchor, form: undefined };
  }
  if (a.form === 'weekday' && b.form === 'month-day') {
    const weekday = ctx.lex.weekdays.get(norm(ctx, a.tokenStart));
    const [, mm, dd] = b.value.split('-').map(Number) as [number, number, number];
    if (ctx.ref && weekday !== undefined) {
      for (const y of [ctx.ref.y, ctx.ref.y - 1, ctx.ref.y + 1]) {
        if (isValidDay(y, mm, dd) && isoWeekday({ y, m: mm, d: dd }) === weekday) {
          return { ...b, ...span, value: `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`, form: undefined };
        }
      }
    }
    return { ...b, ...span, form: undefined };
  }
  // "the quarter a year ago", "the corresponding period last year", "the same month a year ago":
  // the period, shifted.
  const period = /^(\d{4})(-Q[1-4]|-\d{2})$/.exec(a.value);
  if (period && a.form !== 'month' && b.form === 'year-shift' && b.years !== undefined && b.tokenStart === a.tokenEnd) {
    return { ...a, ...span, value: `${Number(period[1]) + b.years}${period[2]}`, anchor: 'previous-time', form: undefined };
  }
  return null;
}

/** Modifiers, articles and joins over the expressions of one sentence (in text order). */
export function compose(ctx: ScanContext, matches: readonly TimeMatch[]): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (const m of matches) {
    const previous = out[out.length - 1];
    if (previous) {
      const merged = join(ctx, previous, m);
      if (merged) {
        out[out.length - 1] = merged;
        continue;
      }
    }
    const floor = previous ? previous.tokenEnd : ctx.sentence.tokenStart;
    out.push(withOrSo(ctx, withArticle(ctx, withModifier(ctx, m, floor), floor)));
  }
  return clockOnSentenceDay(out);
}
