import type { QuantityAnnotation, Sentence, Token } from '../../pipeline/types.js';
import { matchAt, surface } from '../../text/phrase-set.js';
import type { QuantitiesLexicon } from './lexicon/index.js';
import { metresByConversion } from './numbers.js';

/** What the unit finders read: the sentence's tokens, word lists, and which tokens are times. */
export interface UnitInput {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly lex: QuantitiesLexicon;
  /** 1 where a token belongs to a time expression. */
  readonly inTime: Uint8Array;
}

/** A unit found after a number: the unit as written in the output, the kind it makes, where it ends. */
export interface FoundUnit {
  readonly unit: string;
  readonly kind: QuantityAnnotation['kind'];
  readonly end: number;
}

const LOWER_WORD = /^\p{Ll}[\p{Ll}'-]*$/u;
const WORD = /^\p{L}[\p{L}'-]*$/u;

/** The currency symbol (or code) right before token `k`, possibly with a country prefix ("US$", "$US", "HK $"). */
export function currencyBefore(input: UnitInput, k: number): { code: string; start: number } | null {
  const { tokens, sentence, lex } = input;
  const t = tokens[k - 1];
  if (!t || k - 1 < sentence.tokenStart) return null;
  const prev = tokens[k - 2];
  const hasPrev = prev !== undefined && k - 2 >= sentence.tokenStart;
  // "US$", "HK $", "$US", "$A": a symbol with a country prefix or suffix.
  if (hasPrev) {
    const joined = lex.currencySymbols.get(prev.text + t.text);
    if (joined && (!t.spaceBefore || /^[A-Z]{1,3}$/.test(prev.text))) return { code: joined, start: k - 2 };
  }
  const code = lex.currencySymbols.get(t.text) ?? lex.currencyCodes.get(t.text);
  return code ? { code, start: k - 1 } : transliteratedCurrencyBefore(input, k);
}

/** A bare digit 1–5 after "PS" names a games console ("PS5"), not an amount in pounds. */
const CONSOLE_NUMBER = /^[1-5]$/;

/**
 * A currency symbol transliterated to ASCII right before token `k` and written against it
 * ("PS4.5m", "Y=1,200"): its code and first token.
 */
export function transliteratedCurrencyBefore(input: UnitInput, k: number): { code: string; start: number } | null {
  const { tokens, sentence, lex } = input;
  const number = tokens[k];
  const t = tokens[k - 1];
  if (!number || !t || k - 1 < sentence.tokenStart || number.spaceBefore) return null;
  const prev = tokens[k - 2];
  if (prev && k - 2 >= sentence.tokenStart && !t.spaceBefore) {
    const joined = lex.transliteratedCurrencies.get(prev.text + t.text);
    if (joined) return { code: joined, start: k - 2 };
  }
  const code = lex.transliteratedCurrencies.get(t.text);
  if (!code) return null;
  const next = tokens[k + 1];
  const scaled = next !== undefined && !next.spaceBefore && lex.scales.has(next.norm);
  return CONSOLE_NUMBER.test(number.text) && !scaled ? null : { code, start: k - 1 };
}

/** Digits as a number token writes them, with a sign and decimals ("-5", "21.5"). */
const NUMBER_TEXT = /^[-−+]?\d+(?:\.\d+)?$/;

/** The first token of a unit: `k`, or the token after a hyphen written against the number ("6.1-inch"). */
function unitStart(tokens: readonly Token[], k: number, limit: number): { at: number; hyphen: boolean } {
  const t = tokens[k];
  if (t && t.text === '-' && !t.spaceBefore && k + 1 < limit && !tokens[k + 1]!.spaceBefore) return { at: k + 1, hyphen: true };
  return { at: k, hyphen: false };
}

/**
 * The counted noun phrase at `k`: up to three modifiers and a noun, "criminal cases", "European
 * countries", "first-team players", "FA Cup finals", "Americans". Capitalised words count only
 * before a lower-case noun, or as a plural name of people ("Americans").
 */
function countedNoun(input: UnitInput, k: number, limit: number): FoundUnit | null {
  const { tokens, lex } = input;
  let j = k;
  let head = -1;
  while (j < limit && j < k + 5) {
    const w = tokens[j]!;
    if (input.inTime[j]) break;
    // "first-team": words joined by a hyphen written against them.
    if (w.text === '-' && !w.spaceBefore && j > k && j + 1 < limit && !tokens[j + 1]!.spaceBefore && WORD.test(tokens[j + 1]!.text)) {
      j++;
      continue;
    }
    if (!WORD.test(w.text) || lex.notUnits.has(w.norm)) break;
    const lower = LOWER_WORD.test(w.text);
    // A plural the tagger took for a verb, right after the number ("3.7 rebounds").
    const pluralAsVerb = j === k && w.pos === 'VERB' && lower && w.norm.endsWith('s') && !w.norm.endsWith('ss');
    // "300 recorded songs": a participle before the noun.
    const participle = head < 0 && w.pos === 'VERB' && lower && w.norm.endsWith('ed') && tokens[j + 1]?.pos === 'NOUN';
    if (w.pos === 'NOUN' || (w.pos === 'PROPN' && !lower) || pluralAsVerb) head = j;
    else if (!participle && (w.pos !== 'ADJ' || head >= 0)) break;
    j++;
  }
  if (head < 0) return null;
  const last = tokens[head]!;
  // A capitalised head must be a plural name of people or things ("Americans", "World Cups").
  if (!LOWER_WORD.test(last.text) && !last.norm.endsWith('s')) return null;
  return { unit: surface(tokens, k, head + 1), kind: 'count', end: head + 1 };
}

const AGE_UNITS: Readonly<Record<string, string>> = {
  year: 'years old', years: 'years old', month: 'months old', months: 'months old', week: 'weeks old', weeks: 'weeks old',
  day: 'days old', days: 'days old',
};

/** An age after a number: "50 year-old", "20-year-old", "18 months old", "400 million-year-old". */
function ageAt(tokens: readonly Token[], k: number, limit: number): FoundUnit | null {
  let j = k;
  if (tokens[j]?.text === '-' && !tokens[j]!.spaceBefore) j++;
  const word = j < limit ? tokens[j]?.norm : undefined;
  if (word === undefined || !Object.hasOwn(AGE_UNITS, word)) return null;
  j++;
  if (tokens[j]?.text === '-' && !tokens[j]!.spaceBefore) j++;
  return j < limit && tokens[j]?.norm === 'old' ? { unit: AGE_UNITS[word]!, kind: 'measure', end: j + 1 } : null;
}

/**
 * The unit after a quantity's number: an age ("50-year-old"), a percentage, a currency word, a measurement unit (also
 * hyphenated: "6.1-inch", "1.8 billion-mile"), or a counted noun phrase. "pounds" is money only
 * after a scale word ("5 million pounds") or as "pounds sterling", else weight.
 */
export function unitAfter(input: UnitInput, k: number, scaled: boolean): FoundUnit | null {
  const { tokens, lex, sentence } = input;
  const limit = sentence.tokenEnd;
  if (k >= limit || input.inTime[k]) return null;
  // "Series 9s", "Channel 4s", "2019s": a plural "s" written against a whole number makes a name.
  const glued = tokens[k]!;
  // After a decimal it is seconds ("9.58s").
  if (glued.norm === 's' && !glued.spaceBefore && k > sentence.tokenStart) return /^\d+$/.test(tokens[k - 1]!.text) ? null : { unit: 's', kind: 'measure', end: k + 1 };
  // "3G", "5G": a generation of mobile networks, an ordinal, not grams (which are written "g").
  if (!glued.spaceBefore && glued.text === 'G' && k > sentence.tokenStart && /^\d$/.test(tokens[k - 1]!.text)) return { unit: 'G', kind: 'ordinal', end: k + 1 };
  // "25C", "-5F": a temperature, with the degree sign left out as British news writes it.
  if (!glued.spaceBefore && (glued.text === 'C' || glued.text === 'F') && k > sentence.tokenStart && NUMBER_TEXT.test(tokens[k - 1]!.text)) {
    return { unit: glued.text === 'C' ? '°C' : '°F', kind: 'measure', end: k + 1 };
  }
  const age = ageAt(tokens, k, limit);
  if (age) return age;
  const { at, hyphen } = unitStart(tokens, k, limit);
  if (input.inTime[at]) return null;
  const percentEnd = matchAt(lex.percentPhrases, tokens, at, limit);
  if (percentEnd > at && !hyphen) return { unit: lex.percentWords.get(surface(tokens, at, percentEnd).toLowerCase())!, kind: 'percent', end: percentEnd };
  const currencyEnd = matchAt(lex.currencyPhrases, tokens, at, limit);
  const currencyWord = currencyEnd > at ? surface(tokens, at, currencyEnd).toLowerCase() : '';
  // "9,250 pounds a year": a rate after "pounds" makes them money, as a wage or a fee.
  const rateAfter = input.inTime[currencyEnd] === 1 && lex.perWords.has(tokens[currencyEnd]?.norm ?? '');
  const weight = lex.weightOrMoney.has(currencyWord) && !scaled && tokens[currencyEnd]?.norm !== 'sterling' && !rateAfter;
  // "12 euro zone countries", "5 dollar bills": the currency word qualifies a noun; "a million
  // dollar house" is an amount of money still.
  const qualifies = !scaled && tokens[currencyEnd]?.pos === 'NOUN' && currencyEnd < limit && LOWER_WORD.test(tokens[currencyEnd]!.text);
  if (currencyEnd > at && !weight && !hyphen && !qualifies) return { unit: lex.currencyWords.get(currencyWord)!, kind: 'money', end: currencyEnd };
  if (!hyphen && metresByConversion(tokens, at, lex)) return { unit: 'm', kind: 'measure', end: at + 1 };
  const measureEnd = matchAt(lex.measurePhrases, tokens, at, limit);
  if (measureEnd > at) {
    const written = surface(tokens, at, measureEnd).toLowerCase();
    return { unit: lex.measureUnits.get(written)!, kind: 'measure', end: measureEnd };
  }
  if (weight && !qualifies) return { unit: 'lb', kind: 'measure', end: currencyEnd };
  // "6.5 times earnings": a multiple.
  if (tokens[at]!.norm === 'times' && !hyphen) return { unit: 'times', kind: 'other', end: at + 1 };
  if (hyphen) {
    // "four-cylinder": a singular noun after a hyphen.
    const t = tokens[at]!;
    return t.pos === 'NOUN' && LOWER_WORD.test(t.text) && !lex.notUnits.has(t.norm) ? { unit: t.text, kind: 'count', end: at + 1 } : null;
  }
  return countedNoun(input, at, limit);
}

/**
 * What a price or ratio is per, after its unit: "per barrel", "an ounce", "a share", "/sq m".
 * Time periods ("a month", "per day") are rates, found by the times stage, and are left out.
 */
export function perAfter(input: UnitInput, k: number): { per: string; end: number } | null {
  const { tokens, lex, sentence } = input;
  const limit = sentence.tokenEnd;
  const w = tokens[k];
  if (!w || k + 1 >= limit || !lex.perWords.has(w.norm) || input.inTime[k + 1]) return null;
  if (w.norm === '/' && tokens[k + 1]!.spaceBefore) return null;
  const measureEnd = matchAt(lex.measurePhrases, tokens, k + 1, limit);
  if (measureEnd > k + 1) return { per: lex.measureUnits.get(surface(tokens, k + 1, measureEnd).toLowerCase())!, end: measureEnd };
  const t = tokens[k + 1]!;
  if (t.pos === 'NOUN' && LOWER_WORD.test(t.text) && !lex.notUnits.has(t.norm)) return { per: t.text, end: k + 2 };
  return null;
}
