import { CARDINAL_WORDS, SCALE_WORDS } from '../../../lexicon/number-words.js';
import { compilePhrases, type PhraseSet } from '../../../text/phrase-set.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS } from './currencies.js';
import { BOUND_PHRASES, NOT_UNITS, RANGE_JOINERS, TREND_NOUNS, TREND_VERBS, type BoundWord } from './modifiers.js';
import { MEASURE_UNITS, PERCENT_WORDS } from './units.js';

/** Word lists of the quantities stage, compiled for lookup. */
export interface QuantitiesLexicon {
  readonly cardinals: ReadonlyMap<string, number>;
  readonly scales: ReadonlyMap<string, number>;
  readonly currencySymbols: ReadonlyMap<string, string>;
  readonly currencyWords: ReadonlyMap<string, string>;
  readonly percentWords: ReadonlyMap<string, string>;
  readonly percentPhrases: PhraseSet;
  readonly measureUnits: ReadonlyMap<string, string>;
  readonly measurePhrases: PhraseSet;
  readonly bounds: ReadonlyMap<string, BoundWord>;
  readonly boundPhrases: PhraseSet;
  readonly trendVerbs: ReadonlyMap<string, 'up' | 'down'>;
  readonly trendNouns: ReadonlyMap<string, 'up' | 'down'>;
  readonly rangeJoiners: ReadonlySet<string>;
  readonly notUnits: ReadonlySet<string>;
}

const map = <V>(r: Readonly<Record<string, V>>): ReadonlyMap<string, V> => new Map(Object.entries(r));

/** Compile the quantities stage's word lists. */
export function buildQuantitiesLexicon(): QuantitiesLexicon {
  return {
    cardinals: map(CARDINAL_WORDS),
    scales: map(SCALE_WORDS),
    currencySymbols: map(CURRENCY_SYMBOLS),
    currencyWords: map(CURRENCY_WORDS),
    percentWords: map(PERCENT_WORDS),
    percentPhrases: compilePhrases(Object.keys(PERCENT_WORDS), false),
    measureUnits: map(MEASURE_UNITS),
    measurePhrases: compilePhrases(Object.keys(MEASURE_UNITS), false),
    bounds: map(BOUND_PHRASES),
    boundPhrases: compilePhrases(Object.keys(BOUND_PHRASES), false),
    trendVerbs: map(TREND_VERBS),
    trendNouns: map(TREND_NOUNS),
    rangeJoiners: new Set(RANGE_JOINERS),
    notUnits: new Set(NOT_UNITS),
  };
}
