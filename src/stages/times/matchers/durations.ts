import { amountAt } from '../amounts.js';
import { explicit, match, norm, titleWordAt, type ScanContext, type TimeMatch } from '../context.js';
import { resolveUnitShift } from '../resolve.js';
import type { TimeUnit } from '../lexicon/units.js';

/**
 * A number written out in plain decimal digits, as TIMEX3 needs them: never in exponent notation
 * ("0.0000001 weeks" is P0.0000001W, not P1e-7W).
 */
function decimal(n: number): string {
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const mantissa = s.slice(0, e);
  const exponent = Number(s.slice(e + 1));
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const at = (point < 0 ? mantissa.length : point) + exponent;
  if (at <= 0) return `0.${'0'.repeat(-at)}${digits}`;
  if (at >= digits.length) return digits + '0'.repeat(at - digits.length);
  return `${digits.slice(0, at)}.${digits.slice(at)}`;
}

/** The TIMEX3 value of `n` units (n null, or too large to count: an unknown number, "PXY"). */
export function durationValue(unit: TimeUnit, n: number | null): string {
  const scale = unit.code === 'DE' ? 10 : unit.code === 'CE' ? 100 : 1;
  if (n === null || !Number.isFinite(n * unit.size * scale)) return `P${unit.clock ? 'T' : ''}X${unit.code === 'DE' || unit.code === 'CE' ? 'Y' : unit.code}`;
  const amount = n * unit.size;
  if (unit.code === 'DE') return `P${decimal(amount * 10)}Y`;
  if (unit.code === 'CE') return `P${decimal(amount * 100)}Y`;
  if (!Number.isInteger(amount)) {
    // "2 1/2 years" → P2Y6M; other fractions keep their decimals.
    if (unit.code === 'Y' && Number.isInteger(amount * 12)) return `P${Math.floor(amount)}Y${Math.round((amount % 1) * 12)}M`;
    if (unit.code === 'H' && Number.isInteger(amount * 60)) return `PT${Math.floor(amount)}H${Math.round((amount % 1) * 60)}M`;
  }
  return `P${unit.clock ? 'T' : ''}${decimal(amount)}${unit.code}`;
}

/**
 * "five years", "24 hours", "the past five years", "two to three weeks", "within a year",
 * "two-year", "several months", "for decades"; "the past year" is the year before (a date).
 * Ages ("37 years old", "a 136-year-old") and fractions ("three-quarters of") are not times.
 */
function duration(ctx: ScanContext, i: number): TimeMatch | null {
  let k = i;
  let lead: string | null = null;
  if (norm(ctx, k) === 'the' && ctx.lex.durationLeads.has(norm(ctx, k + 1))) {
    lead = norm(ctx, k + 1);
    k += 2;
  }
  const amount = amountAt(ctx, k);
  if (amount) {
    const article = (norm(ctx, k) === 'a' || norm(ctx, k) === 'an') && amount.next === k + 1;
    if (article && k === i && !ctx.lex.durationSignals.has(norm(ctx, i - 1))) return null;
    let u = amount.next;
    let value = amount.value;
    // "two to three weeks", "12 to 18 months"
    if ((norm(ctx, u) === 'to' || norm(ctx, u) === 'or' || ctx.tokens[u]?.text === '-') && amountAt(ctx, u + 1)) {
      const second = amountAt(ctx, u + 1)!;
      if (ctx.lex.units.has(norm(ctx, second.next))) {
        u = second.next;
        value = lead ? null : value;
      }
    }
    let hyphenated = false;
    if (ctx.tokens[u]?.text === '-' && !ctx.tokens[u]!.spaceBefore) {
      hyphenated = true;
      u++;
    }
    // "six straight days", "two consecutive quarters"
    if (ctx.lex.durationAdjectives.has(norm(ctx, u)) && ctx.lex.units.has(norm(ctx, u + 1))) u++;
    const word = norm(ctx, u);
    const unit = ctx.lex.units.get(word);
    // "60 Minutes", "Twelve Days of Christmas": a title, not an amount of time.
    if (!unit || unit.code === 'WE' || titleWordAt(ctx, u)) return null;
    // "a second consecutive day" is an ordinal, not a second.
    if (word === 'second' && ctx.tokens[u + 1]?.type === 'word' && u + 1 < ctx.sentence.tokenEnd) return null;
    // "the 1988 quarter": a number above one needs a plural unit unless it is an adjective
    // ("five-year", "a 20 year low").
    const adjective = hyphenated || norm(ctx, k - 1) === 'a' || norm(ctx, k - 1) === 'an';
    if (value !== null && value > 1 && !word.endsWith('s') && !adjective) return null;
    const after = norm(ctx, u + 1);
    if (after === 'old' || (ctx.tokens[u + 1]?.text === '-' && norm(ctx, u + 2) === 'old')) return null;
    if (hyphenated && unit.code === 'Q' && after === 'of') return null;
    return match(i, u + 1, 'DURATION', explicit(durationValue(unit, value)));
  }
  if (lead) {
    // "the past year", "the last decade": the one before; "the past years": an unknown number.
    const word = norm(ctx, k);
    const unit = ctx.lex.units.get(word);
    if (!unit || unit.code === 'WE') return null;
    if (!word.endsWith('s') && (lead === 'past' || lead === 'last' || lead === 'previous') && !unit.clock) {
      return match(i, k + 1, 'DATE', resolveUnitShift(unit.code, -1, ctx.ref));
    }
    return match(i, k + 1, 'DURATION', explicit(durationValue(unit, word.endsWith('s') ? null : 1)));
  }
  // "for years", "within weeks", "for decades", "in minutes"
  const unit = ctx.lex.units.get(norm(ctx, i));
  const before = norm(ctx, i - 1) === 'just' ? norm(ctx, i - 2) : norm(ctx, i - 1);
  if (unit && norm(ctx, i).endsWith('s') && (ctx.lex.durationSignals.has(before) || before === 'in') && norm(ctx, i + 1) !== 'of') {
    return match(i, i + 1, 'DURATION', explicit(durationValue(unit, null)));
  }
  return null;
}

/** Durations. */
export const DURATION_MATCHERS = [duration] as const;
