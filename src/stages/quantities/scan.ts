import type { Bound } from '../../schema/index.js';
import type { QuantityAnnotation, TimeAnnotation, Token } from '../../pipeline/types.js';
import { withChanges, type QuantityDraft } from './quantity-factory.js';
import { matchEndingAt, surface } from '../../text/phrase-set.js';
import { isAddress, isLabel, isListNumber, isYearOfNoun, phoneEnd } from './not-quantities.js';
import { minusBefore, numberAt, round, type NumberReading } from './numbers.js';
import { currencyBefore, perAfter, transliteratedCurrencyBefore, unitAfter, type FoundUnit, type UnitInput } from './units.js';


interface ScanInput extends UnitInput {
  readonly text: string;
  /** SET times of the sentence, for rates. */
  readonly sets: readonly TimeAnnotation[];
  /** 1 at the last token of a person's name. */
  readonly personEnds: Uint8Array;
}

const CLAUSE_END = /^[,;:.!?—–()]$/u;
/** How far (in tokens) a quantity looks back for "the number of X" or ahead for its rate. */
const CONTEXT_WINDOW = 40;
/** How far back a trend word may stand before its number ("rose by an estimated"). */
const TREND_WINDOW = 4;

/** A bound phrase ending right before token `k`. */
function boundBefore(input: ScanInput, k: number): { bound: Bound; approximate: boolean; start: number } | null {
  const start = matchEndingAt(input.lex.boundPhrases, input.tokens, k, Math.max(input.sentence.tokenStart, k - 4));
  if (start < 0) return null;
  const word = input.lex.bounds.get(surface(input.tokens, start, k).toLowerCase());
  return word ? { ...word, start } : null;
}

/**
 * A trend word shortly before token `start`, looking back over words like "to", "by", "an
 * estimated": its direction and whether a level word ("to", "at") stands between it and the
 * number. "up" and "down" after some verbs are particles ("gave up 517 yards"), not trends.
 */
function trendBefore(input: ScanInput, start: number): { trend: 'up' | 'down'; level: boolean; word: string } | null {
  const { tokens, lex, sentence } = input;
  let level = false;
  let by = false;
  for (let j = start - 1; j >= Math.max(sentence.tokenStart, start - TREND_WINDOW); j--) {
    const w = tokens[j]!.norm;
    const trend = lex.trendVerbs.get(w);
    if (trend) {
      const particle = (w === 'up' || w === 'down') && lex.particleVerbs.has(tokens[j - 1]?.norm ?? '');
      // "added a 30-yard touchdown": an article right before the number makes it part of the verb's object.
      const article = start === j + 2 && (tokens[j + 1]!.norm === 'a' || tokens[j + 1]!.norm === 'an');
      return particle || article ? null : { trend, level, word: w };
    }
    if (w === 'by') by = true;
    // "cut rates by 25 basis points": after "by", the verb's object may stand between.
    else if (!lex.trendGapWords.has(w) && !(by && tokens[j]!.pos === 'NOUN')) break;
    if (lex.levelWords.has(w)) level = true;
  }
  return null;
}

/** The direction of a trend word shortly before token `start`, if any. */
function trendVerbBefore(input: ScanInput, start: number): 'up' | 'down' | null {
  return trendBefore(input, start)?.trend ?? null;
}

/**
 * The trend of a quantity: a trend word before it ("climbed to", "fell by", "up"), a plus sign
 * ("+0.2%"), or a trend noun right after it ("a 5% rise"); and whether the number is the level
 * reached ("rose to 180,000") or the size of the change.
 */
function trendAround(input: ScanInput, start: number, numberAt: number, end: number, kind: QuantityAnnotation['kind']): { trend: 'up' | 'down'; of: 'level' | 'amount' } | null {
  const { tokens, lex, sentence } = input;
  const before = trendBefore(input, start);
  const market = before !== null && lex.marketTrends.has(before.word);
  if (before && (!market || kind === 'percent' || kind === 'other')) return { trend: before.trend, of: before.level ? 'level' : 'amount' };
  if (tokens[numberAt]!.text.startsWith('+')) return { trend: 'up', of: 'amount' };
  const after = tokens[end];
  const noun = after && end < sentence.tokenEnd ? lex.trendNouns.get(after.norm) : undefined;
  return noun ? { trend: noun, of: 'amount' } : null;
}

