import { amountAt } from '../amounts.js';
import { explicit, match, monthAt, norm, type ScanContext, type TimeMatch } from '../context.js';
import { durationValue } from './durations.js';

/**
 * "each month", "every two weeks", "per day", "£5 a day", "every Thursday", and frequency
 * adverbs ("monthly", "annually") where they qualify a verb, not a noun ("a quarterly dividend");
 * "daily" and "weekly" also before a noun ("a daily rally").
 */
function set(ctx: ScanContext, i: number): TimeMatch | null {
  const w = norm(ctx, i);
  const adverb = ctx.lex.frequencyAdverbs.get(w);
  if (adverb) {
    const next = ctx.tokens[i + 1];
    const inSentence = next !== undefined && i + 1 < ctx.sentence.tokenEnd;
    const attributive = inSentence && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM');
    if (attributive && !ctx.lex.attributiveFrequencies.has(w)) return null;
    // "the Communist Party daily Granma": a newspaper.
    const before = ctx.tokens[i - 1];
    if (inSentence && next.capitalized && before && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'DET')) return null;
    return match(i, i + 1, 'SET', explicit(adverb));
  }
  if (!ctx.lex.setWords.has(w)) return null;
  if (w === 'a' || w === 'an') {
    const prev = ctx.tokens[i - 1];
    if (!prev || i - 1 < ctx.sentence.tokenStart) return null;
    const prevWord = prev.norm;
    // "4bn rupees ($48m) a year": after an amount's conversion in brackets.
    const afterConversion = prev.text === ')' && (ctx.tokens[i - 2]?.type === 'number' || ctx.tokens[i - 3]?.type === 'number');
    // ("5% a year": after a percent sign too.)
    const afterAmount = afterConversion || prev.type === 'number' || prev.pos === 'NOUN' || prev.text === '%' || prevWord === 'times' || prevWord === 'once' || prevWord === 'twice';
    if (!afterAmount || ctx.lex.durationSignals.has(prevWord) || ctx.lex.timeSignals.has(prevWord)) return null;
  }
  let k = i + 1;
  let n = 1;
  const amount = w === 'every' ? amountAt(ctx, k) : null;
  if (amount && amount.value !== null && amount.next > k && norm(ctx, k) !== 'a') {
    n = amount.value;
    k = amount.next;
  }
  const unit = ctx.lex.units.get(norm(ctx, k));
  if (unit && unit.code !== 'WE') return match(i, k + 1, 'SET', explicit(durationValue(unit, n)));
  if (w === 'each' || w === 'every') {
    const weekday = ctx.lex.weekdays.get(norm(ctx, k));
    if (weekday !== undefined) return match(i, k + 1, 'SET', explicit(`XXXX-WXX-${weekday}`));
    const month = monthAt(ctx, k);
    if (month) return match(i, month.next, 'SET', explicit(`XXXX-${String(month.month).padStart(2, '0')}`));
  }
  return null;
}

/** Sets (rates). */
export const SET_MATCHERS = [set] as const;
