import type { Token } from '../../pipeline/types.js';
import type { QuantitiesLexicon } from './lexicon/index.js';
import type { NumberReading } from './numbers.js';

const INTEGER = /^\d+$/;
const ORDINAL_OR_INITIAL = /^(?:\d+(?:st|nd|rd|th)|\p{Lu}\.?)$/u;

/** What the checks read: the sentence's tokens and word lists. */
interface CheckInput {
  readonly tokens: readonly Token[];
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly lex: QuantitiesLexicon;
}

/**
 * A number that names rather than counts: a label after a word like "No." or "category"
 * ("category 4 hurricane"), or, when no unit follows, a plain integer after a name ("iPhone 11",
 * "S&P 500", "Game 7") or before a singular name ("the 787 Dreamliner", "90049 ZIP Code").
 */
export function isLabel(input: CheckInput, start: number, reading: NumberReading, hasUnit: boolean): boolean {
  const { tokens, lex, sentenceStart, sentenceEnd } = input;
  const t = tokens[start]!;
  if (!INTEGER.test(t.text) || reading.words) return false;
  const prev = start > sentenceStart ? tokens[start - 1]! : null;
  if (prev && lex.labelWords.has(prev.norm)) return true;
  if (hasUnit) return false;
  const initial = start - 1 === sentenceStart;
  const name = prev !== null && prev.type === 'word' && (prev.pos === 'PROPN' || (!initial && prev.capitalized && (prev.pos === 'NOUN' || prev.pos === 'ADJ')));
  if (name && !lex.currencyCodes.has(prev.text)) return true;
  const next = reading.end < sentenceEnd ? tokens[reading.end]! : null;
  return next !== null && next.type === 'word' && next.capitalized && next.spaceBefore && t.text.length >= 2;
}

/** A street number: an integer followed by capitalised words that end in a street suffix ("575 Wilbraham Road"). */
export function isAddress(input: CheckInput, start: number, reading: NumberReading): boolean {
  const { tokens, lex, sentenceEnd } = input;
  if (!INTEGER.test(tokens[start]!.text.replace(/[-–]\d+$/, ''))) return false;
  for (let j = reading.end; j < Math.min(sentenceEnd, reading.end + 5); j++) {
    const w = tokens[j]!;
    if (w.text === '.' && !w.spaceBefore) continue;
    if (!w.capitalized && !ORDINAL_OR_INITIAL.test(w.text)) return false;
    if (j > reading.end && lex.streetSuffixes.has(w.norm.replace(/\.$/, ''))) return true;
  }
  return false;
}

/** A year before a noun it dates rather than counts ("2018 sales", "the 1990 elections"). */
export function isYearOfNoun(input: CheckInput, reading: NumberReading): boolean {
  const next = input.tokens[reading.end];
  return reading.yearLike && next !== undefined && reading.end < input.sentenceEnd && input.lex.yearNouns.has(next.norm);
}
