/**
 * English number words, shared by the times and quantities stages. Lower case. Hand-curated.
 */

/** Cardinal words and their values ("three" → 3, "dozen" → 12). */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};

/** Scale words and suffixes and their multipliers ("million", "bn", "k"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9,
  bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
};

/** Ordinal words and their values ("fourth" → 4). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23,
  'twenty-fourth': 24, 'twenty-fifth': 25, 'twenty-sixth': 26, 'twenty-seventh': 27, 'twenty-eighth': 28,
  'twenty-ninth': 29, thirtieth: 30, 'thirty-first': 31,
};

/** Fraction words and their values ("half" → 0.5; "thirds" is multiplied by the cardinal before it). */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 0.5, halves: 0.5, third: 1 / 3, thirds: 1 / 3, quarter: 0.25, quarters: 0.25, fifth: 0.2, fifths: 0.2,
  tenth: 0.1, tenths: 0.1, 'two-thirds': 2 / 3, 'three-quarters': 0.75,
};

/**
 * Plural scale words that stand for a vague amount, with the range they cover ("thousands" →
 * 1,000 to 10,000; "tens of thousands" multiplies both ends by ten).
 */
export const VAGUE_PLURALS: Readonly<Record<string, readonly [number, number]>> = {
  dozens: [12, 120], scores: [20, 200], hundreds: [100, 1000], thousands: [1e3, 1e4], millions: [1e6, 1e7],
  billions: [1e9, 1e10], tens: [10, 100],
};
