import { buildAttributionLexicon, type AttributionLexicon, type AttributionLexiconExtras } from './stages/attribution/lexicon/index.js';
import { buildClaimsLexicon, type ClaimsLexicon } from './stages/claims/lexicon/index.js';
import { buildMentionsLexicon, type MentionsLexicon, type MentionsLexiconExtras } from './stages/mentions/lexicon/index.js';
import { buildQuantitiesLexicon, type QuantitiesLexicon } from './stages/quantities/lexicon/index.js';
import { buildSegmentLexicon, type SegmentLexicon, type SegmentLexiconExtras } from './stages/segment/lexicon/index.js';
import { buildTimesLexicon, type TimesLexicon } from './stages/times/lexicon/index.js';

/** Word lists a caller can extend; every entry is added to the built-in list of the same name. */
export type LexiconExtras = SegmentLexiconExtras & MentionsLexiconExtras & AttributionLexiconExtras;

/** The compiled word lists of every stage. */
export interface Lexicons {
  readonly segment: SegmentLexicon;
  readonly mentions: MentionsLexicon;
  readonly times: TimesLexicon;
  readonly quantities: QuantitiesLexicon;
  readonly attribution: AttributionLexicon;
  readonly claims: ClaimsLexicon;
}

let builtIn: Lexicons | undefined;

/**
 * Compile the word lists of every stage. Without extras the compiled built-in lists are shared
 * (they are never modified); with extras a new set is compiled, so compile once per batch.
 */
export function buildLexicons(extras: LexiconExtras = {}): Lexicons {
  const hasExtras = Object.values(extras).some((v) => Array.isArray(v) && v.length > 0);
  if (!hasExtras && builtIn) return builtIn;
  const attribution = buildAttributionLexicon(extras);
  const lexicons: Lexicons = {
    segment: buildSegmentLexicon(extras),
    mentions: buildMentionsLexicon(extras, new Set(attribution.cueForms.keys())),
    times: buildTimesLexicon(),
    quantities: buildQuantitiesLexicon(),
    attribution,
    claims: buildClaimsLexicon(),
  };
  if (!hasExtras) builtIn = lexicons;
  return lexicons;
}
