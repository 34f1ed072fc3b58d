import { CURRENCY_CODES_GLUED, TRANSLITERATED_CURRENCIES } from '../../quantities/lexicon/currencies.js';
import { FINAL_ABBREVIATIONS, MONTH_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS, SENTENCE_OPENERS } from './abbreviations.js';
import {
  CLOSING_BRACKETS,
  DOUBLE_AMBIGUOUS,
  DOUBLE_CLOSERS,
  DOUBLE_OPENERS,
  OPENING_BRACKETS,
  SINGLE_AMBIGUOUS,
  SINGLE_CLOSERS,
  SINGLE_OPENERS,
} from './quote-marks.js';

/** Word lists of the segment stage, compiled for lookup. */
export interface SegmentLexicon {
  readonly nonFinalAbbreviations: ReadonlySet<string>;
  /** Abbreviations whose period the tokenizer keeps on the word ("Mr.", "Inc.", "Jan."). */
  readonly keptPeriods: ReadonlySet<string>;
  readonly monthAbbreviations: ReadonlySet<string>;
  readonly sentenceOpeners: ReadonlySet<string>;
  readonly doubleOpeners: ReadonlySet<string>;
  readonly doubleClosers: ReadonlySet<string>;
  readonly doubleAmbiguous: ReadonlySet<string>;
  readonly singleOpeners: ReadonlySet<string>;
  readonly singleClosers: ReadonlySet<string>;
  readonly singleAmbiguous: ReadonlySet<string>;
  readonly closingBrackets: ReadonlySet<string>;
  readonly openingBrackets: ReadonlySet<string>;
  /** Currency codes a number may be written against in one token ("RM12", "PS30m"), split off before analysis. */
  readonly currencyPrefixes: ReadonlySet<string>;
}

/** Extra entries a caller can add to the segment stage's lists. */
export interface SegmentLexiconExtras {
  /** Abbreviations that never end a sentence, without the final period ("Supt"). */
  readonly abbreviations?: readonly string[];
}

/** Compile the segment stage's word lists, with the caller's extras. */
export function buildSegmentLexicon(extras: SegmentLexiconExtras = {}): SegmentLexicon {
  const nonFinal = [...NON_FINAL_ABBREVIATIONS, ...(extras.abbreviations ?? []).map((a) => a.toLowerCase().replace(/\.$/, ''))];
  return {
    nonFinalAbbreviations: new Set(nonFinal),
    keptPeriods: new Set([...nonFinal, ...MONTH_ABBREVIATIONS, ...FINAL_ABBREVIATIONS]),
    monthAbbreviations: new Set(MONTH_ABBREVIATIONS),
    sentenceOpeners: new Set(SENTENCE_OPENERS),
    doubleOpeners: new Set(DOUBLE_OPENERS),
    doubleClosers: new Set(DOUBLE_CLOSERS),
    doubleAmbiguous: new Set(DOUBLE_AMBIGUOUS),
    singleOpeners: new Set(SINGLE_OPENERS),
    singleClosers: new Set(SINGLE_CLOSERS),
    singleAmbiguous: new Set(SINGLE_AMBIGUOUS),
    closingBrackets: new Set(CLOSING_BRACKETS),
    currencyPrefixes: new Set([...Object.keys(CURRENCY_CODES_GLUED), ...Object.keys(TRANSLITERATED_CURRENCIES)]),
    openingBrackets: new Set(OPENING_BRACKETS),
  };
}
