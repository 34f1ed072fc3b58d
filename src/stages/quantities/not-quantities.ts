import type { Token } from '../../pipeline/types.js';
import type { QuantitiesLexicon } from './lexicon/index.js';
import type { NumberReading } from './numbers.js';
import type { FoundUnit } from './units.js';

const INTEGER = /^\d+$/;
/** A hyphen glued to an integer: the end of a name written with a stray space ("COVID -19"). */
const HYPHEN_INTEGER = /^-\d+$/;
const ALL_CAPS_WORD = /^\p{Lu}{2,}$/u;
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
 * "S&P 500", "Game 7") or before a singular name ("the 787 Dreamliner", "90049 ZIP Code"), or the
 * hyphenated end of an upper-case name written with a space ("SARS -2 cases").
 */
export function isLabel(input: CheckInput, start: number, reading: NumberReading, unit: FoundUnit | null): boolean {
  const { tokens, lex, sentenceStart, sentenceEnd } = input;
  const t = tokens[start]!;
  const next = reading.end < sentenceEnd ? tokens[reading.end]! : null;
  // "the Three Gorges Dam": a number word inside a name.
  if (reading.words) return t.capitalized && start > sentenceStart && next !== null && next.capitalized;
  const prev = start > sentenceStart ? tokens[start - 1]! : null;
  if (HYPHEN_INTEGER.test(t.text)) return prev !== null && t.spaceBefore && ALL_CAPS_WORD.test(prev.text);
  if (!INTEGER.test(t.text)) return false;
  if (prev && lex.labelWords.has(prev.norm)) return true;
  // A counted singular after a name is part of the name too ("the Sakhalin 5 petroleum field").
  const singularCount = unit !== null && unit.kind === 'count' && !unit.unit.endsWith('s');
  if (unit && !singularCount) return false;
  const initial = start - 1 === sentenceStart;
  const name = prev !== null && prev.type === 'word' && (prev.pos === 'PROPN' || (!initial && prev.capitalized && (prev.pos === 'NOUN' || prev.pos === 'ADJ')));
  if (name && !lex.currencyCodes.has(prev.text)) return true;
  return (!unit || singularCount) && next !== null && next.type === 'word' && next.capitalized && next.spaceBefore && t.text.length >= 2;
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

/** A year before a noun it dates rather than counts ("2018 sales", "the 1990 elections", "its 2005 survey"). */
export function isYearOfNoun(input: CheckInput, reading: NumberReading, unit: FoundUnit | null): boolean {
  if (!reading.yearLike) return false;
  // "its 2005 economic survey": a year before a singular noun.
  if (unit && unit.kind === 'count' && !unit.unit.endsWith('s')) return true;
  const next = input.tokens[reading.end];
  return next !== undefined && reading.end < input.sentenceEnd && input.lex.yearNouns.has(next.norm);
}

const DIGIT_GROUP = /^\(?\+?\d{2,5}\)?$/;

/**
 * A phone number: two or more groups of digits separated by spaces or hyphens ("020 7946
 * 0018", "+44 20 7946 0018", "(555) 123-4567"), nine or more digits in all, or a group that
 * starts with 0. Returns the token index after it, or -1.
 */
export function phoneEnd(input: CheckInput, start: number): number {
  const { tokens, sentenceEnd } = input;
  let j = start;
  let digits = 0;
  let groups = 0;
  let leadingZero = false;
  while (j < sentenceEnd) {
    const t = tokens[j]!;
    if (t.text === '-' || t.text === '(' || t.text === ')' || t.text === '+') {
      j++;
      continue;
    }
    const parts = t.text.split('-');
    if (!parts.every((p) => DIGIT_GROUP.test(p))) break;
    for (const p of parts) {
      const d = p.replace(/\D/g, '');
      if (groups === 0 && d.startsWith('0')) leadingZero = true;
      digits += d.length;
      groups++;
    }
    j++;
  }
  return groups >= 2 && (digits >= 9 || (leadingZero && digits >= 7)) ? j : -1;
}

/** A list number at the start of a paragraph: "1. Introduction", "2) Methods". */
export function isListNumber(input: CheckInput, start: number, reading: NumberReading): boolean {
  const { tokens } = input;
  const t = tokens[start]!;
  const paragraphStart = start === 0 || t.newlinesBefore > 0;
  const marker = tokens[reading.end]?.text;
  return paragraphStart && INTEGER.test(t.text) && (marker === '.' || marker === ')') && reading.end === start + 1;
}