/** The SET time in the rest of the clause after a quantity ("... leaving their units each month"). */
function rateAfter(input: ScanInput, end: number): string | null {
  const { tokens, sentence } = input;
  const limit = Math.min(sentence.tokenEnd, end + CONTEXT_WINDOW);
  const from = pastConversion(tokens, end, limit);
  let clauseEnd = from;
  while (clauseEnd < limit && !CLAUSE_END.test(tokens[clauseEnd]!.text)) clauseEnd++;
  for (const s of input.sets) if (s.tokenStart >= from && s.tokenStart < clauseEnd) return s.value;
  return null;
}

/** A rate written against a unit with hyphens ("barrel-a-day"): its TIMEX3 period and where it ends. */
function gluedRateAt(input: ScanInput, end: number): { rate: string; end: number } | null {
  const { tokens, sentence, lex } = input;
  if (end + 3 >= sentence.tokenEnd) return null;
  for (let k = end; k < end + 4; k++) if (tokens[k]!.spaceBefore) return null;
  const [dash1, article, dash2, period] = [tokens[end]!, tokens[end + 1]!, tokens[end + 2]!, tokens[end + 3]!];
  if (dash1.text !== '-' || dash2.text !== '-' || (article.norm !== 'a' && article.norm !== 'an')) return null;
  const rate = lex.gluedRatePeriods.get(period.norm);
  return rate ? { rate, end: end + 4 } : null;
}

/** Words that make "a striker or two" a count of picks. */
const ONE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);

/**
 * The unit of "another striker or two" ("striker"), "an inch or two" ("in"): the noun before "or".
 * Not a period of time ("a year or two" is a vague duration, not a count).
 */
function unitBeforeOr(input: ScanInput, k: number): FoundUnit | null {
  const { tokens, sentence, lex } = input;
  if (k - 3 < sentence.tokenStart || tokens[k - 1]!.norm !== 'or') return null;
  const noun = tokens[k - 2]!;
  if (noun.pos !== 'NOUN' || noun.capitalized || !ONE_WORDS.has(tokens[k - 3]!.norm) || input.inTime[k - 2] || lex.gluedRatePeriods.has(noun.norm)) return null;
  const unit = unitAfter(input, k - 2, false);
  return unit && unit.end === k - 1 ? unit : null;
}

/** Oldest age read from a number set off by commas after a name ("Dana Holt, 66, said"). */
const MAX_AGE = 120;

/** Whether the whole number at `k` follows "aged" or "the age of": "died at the age of 79", "aged 12". */
function afterAgeWord(input: ScanInput, k: number, reading: NumberReading): boolean {
  const { tokens, sentence } = input;
  if (!Number.isInteger(reading.value) || reading.value < 0 || reading.value > MAX_AGE || k - 1 < sentence.tokenStart) return false;
  if (tokens[k - 1]!.norm === 'aged') return true;
  return k - 2 >= sentence.tokenStart && tokens[k - 1]!.norm === 'of' && tokens[k - 2]!.norm === 'age';
}

/** Whether the number at `k` is a person's age set off by commas after their name: "Dana Holt, 66, said". */
function isAgeAppositive(input: ScanInput, k: number, end: number, reading: NumberReading): boolean {
  const { tokens, sentence } = input;
  if (k - 2 < sentence.tokenStart || tokens[k - 1]!.text !== ',' || tokens[end]?.text !== ',' || end >= sentence.tokenEnd) return false;
  if (reading.words || !Number.isInteger(reading.value) || reading.value < 1 || reading.value > MAX_AGE || tokens[k]!.text.length !== String(reading.value).length) return false;
  return input.personEnds[k - 2] === 1;
}

/** Longest bracketed conversion between an amount and its rate, in tokens ("($2.4 billion)"). */
const MAX_CONVERSION = 8;

