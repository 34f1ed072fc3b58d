/** Time units and their TIMEX3 duration codes. Lower case, singular and plural. */

/** A time unit: its duration letter and whether it is clock time (PT...). */
export interface TimeUnit {
  readonly code: 'Y' | 'M' | 'W' | 'D' | 'H' | 'S' | 'DE' | 'CE' | 'Q' | 'WE';
  readonly clock: boolean;
  /** How many of `code` one unit is ("fortnight" = 2 W). */
  readonly size: number;
}

/** Unit words → unit. */
export const TIME_UNITS: Readonly<Record<string, TimeUnit>> = {
  year: { code: 'Y', clock: false, size: 1 }, years: { code: 'Y', clock: false, size: 1 },
  month: { code: 'M', clock: false, size: 1 }, months: { code: 'M', clock: false, size: 1 },
  week: { code: 'W', clock: false, size: 1 }, weeks: { code: 'W', clock: false, size: 1 },
  fortnight: { code: 'W', clock: false, size: 2 }, fortnights: { code: 'W', clock: false, size: 2 },
  day: { code: 'D', clock: false, size: 1 }, days: { code: 'D', clock: false, size: 1 },
  hour: { code: 'H', clock: true, size: 1 }, hours: { code: 'H', clock: true, size: 1 },
  minute: { code: 'M', clock: true, size: 1 }, minutes: { code: 'M', clock: true, size: 1 },
  second: { code: 'S', clock: true, size: 1 }, seconds: { code: 'S', clock: true, size: 1 },
  decade: { code: 'DE', clock: false, size: 1 }, decades: { code: 'DE', clock: false, size: 1 },
  century: { code: 'CE', clock: false, size: 1 }, centuries: { code: 'CE', clock: false, size: 1 },
  quarter: { code: 'Q', clock: false, size: 1 }, quarters: { code: 'Q', clock: false, size: 1 },
  weekend: { code: 'WE', clock: false, size: 1 }, weekends: { code: 'WE', clock: false, size: 1 },
};

/** Adverbs of frequency → SET value ("monthly" → P1M). */
export const FREQUENCY_ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', fortnightly: 'P2W', monthly: 'P1M',
  quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y',
};

/** Frequency words that are rates even before a noun ("a daily rally", "his weekly address"); others are not ("a quarterly dividend"). */
export const ATTRIBUTIVE_FREQUENCIES: readonly string[] = ['hourly', 'daily', 'nightly', 'weekly'];
