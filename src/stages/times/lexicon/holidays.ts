/** Holidays with a date that can be computed from the year alone. */

/** How a holiday's date follows from the year. */
export type HolidayRule =
  | { readonly kind: 'fixed'; readonly m: number; readonly d: number }
  /** The `n`th ISO weekday of month `m`; n = -1 is the last. */
  | { readonly kind: 'nth'; readonly m: number; readonly weekday: number; readonly n: number }
  /** Days from Easter Sunday. */
  | { readonly kind: 'easter'; readonly offset: number };

const fixed = (m: number, d: number): HolidayRule => ({ kind: 'fixed', m, d });
const nth = (m: number, weekday: number, n: number): HolidayRule => ({ kind: 'nth', m, weekday, n });
const easter = (offset: number): HolidayRule => ({ kind: 'easter', offset });

/**
 * Holiday names (lower case, as written) → rule. Only holidays whose date is the same wherever
 * the article was written; national days that differ by country are left out.
 */
export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  christmas: fixed(12, 25), 'christmas day': fixed(12, 25), xmas: fixed(12, 25), 'christmas eve': fixed(12, 24),
  'boxing day': fixed(12, 26), "new year's day": fixed(1, 1), "new year's eve": fixed(12, 31),
  'hogmanay': fixed(12, 31), halloween: fixed(10, 31), "valentine's day": fixed(2, 14),
  "st patrick's day": fixed(3, 17), "st. patrick's day": fixed(3, 17), "saint patrick's day": fixed(3, 17),
  'bastille day': fixed(7, 14), 'armistice day': fixed(11, 11), 'remembrance day': fixed(11, 11),
  'veterans day': fixed(11, 11), "veterans' day": fixed(11, 11), 'bonfire night': fixed(11, 5),
  'guy fawkes night': fixed(11, 5), 'epiphany': fixed(1, 6),
  thanksgiving: nth(11, 4, 4), 'thanksgiving day': nth(11, 4, 4), 'labor day': nth(9, 1, 1),
  'memorial day': nth(5, 1, -1), 'martin luther king day': nth(1, 1, 3), 'presidents day': nth(2, 1, 3),
  "presidents' day": nth(2, 1, 3),
  easter: easter(0), 'easter sunday': easter(0), 'easter day': easter(0), 'easter monday': easter(1),
  'good friday': easter(-2), 'maundy thursday': easter(-3), 'palm sunday': easter(-7),
  'ash wednesday': easter(-46), 'shrove tuesday': easter(-47), 'pancake day': easter(-47),
  'ascension day': easter(39), 'whit sunday': easter(49), pentecost: easter(49), 'whit monday': easter(50),
};

/** Words before a holiday name that make it something other than the day ("Father Christmas", "Merry Christmas"). */
export const HOLIDAY_NON_DATE_LEADS: readonly string[] = ['father', 'merry', 'happy'];
