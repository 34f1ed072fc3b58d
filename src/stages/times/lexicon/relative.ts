/** Words that make times relative, vague or bounded. Lower case. */

/** Words that shift from the reference date: "last year" → -1, "next week" → +1, "this month" → 0. */
export const SHIFT_WORDS: Readonly<Record<string, number>> = {
  last: -1, previous: -1, past: -1, next: 1, coming: 1, following: 1, this: 0, current: 0,
};

/** Days relative to the last day the text named: "the previous day" → -1. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map(Object.entries({ previous: -1, next: 1, following: 1, same: 0 }));

/** Single words naming a day relative to the reference date. */
export const DAY_WORDS: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0 };

/** Single words with a TIMEX3 reference value ("now" → PRESENT_REF). */
export const REFERENCE_WORDS: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', nowadays: 'PRESENT_REF', recently: 'PAST_REF',
  previously: 'PAST_REF', formerly: 'PAST_REF',
};

/** Words for part of a period: "the beginning of the year" → START. */
export const PART_WORDS: Readonly<Record<string, 'START' | 'MID' | 'END'>> = {
  beginning: 'START', start: 'START', early: 'START', end: 'END', late: 'END', close: 'END', middle: 'MID',
  mid: 'MID', half: 'MID',
};

/** Vague amounts of units: "several years" → PXY. */
export const VAGUE_AMOUNTS: readonly string[] = ['several', 'few', 'a few', 'many', 'some', 'recent', 'coming', 'past'];

/** Words before a time that make it a span up to or from the reference date. */
export const INTERVAL_SIGNALS: Readonly<Record<string, 'since' | 'until'>> = {
  since: 'since', until: 'until', till: 'until', through: 'until',
};

/** Words that may stand before a bare month or year and mark it as a time ("in May", "since 2022"). */
export const TIME_SIGNALS: readonly string[] = [
  'in', 'on', 'at', 'since', 'until', 'till', 'by', 'from', 'to', 'during', 'before', 'after', 'of', 'early', 'late',
  'mid', 'last', 'next', 'this', 'through', 'between', 'and', 'throughout', 'around', 'until', 'for', 'within',
];

/** Words that make a following "a year" a duration rather than a rate ("within a year"). */
export const DURATION_SIGNALS: readonly string[] = ['within', 'for', 'over', 'about', 'nearly', 'almost', 'than', 'only', 'just'];

/** Words that make "each/every/per/a month" a rate. */
export const SET_WORDS: readonly string[] = ['each', 'every', 'per', 'a', 'an'];

/** Markers of future reference in a sentence. */
export const FUTURE_MARKERS: readonly string[] = ["will", "'ll", 'shall', 'wo', 'upcoming', 'next', 'coming'];

/** Markers of past reference in a sentence (beyond verbs ending in -ed). */
export const PAST_MARKERS: readonly string[] = [
  'was', 'were', 'had', 'did', 'said', 'told', 'ago', 'last', 'went', 'came', 'made', 'took', 'gave', 'saw',
  'got', 'began', 'left', 'held', 'met', 'won', 'lost', 'fell', 'rose', 'grew', 'became', 'brought', 'thought',
  'wrote', 'spoke', 'sent', 'spent', 'paid', 'found', 'kept', 'built', 'sold', 'struck', 'hit', 'shot', 'led',
  'previous', 'earlier', 'yesterday',
];
