/** Names of months, weekdays, seasons and parts of the day, with their TIMEX3 codes. Lower case. */

/** Month names and abbreviations → month number 1..12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** Full month names: a period after them ends the sentence, not an abbreviation. */
export const FULL_MONTH_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Ordinals that name a quarter ("the third quarter" → Q3). */
export const QUARTER_ORDINALS: ReadonlyMap<string, number> = new Map(
  Object.entries({ first: 1, second: 2, third: 3, fourth: 4, final: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }),
);

/** Month names that are also common words; they count as months only with a day, a year or a signal ("in May"). */
export const AMBIGUOUS_MONTHS: readonly string[] = ['may', 'march', 'mar', 'jan', 'sep', 'dec'];

/** Weekday names and abbreviations → ISO weekday 1 (Monday) .. 7 (Sunday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Words that make a following weekday the name of an event, not a date ("Black Monday", "Super Tuesday"). */
export const WEEKDAY_EVENT_WORDS: readonly string[] = ['black', 'cyber', 'super', 'good', 'bloody', 'ash', 'holy', 'palm', 'maundy', 'shrove', 'fat', 'giving', 'manic', 'blue'];

/** Seasons → TIMEX3 season codes. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

/** Parts of the day → TIMEX3 codes. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', midday: 'MI', noon: 'MI',
};

/** The middle month of each season, by which a season named without a year is placed. */
export const SEASON_MIDDLE_MONTH: Readonly<Record<string, number>> = { SP: 4, SU: 7, FA: 10, WI: 1 };

/** Which half of a year an ordinal names ("first half", "second half", "last half", "latter half"). */
export const HALF_YEAR_ORDINALS: Readonly<Record<string, 1 | 2>> = { first: 1, '1st': 1, second: 2, '2nd': 2, last: 2, latter: 2 };