/**
 * Where the text after an amount goes on past a conversion in brackets: "4bn rupees ($48m) a
 * year" from either amount reaches "a year". Else `end`.
 */
function pastConversion(tokens: readonly Token[], end: number, limit: number): number {
  if (tokens[end]?.text === ')' && end < limit) return end + 1;
  if (tokens[end]?.text !== '(') return end;
  for (let k = end + 1; k < Math.min(limit, end + MAX_CONVERSION); k++) if (tokens[k]!.text === ')') return k + 1;
  return end;
}

/** The noun counted by "the number of X" earlier in the sentence, for "the number of deserters has climbed to 180,000". */
function countedNounBefore(input: ScanInput, k: number): string | null {
  const { tokens, sentence } = input;
  for (let j = k - 1; j > Math.max(sentence.tokenStart, k - CONTEXT_WINDOW); j--) {
    if (tokens[j]!.norm === 'of' && tokens[j - 1]!.norm === 'number') {
      const unit = unitAfter(input, j + 1, false);
      return unit && unit.kind === 'count' ? unit.unit : null;
    }
  }
  return null;
}

/** A currency symbol or code at token `k` (before a second number: "$3bn to $5bn"), and where the number starts. */
function currencyAt(input: ScanInput, k: number): { code: string; next: number } | null {
  const { tokens, lex } = input;
  const t = tokens[k];
  if (!t || k >= input.sentence.tokenEnd) return null;
  const two = tokens[k + 1] ? lex.currencySymbols.get(t.text + tokens[k + 1]!.text) : undefined;
  if (two && !tokens[k + 1]!.spaceBefore) return { code: two, next: k + 2 };
  const one = lex.currencySymbols.get(t.text) ?? lex.currencyCodes.get(t.text);
  if (one) return { code: one, next: k + 1 };
  // "PS3bn to PS5bn", "Y=100 to Y=120": a transliterated symbol of one or two tokens.
  for (const next of [k + 1, k + 2]) {
    const ascii = transliteratedCurrencyBefore(input, next);
    if (ascii && ascii.start === k) return { code: ascii.code, next };
  }
  return null;
}

/** The unit of a number: a currency before it, a currency symbol written after it ("1,200€"), or a unit word after it. */
function unitOf(input: ScanInput, reading: NumberReading, currency: { code: string } | null, at = reading.end): FoundUnit | null {
  if (currency) return { unit: currency.code, kind: 'money', end: reading.end };
  const after = input.tokens[reading.end];
  const symbol = after && !after.spaceBefore && reading.end < input.sentence.tokenEnd ? input.lex.currencySymbols.get(after.text) : undefined;
  if (symbol) return { unit: symbol, kind: 'money', end: reading.end + 1 };
  // "tens of thousands of students", "hundreds of miles", "1/16 of a pint": the unit follows "of".
  const tokens = input.tokens;
  if (tokens[reading.end]?.norm === 'of' && reading.end + 1 < input.sentence.tokenEnd) {
    const vague = reading.high !== null && reading.words;
    const fraction = reading.value > 0 && reading.value < 1;
    const article = tokens[reading.end + 1]!.norm === 'a' || tokens[reading.end + 1]!.norm === 'an' ? 1 : 0;
    if (vague) return unitAfter(input, reading.end + 1, true);
    // "90 million of the 400 million euros": a part of a whole takes the whole's unit.
    const whole = wholeAfter(input, reading);
    if (whole) return whole;
    if (fraction && article) {
      // "1/16 of a US pint": past a capitalised qualifier.
      const at = reading.end + 2 + (tokens[reading.end + 2]?.capitalized ? 1 : 0);
      const unit = unitAfter(input, at, false);
      return unit && unit.kind === 'measure' ? unit : null;
    }
  }
  return suspendedUnit(input, at) ?? unitAfter(input, at, reading.scaled);
}

