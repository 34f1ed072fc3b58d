import type { Token } from '../../pipeline/types.js';
import type { QuantitiesLexicon } from './lexicon/index.js';
import { DETERMINERS_BEFORE_ONE } from './lexicon/modifiers.js';

/** A number read from one or more tokens. */
export interface NumberReading {
  readonly value: number;
  /** Exclusive end token index. */
  readonly end: number;
  /** The second end when one token holds a range ("5-10"). */
  readonly high: number | null;
  /** True when written as a bare four-digit year-like number ("2022"). */
  readonly yearLike: boolean;
  /** True when written in words ("three", "two million"). */
  readonly words: boolean;
}

const PLAIN = /^\d+(?:\.\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const HYPHEN_RANGE = /^(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)$/;
const YEAR_LIKE = /^(1[89]|20)\d{2}$/;

/** Read digits at `k`: "21,600", "3.5", "5-10". */
function digitsAt(tokens: readonly Token[], k: number): NumberReading | null {
  const t = tokens[k]!;
  if (PLAIN.test(t.text) || GROUPED.test(t.text)) {
    return { value: Number(t.text.replace(/,/g, '')), end: k + 1, high: null, yearLike: YEAR_LIKE.test(t.text), words: false };
  }
  const range = HYPHEN_RANGE.exec(t.text);
  if (range) return { value: Number(range[1]), end: k + 1, high: Number(range[2]), yearLike: false, words: false };
  return null;
}

/** Read a number written in words at `k`: "three", "twenty-one", "a hundred", "two million". */
function wordsAt(tokens: readonly Token[], k: number, limit: number, lex: QuantitiesLexicon): NumberReading | null {
  let value = 0;
  let current = 0;
  let j = k;
  let any = false;
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
  return { value: value + current, end: j, high: null, yearLike: false, words: true };
}

/**
 * Read a number at token `k`, in digits or words. "one" counts only before a noun and not after a
 * determiner ("one soldier", not "one that" or "the one").
 */
export function numberAt(tokens: readonly Token[], k: number, limit: number, lex: QuantitiesLexicon): NumberReading | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.type === 'number') return digitsAt(tokens, k);
  if (t.type !== 'word') return null;
  const reading = wordsAt(tokens, k, limit, lex);
  if (!reading) return null;
  if (t.norm === 'one' && reading.end === k + 1) {
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    if (!next || next.pos !== 'NOUN' || (prev && DETERMINERS_BEFORE_ONE.has(prev.norm)) || next.norm === 'of') return null;
  }
  return reading;
}
