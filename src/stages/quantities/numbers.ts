import type { Token } from '../../pipeline/types.js';
import type { QuantitiesLexicon } from './lexicon/index.js';
import { DETERMINERS_BEFORE_ONE } from './lexicon/modifiers.js';

/** A number read from one or more tokens, with its scale applied. */
export interface NumberReading {
  /** The value ("£15.8m" → 15800000); the low end for a range token or a vague plural. */
  readonly value: number;
  /** The high end when the tokens hold a range ("5-10", "thousands of"), else null. */
  readonly high: number | null;
  /** The value before any scale word ("15.8" of "15.8m"), to spread a scale over a range. */
  readonly unscaled: number;
  /** True when a scale word or suffix followed the digits. */
  readonly scaled: boolean;
  /** Exclusive end token index. */
  readonly end: number;
  /** True when written as a bare four-digit year-like number ("2022"). */
  readonly yearLike: boolean;
  /** True when written in words ("three", "two million"). */
  readonly words: boolean;
  /** True for a hyphenated pair whose second number is not larger ("3-1", "89-89"): a score. */
  readonly pairNotRange: boolean;
}

const PLAIN = /^[-+−]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const GROUPED = /^[-+−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const HYPHEN_RANGE = /^(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)$/;
const FRACTION = /^(\d+)[/⁄](\d+)$/;
const MINUS_GLUED = /^minus-(\d+(?:\.\d+)?)$/;
const YEAR_LIKE = /^(1[89]|20)\d{2}$/;

/** Avoid binary noise from scaling decimals (15.8 × 1e6). */
export function round(n: number): number {
  return Number(n.toPrecision(12));
}

const plain = (value: number, end: number, extra: Partial<NumberReading> = {}): NumberReading => ({
  value,
  high: null,
  unscaled: value,
  scaled: false,
  end,
  yearLike: false,
  words: false,
  pairNotRange: false,
  ...extra,
});

/** Read digits at `k`: "21,600", "3.5", "-50.8", ".001", "5-10", "1/16", "minus-5". */
function digitsAt(tokens: readonly Token[], k: number): NumberReading | null {
  const t = tokens[k]!;
  const text = t.text.replace('−', '-');
  if (PLAIN.test(text) || GROUPED.test(text)) {
    return plain(Number(text.replace(/,/g, '')), k + 1, { yearLike: YEAR_LIKE.test(text) });
  }
  const range = HYPHEN_RANGE.exec(text);
  if (range) {
    const low = Number(range[1]);
    const high = Number(range[2]);
    return high > low ? plain(low, k + 1, { high }) : plain(low, k + 1, { pairNotRange: true });
  }
  const fraction = FRACTION.exec(text);
  if (fraction && Number(fraction[2]) !== 0 && Number(fraction[1]) < Number(fraction[2])) {
    return plain(round(Number(fraction[1]) / Number(fraction[2])), k + 1);
  }
  const minus = MINUS_GLUED.exec(t.norm);
  if (minus) return plain(-Number(minus[1]), k + 1);
  return null;
}

/** Read a number written in words at `k`: "three", "twenty-one", "a hundred", "two million", "two-thirds". */
function wordsAt(tokens: readonly Token[], k: number, limit: number, lex: QuantitiesLexicon): NumberReading | null {
  let value = 0;
  let current = 0;
  let j = k;
  let any = false;
  let scaled = false;
  if (tokens[j]?.norm === 'a' && (lex.scales.has(tokens[j + 1]?.norm ?? '') || tokens[j + 1]?.norm === 'dozen')) {
    current = 1;
    j++;
  }
  while (j < limit) {
    const w = tokens[j]!.norm;
    const cardinal = lex.cardinals.get(w);
    if (cardinal !== undefined) {
      current += cardinal === 12 && w === 'dozen' ? (current === 0 ? 12 : current * 11) : cardinal;
      any = true;
      j++;
      // "twenty-one"
      if (tokens[j]?.text === '-' && !tokens[j]!.spaceBefore && lex.cardinals.has(tokens[j + 1]?.norm ?? '')) j++;
      continue;
    }
    if (any || current > 0) {
      const scale = lex.scales.get(w);
      if (scale !== undefined && w.length > 2) {
        if (scale === 100) current = (current || 1) * 100;
        else {
          value += (current || 1) * scale;
          current = 0;
        }
        any = true;
        // "two hundred pounds" is a weight; "two million pounds" is money.
        scaled ||= scale !== 100;
        j++;
        continue;
      }
      if (w === 'and' && lex.cardinals.has(tokens[j + 1]?.norm ?? '')) {
        j++;
        continue;
      }
    }
    break;
  }
  if (!any) return null;
  return plain(value + current, j, { words: true, scaled });
}

/**
 * A fraction in words before "of": "half of", "two-thirds of", "a third of", "one in three".
 * Only with "of" (or "in"/"out of" after "one"), so that "the second half" and "a quarter" of a
 * year are left alone.
 */
function fractionAt(tokens: readonly Token[], k: number, limit: number, lex: QuantitiesLexicon): NumberReading | null {
  const w = tokens[k]!.norm;
  const at = (j: number): string => (j < limit ? (tokens[j]?.norm ?? '') : '');
  // "one in three", "one out of five"
  if (w === 'one' || w === '1') {
    const over = at(k + 1) === 'in' ? k + 2 : at(k + 1) === 'out' && at(k + 2) === 'of' ? k + 3 : -1;
    const of = over > 0 ? (lex.cardinals.get(at(over)) ?? (/^\d+$/.test(at(over)) ? Number(at(over)) : undefined)) : undefined;
    if (of !== undefined && of > 1) return plain(round(1 / of), over + 1, { words: true });
  }
  // "two-thirds of", "a third of", "one quarter of", "half of"
  let j = k;
  let multiplier = 1;
  let hyphenated = false;
  const cardinal = lex.cardinals.get(w);
  if (w === 'a' || w === 'one') j = k + 1;
  else if (cardinal !== undefined && cardinal > 1 && cardinal < 10) {
    multiplier = cardinal;
    j = k + 1;
    hyphenated = tokens[j]?.text === '-' && !tokens[j]!.spaceBefore;
    if (hyphenated) j++;
  }
  const word = at(j);
  const fraction = lex.fractions.get(word);
  // Without "of": the size of a change ("fell by a third", "cut by half") or a hyphenated
  // fraction ("a two-thirds majority").
  const ofFollows = at(j + 1) === 'of';
  const afterBy = k > 0 && tokens[k - 1]!.norm === 'by';
  if (fraction === undefined || (!ofFollows && !afterBy && !hyphenated)) return null;
  if (j === k && word !== 'half') return null;
  if (multiplier > 1 && !word.endsWith('s')) return null;
  return plain(round(multiplier * fraction), j + 1, { words: true });
}

/**
 * A vague plural amount: "thousands of", "tens of thousands of", "hundreds of millions of",
 * "dozens of" → a range (thousands: 1,000 to 10,000).
 */
function vagueAt(tokens: readonly Token[], k: number, limit: number, lex: QuantitiesLexicon): NumberReading | null {
  const at = (j: number): string => (j < limit ? (tokens[j]?.norm ?? '') : '');
  const first = lex.vaguePlurals.get(at(k));
  if (!first) return null;
  let [low, high] = first;
  let j = k + 1;
  // "tens of thousands", "hundreds of millions"
  while (at(j) === 'of' && lex.vaguePlurals.has(at(j + 1)) && at(j + 1) !== 'dozens' && at(j + 1) !== 'tens') {
    const [l2] = lex.vaguePlurals.get(at(j + 1))!;
    low *= l2;
    high *= l2;
    j += 2;
  }
  if (at(j) !== 'of') return null;
  return plain(low, j, { high, words: true });
}

/**
 * Whether the "m" at token `k` is metres, not millions: an imperial length in brackets follows
 * ("a 40m (131ft) tower", "2.5m (8.2 feet)"), or a race or the like ("the 300m final").
 */
export function metresByConversion(tokens: readonly Token[], k: number, lex: QuantitiesLexicon): boolean {
  if (tokens[k]?.norm !== 'm') return false;
  // "the 300m final", "a 50m pool": a race or the like after it, and no currency before the number.
  const next = tokens[k + 1];
  if (tokens[k]!.text === 'm' && next !== undefined && next.spaceBefore && lex.metreEvents.has(next.norm)) {
    const before = tokens[k - 2];
    return before === undefined || (before.type !== 'currency' && !lex.currencySymbols.has(before.text));
  }
  if (next?.text !== '(' || tokens[k + 2]?.type !== 'number') return false;
  const unit = tokens[k + 3];
  return unit !== undefined && lex.imperialLengths.has(unit.norm);
}

/** The scale words after a number ("4 hundred million", "15.8m", "2 bn"), multiplied, and where they end. */
function scaleAfter(tokens: readonly Token[], k: number, limit: number, lex: QuantitiesLexicon): { factor: number; end: number } {
  let factor = 1;
  let j = k;
  while (j < limit) {
    const t = tokens[j]!;
    const scale = lex.scales.get(t.norm);
    if (scale === undefined) break;
    // One- to three-letter suffixes ("m", "bn", "k") only written against the number.
    if (t.norm.length <= 3 && (t.spaceBefore || j > k)) break;
    if (metresByConversion(tokens, j, lex)) break;
    factor *= scale;
    j++;
  }
  return { factor, end: j };
}

const SMALL_GROUP = /^\d{1,3}$/;
const GROUP = /^\d{3}(?:\.\d+)?$/;

/** "40 000", "1 234 567": thousands grouped with spaces, read as one number. */
function spaceGrouped(tokens: readonly Token[], k: number, limit: number, reading: NumberReading): NumberReading {
  if (!SMALL_GROUP.test(tokens[k]!.text)) return reading;
  let j = k + 1;
  let text = tokens[k]!.text;
  while (j < limit && tokens[j]!.spaceBefore && tokens[j]!.newlinesBefore === 0 && GROUP.test(tokens[j]!.text)) {
    text += tokens[j]!.text;
    j++;
    if (text.includes('.')) break;
  }
  return j === k + 1 ? reading : plain(Number(text), j);
}

/** Where "minus" stands before the number at `k` ("minus 5", "minus-5"), or -1. */
export function minusBefore(tokens: readonly Token[], k: number): number {
  if (tokens[k - 1]?.norm === 'minus') return k - 1;
  if (tokens[k - 1]?.text === '-' && !tokens[k]!.spaceBefore && !tokens[k - 1]!.spaceBefore && tokens[k - 2]?.norm === 'minus') return k - 2;
  return -1;
}

/**
 * Read a number at token `k`, in digits or words, with the scale words after it. "one" counts
 * only before a noun and not after a determiner ("one soldier", not "one that" or "the one").
 */
export function numberAt(tokens: readonly Token[], k: number, limit: number, lex: QuantitiesLexicon): NumberReading | null {
  const t = tokens[k];
  if (!t || k >= limit) return null;
  if (t.type === 'number' || /^[-+−.]?\d/.test(t.text) || MINUS_GLUED.test(t.norm)) {
    // "1 in 10 schools", "1 out of 5": a share, read as one number.
    if (t.text === '1') {
      const share = fractionAt(tokens, k, limit, lex);
      if (share) return share;
    }
    const digits = digitsAt(tokens, k);
    if (!digits) return null;
    const reading = spaceGrouped(tokens, k, limit, digits);
    // "minus 5", "minus-5": a negative number.
    const negative = minusBefore(tokens, k) >= 0 && reading.value > 0 ? -1 : 1;
    const { factor, end } = scaleAfter(tokens, reading.end, limit, lex);
    if (factor === 1 && negative === 1) return reading;
    return {
      ...reading,
      value: round(negative * reading.value * factor),
      high: reading.high === null ? null : round(negative * reading.high * factor),
      unscaled: negative * reading.value,
      scaled: factor !== 1,
      end,
    };
  }
  if (t.type !== 'word') return null;
  const fraction = fractionAt(tokens, k, limit, lex);
  if (fraction) return fraction;
  const vague = vagueAt(tokens, k, limit, lex);
  if (vague) return vague;
  const reading = wordsAt(tokens, k, limit, lex);
  if (!reading) return null;
  if (t.norm === 'one' && reading.end === k + 1) {
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    if (!next || next.pos !== 'NOUN' || (prev && DETERMINERS_BEFORE_ONE.has(prev.norm)) || next.norm === 'of') return null;
  }
  if (reading.words && minusBefore(tokens, k) >= 0) return { ...reading, value: -reading.value, unscaled: -reading.value };
  return reading;
}