/** Determiners between a part and its whole ("90 million of the 400 million euros"). */
const WHOLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/** The unit of the larger whole a number is part of: "90 million of the 400 million euros" → euros (the span stays "90 million"). */
function wholeAfter(input: ScanInput, reading: NumberReading): FoundUnit | null {
  const { tokens, sentence, lex } = input;
  if (!WHOLE_DETERMINERS.has(tokens[reading.end + 1]?.norm ?? '')) return null;
  const currency = currencyAt(input, reading.end + 2);
  const k = currency ? currency.next : reading.end + 2;
  if (k >= sentence.tokenEnd || input.inTime[k]) return null;
  const whole = numberAt(tokens, k, sentence.tokenEnd, lex);
  if (!whole || whole.high !== null || whole.value <= reading.value) return null;
  const unit = unitOf(input, whole, currency);
  return unit && unit.kind !== 'count' ? { unit: unit.unit, kind: unit.kind, end: reading.end } : null;
}

/** What joins numbers that share a hyphenated unit ("three-, four- or five-door"). */
const SUSPENDED_JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or', 'to']);
/** Longest run of coordinated numbers that share a hyphenated unit, in tokens. */
const MAX_SUSPENDED = 12;

/**
 * The unit a hyphen left hanging after a number shares with the last of its coordinated numbers:
 * "three-, four- or five-door" gives "three-" and "four-" the unit "door"; the hyphen is
 * part of the quantity.
 */
function suspendedUnit(input: ScanInput, k: number): FoundUnit | null {
  const { tokens, sentence, lex } = input;
  const limit = Math.min(sentence.tokenEnd, k + MAX_SUSPENDED);
  const hyphen = tokens[k];
  const next = tokens[k + 1];
  if (hyphen?.text !== '-' || hyphen.spaceBefore || !next || k + 1 >= limit) return null;
  if (!SUSPENDED_JOINERS.has(next.norm)) return null;
  for (let j = k + 1; j < limit; j++) {
    const t = tokens[j]!;
    if (SUSPENDED_JOINERS.has(t.norm) || t.text === '-') continue;
    const reading = numberAt(tokens, j, limit, lex);
    if (!reading) return null;
    if (tokens[reading.end]?.text === '-' && tokens[reading.end + 1]?.spaceBefore === false) {
      const unit = unitAfter(input, reading.end, false);
      return unit ? { unit: unit.unit, kind: unit.kind, end: k + 1 } : null;
    }
    j = reading.end - 1;
  }
  return null;
}

/** The second end of "15,000 to 18,000", "between 5% and 6%", "from $200 to $4 million". */
interface SecondEnd {
  readonly reading: NumberReading;
  readonly unit: FoundUnit | null;
  readonly end: number;
}

/** Read the second number after a range joiner at `j`, if it is there and its unit agrees. */
function secondEndAt(input: ScanInput, j: number, firstUnit: FoundUnit | null, between: boolean): SecondEnd | null {
  const { tokens, lex, sentence } = input;
  const joiner = tokens[j];
  if (!joiner || j >= sentence.tokenEnd || !lex.rangeJoiners.has(joiner.norm)) return null;
  if (joiner.norm === 'and' && !between) return null;
  const currency = currencyAt(input, j + 1);
  const k = currency ? currency.next : j + 1;
  if (input.inTime[k]) return null;
  const reading = numberAt(tokens, k, sentence.tokenEnd, lex);
  if (!reading || reading.pairNotRange || reading.high !== null || (reading.yearLike && !firstUnit && !currency)) return null;
  const unit = unitOf(input, reading, currency);
  if (firstUnit && unit && firstUnit.unit !== unit.unit) return null;
  return { reading, unit, end: unit ? Math.max(unit.end, reading.end) : reading.end };
}

/** A value or a range, with where it moved from. */
interface Amount {
  readonly value: number | null;
  readonly range: { readonly low: number; readonly high: number } | null;
  readonly from: number | null;
  /** The trend a "from X to Y" pair gives, when no trend word does. */
  readonly pairTrend: 'up' | 'down' | null;
}

/**
 * Combine two ends: a range ("15,000 to 18,000", "between 5 and 10", "ranging from $200 to
 * $4 million") or a change ("rose from 240 to 273", "dropping from 208 pounds to 193": value
 * 273, from 240). A scale written only on the second end applies to the first when that makes
 * the first the smaller ("3 to 5 billion"), not otherwise ("$200 to $4 million").
 */
