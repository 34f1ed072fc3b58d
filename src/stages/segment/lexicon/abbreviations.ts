/**
 * Abbreviations that matter to sentence splitting. Lower case, without the final period.
 * Hand-curated; callers add their own through the `abbreviations` lexicon option.
 */

/** Abbreviations that stand before a name or number and so never end a sentence ("Mr.", "Gen.", "No. 5"). */
export const NON_FINAL_ABBREVIATIONS: readonly string[] = [
  'adm', 'approx', 'apt', 'assn', 'asst', 'ave', 'blvd', 'brig', 'capt', 'cdr', 'cf', 'cmdr', 'col', 'comdr',
  'con', 'corp', 'cpl', 'cpt', 'dept', 'det', 'dr', 'e.g', 'eg', 'esq', 'fig', 'ft', 'gen', 'gov', 'hon', 'i.e',
  'ie', 'insp', 'lt', 'maj', 'messrs', 'mme', 'mr', 'mrs', 'ms', 'msgr', 'mt', 'no', 'nos', 'op', 'pres', 'prof',
  'pt', 'pvt', 'rd', 'rep', 'reps', 'rev', 'sen', 'sens', 'sgt', 'sr', 'st', 'supt', 'univ', 'v', 'vol', 'vs',
];

/** Abbreviations that may also end a sentence ("Acme Inc."); the tokenizer keeps their period. */
export const FINAL_ABBREVIATIONS: readonly string[] = [
  'bros', 'co', 'corp', 'etc', 'inc', 'jr', 'llc', 'ltd', 'plc', 'sr', 'sq', 'ave', 'tel', 'est', 'ft', 'mins', 'hrs',
];

/** Month abbreviations: they end a sentence only when no day or year follows ("Nov. 9"). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/**
 * Lower-cased words that usually open a sentence. After a dotted acronym ("U.S."), a sentence is
 * split only when one of these (or a quotation mark) follows: "in the U.S. The next day" splits,
 * "the U.S. President" does not.
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'a', 'after', 'also', 'an', 'and', 'as', 'at', 'but', 'by', 'despite', 'during', 'for', 'he', 'her', 'his',
  'however', 'i', 'if', 'in', 'it', 'its', 'meanwhile', 'mr', 'mrs', 'ms', 'on', 'our', 'she', 'since', 'so',
  'that', 'the', 'their', 'there', 'these', 'they', 'this', 'those', 'we', 'what', 'when', 'while', 'with', 'yet',
  'you',
];
