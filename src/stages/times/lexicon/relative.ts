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
};

/** Adjectives that place what they qualify in time ("the current state", "future losses"). */
export const TIME_ADJECTIVES: Readonly<Record<string, string>> = { current: 'PRESENT_REF' };

/** Words a reference word takes into its span ("More recently", "right now"). */
export const REFERENCE_LEADS: readonly string[] = ['more', 'most'];

/** Words for part of a period: "the beginning of the year" → START. */
export const PART_WORDS: Readonly<Record<string, 'START' | 'MID' | 'END'>> = {
  beginning: 'START', start: 'START', early: 'START', end: 'END', late: 'END', close: 'END', middle: 'MID',
  mid: 'MID', half: 'MID',
};

/** Vague amounts of units: "several years" → PXY. */
export const VAGUE_AMOUNTS: readonly string[] = ['several', 'few', 'many', 'some'];

/** Words after "the" that open an amount of time: "the past five years", "the first nine months". */
export const DURATION_LEADS: readonly string[] = ['past', 'last', 'next', 'coming', 'first', 'final', 'previous', 'following'];

/** Words after "the day" that make it another day ("the day before", "the day of the vote"). */
export const DAY_FOLLOWERS: readonly string[] = ['before', 'after', 'of', 'that', 'when', 'on', 'in', 'for', 'to', 'he', 'she', 'they', 'it', 'we', 'i', 'you'];

/** Adjectives between an amount and its unit ("six straight days"). */
export const DURATION_ADJECTIVES: readonly string[] = ['straight', 'consecutive', 'full', 'more', 'additional', 'extra', 'long', 'successive', 'trading', 'working', 'business'];

/** Words before a bare year that mark it as one ("bonds due 1993"). */
export const YEAR_LEADS: readonly string[] = ['due', 'fiscal', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'early', 'late'];

/** Words after "the year" that make it part of another expression ("the year before", "the year of"). */
export const YEAR_FOLLOWERS: readonly string[] = ['before', 'after', 'earlier', 'later', 'of', 'ago', '-', 'in', 'when', 'that', 'which', 'since', 'to', 'for'];

/** Words that with "to" point to the future ("is due to", "plans to"). */
export const FUTURE_LEADS: readonly string[] = ['due', 'scheduled', 'set', 'slated', 'poised', 'plans', 'plan', 'planning', 'planned', 'about', 'expected', 'hopes', 'hoped', 'intends', 'intended', 'wants', 'wanted'];

/** Words that name the period a financial report covers ("the latest quarter", "this period"). */
export const REPORTING_WORDS: readonly string[] = ['latest', 'current', 'this', 'same', 'comparable', 'corresponding', 'recent', 'most-recent'];

/** Words that may stand between a time and the day it falls on ("10 p.m. EST, Nov. 9"). */
export const TIME_JOINERS: readonly string[] = [',', 'est', 'edt', 'gmt', 'pst', 'pdt', 'cst', 'cdt', 'bst', 'utc', 'cet', 'local', 'time', 'on'];

/** Phrases before an expression that bound or approximate it → TIMEX3 mod. */
export const MODIFIERS: Readonly<Record<string, 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS'>> = {
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', nearly: 'APPROX', almost: 'APPROX',
  'some': 'APPROX', 'close to': 'APPROX',
  'more than': 'MORE_THAN', over: 'MORE_THAN', 'longer than': 'MORE_THAN', 'upwards of': 'MORE_THAN', 'just over': 'MORE_THAN',
  'less than': 'LESS_THAN', under: 'LESS_THAN', 'fewer than': 'LESS_THAN', 'shorter than': 'LESS_THAN', 'just under': 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE', 'no less than': 'EQUAL_OR_MORE',
  'up to': 'EQUAL_OR_LESS', 'at most': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
};

/** Words between the two times of "from X to Y". */
export const RANGE_JOINERS: readonly string[] = ['to', 'until', 'till', 'through', 'thru', '-', '–', 'and'];

/** Words before a time that make it a span up to or from the reference date. */
export const INTERVAL_SIGNALS: Readonly<Record<string, 'since' | 'until'>> = {
  since: 'since', until: 'until', till: 'until', through: 'until',
};

/** Words that may stand before a bare month or year and mark it as a time ("in May", "since 2022"). */
export const TIME_SIGNALS: readonly string[] = [
  'in', 'on', 'at', 'since', 'until', 'till', 'by', 'from', 'to', 'during', 'before', 'after', 'of', 'early', 'late',
  'mid', 'last', 'next', 'this', 'through', 'between', 'and', 'throughout', 'around', 'until', 'for', 'within', 'into',
  'both', "'s", 'circa',
];

/** Words that make a following "a year" a duration rather than a rate ("within a year"). */
export const DURATION_SIGNALS: readonly string[] = ['within', 'for', 'over', 'about', 'nearly', 'almost', 'than', 'only', 'just'];

/** Words that make "each/every/per/a month" a rate. */
export const SET_WORDS: readonly string[] = ['each', 'every', 'per', 'a', 'an'];

/** Decades in words, after "the": "the nineties" → 199. */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Phrases just before a time that put it ahead of the reference date ("until Friday", "as soon as Tuesday"). */
export const FUTURE_SIGNALS: readonly string[] = ['until', 'till', 'as soon as', 'as early as', 'effective', 'no later than', 'starting', 'beginning'];

/** Markers of future reference in a sentence. */
export const FUTURE_MARKERS: readonly string[] = ["will", "'ll", 'shall', 'wo', 'would', 'upcoming', 'next', 'coming'];

/** Markers of past reference in a sentence (beyond verbs ending in -ed). */
export const PAST_MARKERS: readonly string[] = [
  'was', 'were', 'had', 'did', 'said', 'told', 'ago', 'last', 'went', 'came', 'made', 'took', 'gave', 'saw',
  'got', 'began', 'left', 'held', 'met', 'won', 'lost', 'fell', 'rose', 'grew', 'became', 'brought', 'thought',
  'wrote', 'spoke', 'sent', 'spent', 'paid', 'found', 'kept', 'built', 'sold', 'struck', 'hit', 'shot', 'led',
  'previous', 'earlier', 'yesterday',
];