function combine(input: ScanInput, first: NumberReading, second: NumberReading, opener: string, openerAt: number): Amount | null {
  const lowValue = !first.scaled && second.scaled && second.unscaled !== 0 && first.unscaled < second.unscaled
    ? round(first.unscaled * (second.value / second.unscaled))
    : first.value;
  const high = second.value;
  if (opener === 'from') {
    const ranging = openerAt > input.sentence.tokenStart && input.lex.rangeVerbs.has(input.tokens[openerAt - 1]!.norm);
    const moved = !ranging && (trendVerbBefore(input, openerAt) !== null || lowValue > high);
    if (moved) return { value: high, range: null, from: lowValue, pairTrend: high > lowValue ? 'up' : high < lowValue ? 'down' : null };
  }
  if (lowValue >= high) return null;
  return { value: null, range: { low: lowValue, high }, from: null, pairTrend: null };
}

/**
 * Find the quantities of one sentence: numbers with their bound, currency, scale, range or
 * change, unit, rate, "per" and trend. Tokens inside time expressions are skipped, and so are
 * numbers that name or locate rather than count: labels ("iPhone 11", "category 4"), street
 * numbers, scores ("2-1"), years before a noun ("2018 sales"), bare year-like numbers.
 */
export function scanSentence(input: ScanInput): QuantityDraft[] {
  const { tokens, sentence, lex } = input;
  const limit = sentence.tokenEnd;
  const checks = { tokens, sentenceStart: sentence.tokenStart, sentenceEnd: limit, lex };
  const found: QuantityDraft[] = [];
  for (let i = sentence.tokenStart; i < limit; i++) {
    if (input.inTime[i]) continue;
    const first = numberAt(tokens, i, limit, lex);
    if (!first) continue;
    const phone = phoneEnd(checks, i);
    if (phone > 0 || isListNumber(checks, i, first)) {
      i = Math.max(phone, first.end) - 1;
      continue;
    }
    if (first.pairNotRange || input.inTime[first.end - 1]) {
      i = first.end - 1;
      continue;
    }
    const currency = currencyBefore(input, i);
    let start = currency ? currency.start : i;
    const minus = minusBefore(tokens, i);
    if (!currency && minus >= sentence.tokenStart && first.value < 0) start = minus;
    // "500 or more branches"
    const orMore = tokens[first.end]?.norm === 'or' && tokens[first.end + 1]?.norm === 'more' && first.end + 1 < limit;
    let unit = unitOf(input, first, currency, orMore ? first.end + 2 : first.end);
    let end = unit ? Math.max(unit.end, first.end) : first.end;
    let amount: Amount = { value: first.high === null ? first.value : null, range: first.high === null ? null : { low: first.value, high: first.high }, from: null, pairTrend: null };
    // A second end: "15,000 to 18,000", "between 5% and 6%", "from 240 to 273".
    const bound = boundBefore(input, start);
    const openerAt = (bound ? bound.start : start) - 1;
    const opener = openerAt >= sentence.tokenStart ? tokens[openerAt]!.norm : '';
    // After a trend word, "X to Y" is a range only when X has no unit of its own ("fell by 1 to 1.5
    // degrees"); "rose by $43.6bn to $419.2bn" is a change and a level.
    if (first.high === null && (opener === 'from' || unit === null || trendVerbBefore(input, bound ? bound.start : start) === null)) {
      const second = secondEndAt(input, end, unit, opener === 'between');
      const pair = second ? combine(input, first, second.reading, opener, openerAt) : null;
      if (second && pair) {
        amount = pair;
        unit = unit ?? second.unit;
        end = second.end;
      }
    }
    const skip =
      (!currency && !unit && first.yearLike && amount.range === null) ||
      isYearOfNoun(checks, first, unit) ||
      (!currency && isLabel(checks, i, first, unit)) ||
      (!currency && isAddress(checks, i, first));
    // Numbers glued to letters ("3s", "4x4") are names, not quantities.
    const after = tokens[end];
    if (skip || (!unit && after && end < limit && !after.spaceBefore && /^\p{L}/u.test(after.text))) {
      i = end - 1;
      continue;
    }
    const per = perAfter(input, end);
    if (per) end = per.end;
    // "a 40,000 barrel-a-day terminal": a rate written against the unit.
    const glued = unit ? gluedRateAt(input, end) : null;
    if (glued) end = glued.end;
    if (!unit && !currency && amount.range === null && (isAgeAppositive(input, i, end, first) || afterAgeWord(input, i, first))) unit = { unit: 'years old', kind: 'measure', end };
    if (!unit && !currency && amount.range === null && first.words) {
      const before = unitBeforeOr(input, i);
      if (before) unit = { ...before, end };
    }
    let boundWord: Bound = bound?.bound ?? '=';
    const approximate = bound?.approximate ?? false;
    if (bound) start = bound.start;
    if (orMore) {
      boundWord = '>=';
      end = Math.max(end, first.end + 2);
    }
    if (!unit) {
      const counted = countedNounBefore(input, start);
      if (counted) unit = { unit: counted, kind: 'count', end };
    }
    const trend = trendAround(input, start, i, end, unit?.kind ?? 'other');
    found.push({
      start: tokens[start]!.start,
      end: tokens[end - 1]!.end,
      tokenStart: start,
      tokenEnd: end,
      value: amount.value,
      range: amount.range,
      bound: boundWord,
      approximate,
      unit: unit?.unit ?? null,
      kind: unit?.kind ?? 'other',
      rate: glued?.rate ?? rateAfter(input, end),
      per: per?.per ?? null,
      trend: trend?.trend ?? amount.pairTrend,
      trendOf: trend ? (amount.from !== null ? 'level' : trend.of) : amount.pairTrend ? 'level' : null,
      from: amount.from,
      sentence: sentence.index,
    });
    i = end - 1;
  }
  return withElidedTrends(input, withConversions(input, found));
}

