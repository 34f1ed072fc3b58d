import { CARDINAL_WORDS, ORDINAL_WORDS } from '../../../lexicon/number-words.js';
import { compilePhrases, type PhraseSet } from '../../../text/phrase-set.js';
import { AMBIGUOUS_MONTHS, MONTHS, PARTS_OF_DAY, QUARTER_ORDINALS, SEASONS, WEEKDAY_EVENT_WORDS, WEEKDAYS } from './calendar.js';
import {
  DAY_WORDS,
  DECADE_WORDS,
  DAY_FOLLOWERS,
  DURATION_ADJECTIVES,
  DURATION_LEADS,
  DURATION_SIGNALS,
  FUTURE_LEADS,
  FUTURE_MARKERS,
  FUTURE_SIGNALS,
  INTERVAL_SIGNALS,
  MODIFIERS,
  PART_WORDS,
  PAST_MARKERS,
  RANGE_JOINERS,
  REFERENCE_LEADS,
  REFERENCE_WORDS,
  REPORTING_WORDS,
  SET_WORDS,
  SHIFT_WORDS,
  TIME_ADJECTIVES,
  TIME_JOINERS,
  TIME_SIGNALS,
  VAGUE_AMOUNTS,
  YEAR_FOLLOWERS,
  YEAR_LEADS,
} from './relative.js';
import { HOLIDAY_NON_DATE_LEADS, HOLIDAYS, type HolidayRule } from './holidays.js';
import { ATTRIBUTIVE_FREQUENCIES, FREQUENCY_ADVERBS, TIME_UNITS, type TimeUnit } from './units.js';

/** Word lists of the times stage, compiled for lookup. */
export interface TimesLexicon {
  readonly months: ReadonlyMap<string, number>;
  readonly ambiguousMonths: ReadonlySet<string>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly holidays: ReadonlyMap<string, HolidayRule>;
  readonly holidayNames: PhraseSet;
  readonly holidayNonDateLeads: ReadonlySet<string>;
  readonly weekdayEventWords: ReadonlySet<string>;
  readonly seasons: ReadonlyMap<string, string>;
  readonly partsOfDay: ReadonlyMap<string, string>;
  readonly quarterOrdinals: ReadonlyMap<string, number>;
  readonly units: ReadonlyMap<string, TimeUnit>;
  readonly frequencyAdverbs: ReadonlyMap<string, string>;
  readonly attributiveFrequencies: ReadonlySet<string>;
  readonly shiftWords: ReadonlyMap<string, number>;
  readonly dayWords: ReadonlyMap<string, number>;
  readonly referenceWords: ReadonlyMap<string, string>;
  readonly referenceLeads: ReadonlySet<string>;
  readonly timeAdjectives: ReadonlyMap<string, string>;
  readonly partWords: ReadonlyMap<string, 'START' | 'MID' | 'END'>;
  readonly vagueAmounts: ReadonlySet<string>;
  readonly durationLeads: ReadonlySet<string>;
  readonly durationAdjectives: ReadonlySet<string>;
  readonly dayFollowers: ReadonlySet<string>;
  readonly intervalSignals: ReadonlyMap<string, 'since' | 'until'>;
  readonly rangeJoiners: ReadonlySet<string>;
  readonly timeSignals: ReadonlySet<string>;
  readonly durationSignals: ReadonlySet<string>;
  readonly yearLeads: ReadonlySet<string>;
  readonly yearFollowers: ReadonlySet<string>;
  readonly setWords: ReadonlySet<string>;
  readonly futureMarkers: ReadonlySet<string>;
  readonly futureLeads: ReadonlySet<string>;
  readonly futureSignals: PhraseSet;
  readonly pastMarkers: ReadonlySet<string>;
  readonly reportingWords: ReadonlySet<string>;
  readonly timeJoiners: ReadonlySet<string>;
  readonly modifiers: ReadonlyMap<string, string>;
  readonly modifierPhrases: PhraseSet;
  readonly cardinals: ReadonlyMap<string, number>;
  readonly scaleWords: ReadonlyMap<string, number>;
  readonly ordinals: ReadonlyMap<string, number>;
  readonly decadeWords: ReadonlyMap<string, number>;
  /** Every word a time expression can start with (digits aside), to skip other tokens at once. */
  readonly starters: ReadonlySet<string>;
}

