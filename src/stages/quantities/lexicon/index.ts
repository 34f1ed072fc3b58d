import { CARDINAL_WORDS, FRACTION_WORDS, SCALE_WORDS, VAGUE_PLURALS } from '../../../lexicon/number-words.js';
import { compilePhrases, type PhraseSet } from '../../../text/phrase-set.js';
import { CURRENCY_CODES_GLUED, CURRENCY_SYMBOLS, CURRENCY_WORDS, TRANSLITERATED_CURRENCIES } from './currencies.js';
import {
  BOUND_PHRASES,
  GLUED_RATE_PERIODS,
  LEVEL_WORDS,
  MARKET_TRENDS,
  NOT_UNITS,
  PARTICLE_VERBS,
  PER_WORDS,
  RANGE_JOINERS,
  RANGE_VERBS,
  TREND_GAP_WORDS,
  TREND_NOUNS,
  TREND_VERBS,
  type BoundWord,
} from './modifiers.js';
import { LABEL_WORDS, SCORE_WORDS, STREET_SUFFIXES, YEAR_NOUNS } from './not-quantities.js';
import { IMPERIAL_LENGTHS, MEASURE_UNITS, METRE_EVENTS, PERCENT_WORDS, WEIGHT_OR_MONEY } from './units.js';

/** Word lists of the quantities stage, compiled for lookup. */
export interface QuantitiesLexicon {
  readonly cardinals: ReadonlyMap<string, number>;
  readonly scales: ReadonlyMap<string, number>;
  readonly fractions: ReadonlyMap<string, number>;
  readonly vaguePlurals: ReadonlyMap<string, readonly [number, number]>;
  readonly currencySymbols: ReadonlyMap<string, string>;
  readonly currencyWords: ReadonlyMap<string, string>;
  readonly currencyPhrases: PhraseSet;
  /** Currency codes written against or before the number ("USD10m", "RM12.40"). */
  readonly currencyCodes: ReadonlyMap<string, string>;
  /** Currency symbols transliterated to ASCII ("PS" for £), counted only against the number. */
  readonly transliteratedCurrencies: ReadonlyMap<string, string>;
  readonly percentWords: ReadonlyMap<string, string>;
  readonly percentPhrases: PhraseSet;
  readonly measureUnits: ReadonlyMap<string, string>;
  readonly measurePhrases: PhraseSet;
  readonly weightOrMoney: ReadonlySet<string>;
  readonly imperialLengths: ReadonlySet<string>;
  readonly metreEvents: ReadonlySet<string>;
  readonly bounds: ReadonlyMap<string, BoundWord>;
  readonly boundPhrases: PhraseSet;
  readonly trendVerbs: ReadonlyMap<string, 'up' | 'down'>;
  readonly trendNouns: ReadonlyMap<string, 'up' | 'down'>;
  readonly trendGapWords: ReadonlySet<string>;
  readonly levelWords: ReadonlySet<string>;
  readonly particleVerbs: ReadonlySet<string>;
  readonly marketTrends: ReadonlySet<string>;
  readonly rangeVerbs: ReadonlySet<string>;
  readonly rangeJoiners: ReadonlySet<string>;
  readonly perWords: ReadonlySet<string>;
  readonly gluedRatePeriods: ReadonlyMap<string, string>;
  readonly notUnits: ReadonlySet<string>;
  readonly streetSuffixes: ReadonlySet<string>;
  readonly yearNouns: ReadonlySet<string>;
  readonly labelWords: ReadonlySet<string>;
  readonly scoreWords: ReadonlySet<string>;
}

const map = <V>(r: Readonly<Record<string, V>>): ReadonlyMap<string, V> => new Map(Object.entries(r));

/** Compile the quantities stage's word lists. */
export function buildQuantitiesLexicon(): QuantitiesLexicon {
  return {
    cardinals: map(CARDINAL_WORDS),
    scales: map(SCALE_WORDS),
    fractions: map(FRACTION_WORDS),
    vaguePlurals: map(VAGUE_PLURALS),
    currencySymbols: map(CURRENCY_SYMBOLS),
    currencyWords: map(CURRENCY_WORDS),
    currencyPhrases: compilePhrases(Object.keys(CURRENCY_WORDS), false),
    currencyCodes: map(CURRENCY_CODES_GLUED),
    transliteratedCurrencies: map(TRANSLITERATED_CURRENCIES),
    percentWords: map(PERCENT_WORDS),
    percentPhrases: compilePhrases(Object.keys(PERCENT_WORDS), false),
    measureUnits: map(MEASURE_UNITS),
    measurePhrases: compilePhrases(Object.keys(MEASURE_UNITS), false),
    weightOrMoney: new Set(WEIGHT_OR_MONEY),
    imperialLengths: new Set(IMPERIAL_LENGTHS),
    metreEvents: new Set(METRE_EVENTS),
    bounds: map(BOUND_PHRASES),
    boundPhrases: compilePhrases(Object.keys(BOUND_PHRASES), false),
    trendVerbs: map(TREND_VERBS),
    trendNouns: map(TREND_NOUNS),
    trendGapWords: new Set(TREND_GAP_WORDS),
    levelWords: new Set(LEVEL_WORDS),
    particleVerbs: new Set(PARTICLE_VERBS),
    marketTrends: new Set(MARKET_TRENDS),
    rangeVerbs: new Set(RANGE_VERBS),
    rangeJoiners: new Set(RANGE_JOINERS),
    perWords: new Set(PER_WORDS),
    gluedRatePeriods: map(GLUED_RATE_PERIODS),
    notUnits: new Set(NOT_UNITS),
    streetSuffixes: new Set(STREET_SUFFIXES),
    yearNouns: new Set(YEAR_NOUNS),
    labelWords: new Set(LABEL_WORDS),
    scoreWords: new Set(SCORE_WORDS),
  };
}