/**
 * "X was down 2.3%, Y by 2.6%": a number after a bare "by", with no trend of its own, is the size
 * of the same kind of change as the quantity before it in the sentence.
 */
function withElidedTrends(input: ScanInput, found: QuantityDraft[]): QuantityDraft[] {
  const { tokens } = input;
  for (let n = 1; n < found.length; n++) {
    const q = found[n]!;
    const prev = found[n - 1]!;
    if (q.trend || prev.trendOf !== 'amount' || q.kind !== prev.kind) continue;
    // The span starts at a bound phrase, if any ("by more than 4%").
    if (tokens[q.tokenStart - 1]?.norm !== 'by' || isTrendWordAt(input, q.tokenStart - 2)) continue;
    found[n] = withChanges(q, { trend: prev.trend, trendOf: 'amount' });
  }
  return found;
}

/** Whether token `k` is a trend word (then the "by" after it has its own verb). */
function isTrendWordAt(input: ScanInput, k: number): boolean {
  const t = input.tokens[k];
  return t !== undefined && input.lex.trendVerbs.has(t.norm);
}

/**
 * A quantity in brackets right after another is the same amount in other units ("seven miles
 * (11 km)", "just under 296 hp (224 kW / 300 PS)"): it takes the first one's bound,
 * approximation and trend when it has none of its own.
 */
function withConversions(input: ScanInput, found: QuantityDraft[]): QuantityDraft[] {
  const { tokens } = input;
  for (let n = 1; n < found.length; n++) {
    const q = found[n]!;
    const prev = found[n - 1]!;
    const opener = tokens[q.tokenStart - 1]?.text;
    const bracketed = opener === '(' && q.tokenStart - 1 === prev.tokenEnd;
    const chained = opener === '/' && q.tokenStart - 1 === prev.tokenEnd && tokens[prev.tokenStart - 1]?.text === '(';
    if (!bracketed && !chained) continue;
    if (q.bound !== '=' || q.approximate || q.trend) continue;
    found[n] = withChanges(q, { bound: prev.bound, approximate: prev.approximate, trend: prev.trend, trendOf: prev.trendOf });
  }
  return found;
}