const map = <V>(r: Readonly<Record<string, V>>): ReadonlyMap<string, V> => new Map(Object.entries(r));

/** Words that open a time expression but are in none of the lists above. */
const OTHER_STARTERS = ['the', 'that', 'earlier', 'later', 'recent', 'noon', 'midday', 'midnight', 'fiscal', 'year-ago', 'year-earlier', 'current', 'year-end', 'year'];

/** Multipliers of number words in amounts of time ("a hundred years"). */
const SCALE_WORDS = { hundred: 100, thousand: 1000 };

/** Compile the times stage's word lists. */
export function buildTimesLexicon(): TimesLexicon {
  const starters = new Set<string>([
    ...Object.keys(MONTHS),
    ...Object.keys(WEEKDAYS),
    ...Object.keys(HOLIDAYS).map((name) => name.split(' ')[0]!),
    ...Object.keys(SEASONS),
    ...Object.keys(DAY_WORDS),
    ...Object.keys(SHIFT_WORDS),
    ...Object.keys(REFERENCE_WORDS),
    ...REFERENCE_LEADS,
    ...Object.keys(PART_WORDS),
    ...Object.keys(FREQUENCY_ADVERBS),
    ...Object.keys(TIME_UNITS),
    ...Object.keys(CARDINAL_WORDS),
    ...Object.keys(ORDINAL_WORDS),
    ...Object.keys(DECADE_WORDS),
    ...QUARTER_ORDINALS.keys(),
    ...VAGUE_AMOUNTS,
    ...SET_WORDS,
    ...REPORTING_WORDS,
    ...OTHER_STARTERS,
  ]);
  return {
    starters,
    months: map(MONTHS),
    ambiguousMonths: new Set(AMBIGUOUS_MONTHS),
    weekdays: map(WEEKDAYS),
    holidays: map(HOLIDAYS),
    holidayNames: compilePhrases(Object.keys(HOLIDAYS), false),
    holidayNonDateLeads: new Set(HOLIDAY_NON_DATE_LEADS),
    weekdayEventWords: new Set(WEEKDAY_EVENT_WORDS),
    seasons: map(SEASONS),
    partsOfDay: map(PARTS_OF_DAY),
    quarterOrdinals: QUARTER_ORDINALS,
    units: map(TIME_UNITS),
    frequencyAdverbs: map(FREQUENCY_ADVERBS),
    attributiveFrequencies: new Set(ATTRIBUTIVE_FREQUENCIES),
    shiftWords: map(SHIFT_WORDS),
    dayWords: map(DAY_WORDS),
    referenceWords: map(REFERENCE_WORDS),
    referenceLeads: new Set(REFERENCE_LEADS),
    timeAdjectives: map(TIME_ADJECTIVES),
    partWords: map(PART_WORDS),
    vagueAmounts: new Set(VAGUE_AMOUNTS),
    durationLeads: new Set(DURATION_LEADS),
    durationAdjectives: new Set(DURATION_ADJECTIVES),
    dayFollowers: new Set(DAY_FOLLOWERS),
    intervalSignals: map(INTERVAL_SIGNALS),
    rangeJoiners: new Set(RANGE_JOINERS),
    timeSignals: new Set(TIME_SIGNALS),
    durationSignals: new Set(DURATION_SIGNALS),
    yearLeads: new Set(YEAR_LEADS),
    yearFollowers: new Set(YEAR_FOLLOWERS),
    setWords: new Set(SET_WORDS),
    futureMarkers: new Set(FUTURE_MARKERS),
    futureLeads: new Set(FUTURE_LEADS),
    futureSignals: compilePhrases(FUTURE_SIGNALS, false),
    pastMarkers: new Set(PAST_MARKERS),
    reportingWords: new Set(REPORTING_WORDS),
    timeJoiners: new Set(TIME_JOINERS),
    modifiers: map(MODIFIERS),
    modifierPhrases: compilePhrases(Object.keys(MODIFIERS), false),
    cardinals: map(CARDINAL_WORDS),
    scaleWords: map(SCALE_WORDS),
    ordinals: map(ORDINAL_WORDS),
    decadeWords: map(DECADE_WORDS),
  };
}
