import { CARDINAL_WORDS } from '../../../lexicon/number-words.js';
import { AMBIGUOUS_MONTHS, MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS } from './calendar.js';
import {
  DAY_WORDS,
  DURATION_SIGNALS,
  FUTURE_MARKERS,
  INTERVAL_SIGNALS,
  PART_WORDS,
  PAST_MARKERS,
  REFERENCE_WORDS,
  SET_WORDS,
  SHIFT_WORDS,
  TIME_SIGNALS,
  VAGUE_AMOUNTS,
} from './relative.js';
import { FREQUENCY_ADVERBS, TIME_UNITS, type TimeUnit } from './units.js';

/** Word lists of the times stage, compiled for lookup. */
export interface TimesLexicon {
  readonly months: ReadonlyMap<string, number>;
  readonly ambiguousMonths: ReadonlySet<string>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly seasons: ReadonlyMap<string, string>;
  readonly partsOfDay: ReadonlyMap<string, string>;
  readonly units: ReadonlyMap<string, TimeUnit>;
  readonly frequencyAdverbs: ReadonlyMap<string, string>;
  readonly shiftWords: ReadonlyMap<string, number>;
  readonly dayWords: ReadonlyMap<string, number>;
  readonly referenceWords: ReadonlyMap<string, string>;
  readonly partWords: ReadonlyMap<string, 'START' | 'MID' | 'END'>;
  readonly vagueAmounts: ReadonlySet<string>;
  readonly intervalSignals: ReadonlyMap<string, 'since' | 'until'>;
  readonly timeSignals: ReadonlySet<string>;
  readonly durationSignals: ReadonlySet<string>;
  readonly setWords: ReadonlySet<string>;
  readonly futureMarkers: ReadonlySet<string>;
  readonly pastMarkers: ReadonlySet<string>;
  readonly cardinals: ReadonlyMap<string, number>;
  /** Every word a time expression can start with (digits aside), to skip other tokens at once. */
  readonly starters: ReadonlySet<string>;
}

const map = <V>(r: Readonly<Record<string, V>>): ReadonlyMap<string, V> => new Map(Object.entries(r));

/** Words that open a time expression but are in none of the lists above. */
const OTHER_STARTERS = ['the', 'that', 'earlier', 'later', 'recent', 'noon', 'midday', 'midnight', 'first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th'];

/** Compile the times stage's word lists. */
export function buildTimesLexicon(): TimesLexicon {
  const starters = new Set<string>([
    ...Object.keys(MONTHS),
    ...Object.keys(WEEKDAYS),
    ...Object.keys(DAY_WORDS),
    ...Object.keys(SHIFT_WORDS),
    ...Object.keys(REFERENCE_WORDS),
    ...Object.keys(PART_WORDS),
    ...Object.keys(FREQUENCY_ADVERBS),
    ...Object.keys(TIME_UNITS),
    ...Object.keys(CARDINAL_WORDS),
    ...VAGUE_AMOUNTS,
    ...SET_WORDS,
    ...OTHER_STARTERS,
  ]);
  return {
    starters,
    months: map(MONTHS),
    ambiguousMonths: new Set(AMBIGUOUS_MONTHS),
    weekdays: map(WEEKDAYS),
    seasons: map(SEASONS),
    partsOfDay: map(PARTS_OF_DAY),
    units: map(TIME_UNITS),
    frequencyAdverbs: map(FREQUENCY_ADVERBS),
    shiftWords: map(SHIFT_WORDS),
    dayWords: map(DAY_WORDS),
    referenceWords: map(REFERENCE_WORDS),
    partWords: map(PART_WORDS),
    vagueAmounts: new Set(VAGUE_AMOUNTS),
    intervalSignals: map(INTERVAL_SIGNALS),
    timeSignals: new Set(TIME_SIGNALS),
    durationSignals: new Set(DURATION_SIGNALS),
    setWords: new Set(SET_WORDS),
    futureMarkers: new Set(FUTURE_MARKERS),
    pastMarkers: new Set(PAST_MARKERS),
    cardinals: map(CARDINAL_WORDS),
  };
}
