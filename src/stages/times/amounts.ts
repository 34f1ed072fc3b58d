import { norm, type ScanContext } from './context.js';

const NUMBER = /^\d+(?:\.\d+)?$/;
const FRACTION = /^(\d+)\/(\d+)$/;
const TENS = new Set([20, 30, 40, 50, 60, 70, 80, 90]);

/** An amount of time units: its value (null when vague: "several", "a few") and the token after it. */
export interface Amount {
  readonly value: number | null;
  readonly next: number;
}

/** A number written in words at `k`: "four", "twenty-four", "twenty four", "a hundred", "two thousand". */
function wordsAt(ctx: ScanContext, k: number): Amount | null {
  const first = ctx.lex.cardinals.get(norm(ctx, k));
  if (first === undefined) return null;
  let value = first;
  let next = k + 1;
  // "twenty-four", "twenty four"
  if (TENS.has(first)) {
    const hyphen = ctx.tokens[next]?.text === '-' ? 1 : 0;
    const unit = ctx.lex.cardinals.get(norm(ctx, next + hyphen));
    if (unit !== undefined && unit >= 1 && unit <= 9) {
      value += unit;
      next += hyphen + 1;
    }
  }
  const scale = ctx.lex.scaleWords.get(norm(ctx, next));
  if (scale !== undefined) {
    value *= scale;
    next++;
  }
  return { value, next };
}

/**
 * An amount at `k`: digits ("24", "2 1/2"), number words, "a"/"an" (1), "a couple of" (2), or a
 * vague amount ("several", "a few": null).
 */
export function amountAt(ctx: ScanContext, k: number): Amount | null {
  const t = ctx.tokens[k];
  if (!t || k >= ctx.sentence.tokenEnd) return null;
  if (NUMBER.test(t.text)) {
    const fraction = FRACTION.exec(norm(ctx, k + 1));
    if (fraction && Number(fraction[2]) !== 0) return { value: Number(t.text) + Number(fraction[1]) / Number(fraction[2]), next: k + 2 };
    return { value: Number(t.text), next: k + 1 };
  }
  const words = wordsAt(ctx, k);
  if (words) return words;
  if (t.norm === 'a' || t.norm === 'an') {
    if (norm(ctx, k + 1) === 'few') return { value: null, next: k + 2 };
    if (norm(ctx, k + 1) === 'couple' && norm(ctx, k + 2) === 'of') return { value: 2, next: k + 3 };
    const hundred = ctx.lex.scaleWords.get(norm(ctx, k + 1));
    if (hundred !== undefined) return { value: hundred, next: k + 2 };
    return { value: 1, next: k + 1 };
  }
  if (ctx.lex.vagueAmounts.has(t.norm)) return { value: null, next: k + 1 };
  return null;
}

/** A year said in words at `k`: "nineteen ninety-six", "nineteen eighty", "two thousand". */
export function spokenYearAt(ctx: ScanContext, k: number): Amount | null {
  const century = ctx.lex.cardinals.get(norm(ctx, k));
  if (century === 18 || century === 19) {
    const rest = wordsAt(ctx, k + 1);
    if (!rest || rest.value === null || rest.value < 10 || rest.value > 99) return null;
    return { value: century * 100 + rest.value, next: rest.next };
  }
  // "two thousand" is the year only where nothing is counted after it ("in two thousand", not "two thousand homes").
  const counted = ctx.tokens[k + 2];
  if (norm(ctx, k) === 'two' && norm(ctx, k + 1) === 'thousand' && !(counted && k + 2 < ctx.sentence.tokenEnd && (counted.pos === 'NOUN' || counted.pos === 'ADJ'))) {
    return { value: 2000, next: k + 2 };
  }
  return null;
}
