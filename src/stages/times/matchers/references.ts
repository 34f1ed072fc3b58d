import { amountAt } from '../amounts.js';
import { durationValue } from './durations.js';
import { explicit, match, norm, type ScanContext, type TimeMatch } from '../context.js';

/**
 * Times with a reference value: "now", "currently", "recently", "the past", "the future",
 * "the near future", "recent years", "coming months", "the last few months", "several years
 * ago", "the current fiscal year".
 */
function reference(ctx: ScanContext, i: number): TimeMatch | null {
  const w = norm(ctx, i);
  const single = ctx.lex.referenceWords.get(w);
  if (single) {
    // "More recently", "right now"
    const start = ctx.lex.referenceLeads.has(norm(ctx, i - 1)) && i - 1 >= ctx.sentence.tokenStart ? i - 1 : i;
    return match(start, i + 1, 'DATE', explicit(single));
  }
  // "recent months" (an unknown number of months: PXM), "recent days" (PAST_REF), "coming months" (FUTURE_REF)
  if (w === 'recent' || w === 'coming') {
    let k = i + 1;
    const unit = ctx.lex.units.get(norm(ctx, k));
    if (unit && norm(ctx, k).endsWith('s')) {
      if ((norm(ctx, k + 1) === 'and' || norm(ctx, k + 1) === 'or') && ctx.lex.units.has(norm(ctx, k + 2))) k += 2;
      if (w === 'recent' && unit.code !== 'D') return match(i, k + 1, 'DURATION', explicit(durationValue(unit, null)));
      return match(i, k + 1, 'DATE', explicit(w === 'recent' ? 'PAST_REF' : 'FUTURE_REF'));
    }
  }
  // "the current circumstances", "the recent closing", "all future losses": adjectives of time.
  const adjective = ctx.lex.timeAdjectives.get(w);
  if (adjective && ctx.tokens[i]!.pos === 'ADJ' && ctx.tokens[i + 1]?.pos === 'NOUN' && !ctx.lex.units.has(norm(ctx, i + 1)) && norm(ctx, i + 1) !== 'fiscal') {
    return match(i, i + 1, 'DATE', explicit(adjective));
  }
  if (w === 'the') {
    const next = norm(ctx, i + 1);
    if (next === 'past' && !ctx.lex.units.has(norm(ctx, i + 2)) && !amountAt(ctx, i + 2) && norm(ctx, i + 2) !== 'few') {
      return match(i, i + 2, 'DATE', explicit('PAST_REF'));
    }
    if (next === 'future') return match(i, i + 2, 'DATE', explicit('FUTURE_REF'));
    if ((next === 'near' || next === 'foreseeable' || next === 'distant') && norm(ctx, i + 2) === 'future') return match(i, i + 3, 'DATE', explicit('FUTURE_REF'));
    // "the near term", "the long term", "the time being"
    if ((next === 'near' || next === 'long' || next === 'short' || next === 'medium') && norm(ctx, i + 2) === 'term') return match(i, i + 3, 'DATE', explicit('FUTURE_REF'));
    if (next === 'time' && norm(ctx, i + 2) === 'being') return match(i, i + 3, 'DATE', explicit('PRESENT_REF'));
    // "the last few months", "the past several quarters"
    if ((next === 'last' || next === 'past') && (norm(ctx, i + 2) === 'few' || norm(ctx, i + 2) === 'several') && ctx.lex.units.has(norm(ctx, i + 3))) {
      return match(i, i + 4, 'DATE', explicit('PAST_REF'));
    }
    // "the current fiscal year", "the fiscal year"
    let k = i + 1;
    if (norm(ctx, k) === 'current') k++;
    if (norm(ctx, k) === 'fiscal' && norm(ctx, k + 1) === 'year' && ctx.ref) return match(i, k + 2, 'DATE', explicit(String(ctx.ref.y)));
    return null;
  }
  // "several years ago", "a few years ago"
  let k = i;
  if (w === 'a' && norm(ctx, i + 1) === 'few') k++;
  else if (w !== 'several' && w !== 'many') return null;
  if (ctx.lex.units.has(norm(ctx, k + 1)) && norm(ctx, k + 2) === 'ago') return match(i, k + 3, 'DATE', explicit('PAST_REF'));
  return null;
}

/** Reference values. */
export const REFERENCE_MATCHERS = [reference] as const;
