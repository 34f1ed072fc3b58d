import type { Bound } from '../../schema/index.js';
import type { QuantityAnnotation, Sentence, TimeAnnotation, Token } from '../../pipeline/types.js';
import { matchAt, matchEndingAt, surface } from '../../text/phrase-set.js';
import type { QuantitiesLexicon } from './lexicon/index.js';
import { numberAt, type NumberReading } from './numbers.js';

/** A quantity before its id is assigned. */
export type QuantityDraft = Omit<QuantityAnnotation, 'id'>;

interface ScanInput {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly sentence: Sentence;
  readonly lex: QuantitiesLexicon;
  /** 1 where a token belongs to a time expression. */
  readonly inTime: Uint8Array;
  /** SET times of the sentence, for rates. */
  readonly sets: readonly TimeAnnotation[];
}

const CLAUSE_END = /^[,;:.!?—–()]$/u;
/** How far (in tokens) a quantity looks back for "the number of X" or ahead for its rate. */
const CONTEXT_WINDOW = 40;
const LOWER_WORD = /^\p{Ll}[\p{Ll}'-]*$/u;

/** A scale word right after a number: "million", "bn", and "m"/"k" written against it ("£15.8m"). */
function scaleAt(input: ScanInput, k: number): number | null {
  const t = input.tokens[k];
  if (!t || k >= input.sentence.tokenEnd) return null;
  const scale = input.lex.scales.get(t.norm);
  if (scale === undefined || scale === 100) return null;
  if (t.norm.length <= 3 && t.spaceBefore) return null;
  return scale;
}

/** A number with its scale word: "15.8" + "m". */
function scaledAt(input: ScanInput, k: number): { reading: NumberReading; value: number; high: number | null; end: number } | null {
  if (input.inTime[k]) return null;
  const reading = numberAt(input.tokens, k, input.sentence.tokenEnd, input.lex);
  if (!reading) return null;
  const scale = scaleAt(input, reading.end);
  const factor = scale ?? 1;
  return {
    reading,
    value: round(reading.value * factor),
    high: reading.high === null ? null : round(reading.high * factor),
    end: scale === null ? reading.end : reading.end + 1,
  };
}

/** Avoid binary noise from scaling decimals (15.8 × 1e6). */
function round(n: number): number {
  return Number(n.toPrecision(12));
}

/** The currency symbol right before token `k`, possibly with a country prefix ("US$"). */
function currencyBefore(input: ScanInput, k: number): { code: string; start: number } | null {
  const t = input.tokens[k - 1];
  if (!t || k - 1 < input.sentence.tokenStart) return null;
  const prefix = input.tokens[k - 2];
  if (prefix && !t.spaceBefore && k - 2 >= input.sentence.tokenStart) {
    const code = input.lex.currencySymbols.get(prefix.text + t.text);
    if (code) return { code, start: k - 2 };
  }
  const code = input.lex.currencySymbols.get(t.text);
  return code ? { code, start: k - 1 } : null;
}

/** The unit after a quantity: percent, currency word, measurement unit, or counted noun phrase. */
function unitAfter(input: ScanInput, k: number): { unit: string; kind: QuantityAnnotation['kind']; end: number } | null {
  const { tokens, lex, sentence } = input;
  const limit = sentence.tokenEnd;
  if (k >= limit || input.inTime[k]) return null;
  const percentEnd = matchAt(lex.percentPhrases, tokens, k, limit);
  if (percentEnd > k) return { unit: lex.percentWords.get(surface(tokens, k, percentEnd).toLowerCase())!, kind: 'percent', end: percentEnd };
  const t = tokens[k]!;
  const currency = lex.currencyWords.get(t.norm);
  if (currency) return { unit: currency, kind: 'money', end: k + 1 };
  const measureEnd = matchAt(lex.measurePhrases, tokens, k, limit);
  if (measureEnd > k) {
    return { unit: lex.measureUnits.get(surface(tokens, k, measureEnd).toLowerCase())!, kind: 'measure', end: measureEnd };
  }
  // Counted noun: up to two modifiers and a noun, all lower case ("criminal cases").
  let j = k;
  let lastNoun = -1;
  while (j < limit && j < k + 3) {
    const w = tokens[j]!;
    if (input.inTime[j] || !LOWER_WORD.test(w.text) || lex.notUnits.has(w.norm)) break;
    if (w.pos === 'NOUN') lastNoun = j;
    else if (w.pos !== 'ADJ' || lastNoun >= 0) break;
    j++;
  }
  if (lastNoun < 0) return null;
  return { unit: surface(tokens, k, lastNoun + 1), kind: 'count', end: lastNoun + 1 };
}

/** The noun counted by "the number of X" earlier in the sentence, for "the number of deserters has climbed to 180,000". */
function countedNounBefore(input: ScanInput, k: number): string | null {
  const { tokens, sentence } = input;
  for (let j = k - 1; j > Math.max(sentence.tokenStart, k - CONTEXT_WINDOW); j--) {
    if (tokens[j]!.norm === 'of' && tokens[j - 1]!.norm === 'number') {
      const unit = unitAfter(input, j + 1);
      return unit && unit.kind === 'count' ? unit.unit : null;
    }
  }
  return null;
}

/** A bound phrase ending right before token `k`. */
function boundBefore(input: ScanInput, k: number): { bound: Bound; approximate: boolean; start: number } | null {
  const start = matchEndingAt(input.lex.boundPhrases, input.tokens, k, Math.max(input.sentence.tokenStart, k - 4));
  if (start < 0) return null;
  const word = input.lex.bounds.get(surface(input.tokens, start, k).toLowerCase());
  return word ? { ...word, start } : null;
}

/** A trend verb shortly before the quantity ("climbed to an estimated"), or a trend noun right after it ("a 5% rise"). */
function trendAround(input: ScanInput, start: number, end: number): 'up' | 'down' | null {
  const { tokens, lex, sentence } = input;
  for (let j = start - 1; j >= Math.max(sentence.tokenStart, start - 3); j--) {
    const w = tokens[j]!.norm;
    const trend = lex.trendVerbs.get(w);
    if (trend) return trend;
    if (w !== 'to' && w !== 'by' && w !== 'a' && w !== 'an' && w !== 'the') break;
  }
  const after = tokens[end];
  return after && end < sentence.tokenEnd ? (lex.trendNouns.get(after.norm) ?? null) : null;
}

/** The SET time in the rest of the clause after a quantity ("... leaving their units each month"). */
function rateAfter(input: ScanInput, end: number): string | null {
  const { tokens, sentence } = input;
  let clauseEnd = end;
  const limit = Math.min(sentence.tokenEnd, end + CONTEXT_WINDOW);
  while (clauseEnd < limit && !CLAUSE_END.test(tokens[clauseEnd]!.text)) clauseEnd++;
  for (const s of input.sets) if (s.tokenStart >= end && s.tokenStart < clauseEnd) return s.value;
  return null;
}

/**
 * Find the quantities of one sentence: numbers with their bound, currency, scale, range, unit,
 * rate and trend. Tokens inside time expressions are skipped; bare year-like numbers without a
 * unit and numbers glued to letters are left out.
 */
export function scanSentence(input: ScanInput): QuantityDraft[] {
  const { tokens, sentence } = input;
  const found: QuantityDraft[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const first = scaledAt(input, i);
    if (!first) continue;
    let end = first.end;
    let value: number | null = first.value;
    let range: QuantityAnnotation['range'] = first.high !== null ? { low: first.value, high: first.high } : null;
    // Range: "15,000 to 18,000", "5–10%", "between 5 and 10".
    if (!range) {
      const joiner = tokens[end];
      if (joiner && end < sentence.tokenEnd && input.lex.rangeJoiners.has(joiner.norm)) {
        const isAnd = joiner.norm === 'and';
        const between = tokens[i - 1]?.norm === 'between' || tokens[i - 2]?.norm === 'between';
        const currency = currencyBefore(input, end + 2) ? 1 : 0;
        const second = !isAnd || between ? scaledAt(input, end + 1 + currency) : null;
        if (second && !second.reading.yearLike) {
          const low = scaleAt(input, first.reading.end) === null && second.end > second.reading.end
            ? round(first.reading.value * (second.value / second.reading.value))
            : first.value;
          range = { low, high: second.value };
          end = second.end;
        }
      }
    }
    if (range) value = null;
    const currency = currencyBefore(input, i);
    let unit = currency ? { unit: currency.code, kind: 'money' as const, end } : unitAfter(input, end);
    if (!currency && !unit && first.reading.yearLike) {
      i = end - 1;
      continue;
    }
    // Numbers glued to letters ("G7", "4x4") are names, not quantities.
    const after = tokens[end];
    if (!unit && after && !after.spaceBefore && /^\p{L}/u.test(after.text)) {
      i = end - 1;
      continue;
    }
    if (unit && !currency) end = unit.end;
    const bound = boundBefore(input, currency ? currency.start : i);
    let start = currency ? currency.start : i;
    if (bound) start = bound.start;
    if (!unit) {
      const counted = countedNounBefore(input, start);
      if (counted) unit = { unit: counted, kind: 'count', end };
    }
    found.push({
      start: tokens[start]!.start,
      end: tokens[end - 1]!.end,
      tokenStart: start,
      tokenEnd: end,
      value,
      range,
      bound: bound?.bound ?? '=',
      approximate: bound?.approximate ?? false,
      unit: unit?.unit ?? null,
      kind: unit?.kind ?? 'other',
      rate: rateAfter(input, end),
      trend: trendAround(input, start, end),
      sentence: sentence.index,
    });
    i = end - 1;
  }
  return found;
}
