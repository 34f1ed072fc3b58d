import type { Sentence, Token } from '../../pipeline/types.js';
import type { TimesLexicon } from './lexicon/index.js';

/** Which way a sentence points in time, for resolving "on Friday" or "in May". */
export type Tense = 'past' | 'future' | 'present';

const PAST_PARTICIPLE_OR_PAST = /[a-z]ed$/;

/**
 * The tense of a sentence, roughly: future when it has a future marker ("will"), past when it
 * has a past-tense verb or marker, else present. Used to pick the year of a month without one
 * and the week of a weekday: news points to the past unless the text points ahead.
 */
export function sentenceTense(tokens: readonly Token[], sentence: Sentence, lex: TimesLexicon): Tense {
  let past = false;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = tokens[k]!;
    if (lex.futureMarkers.has(t.norm)) return 'future';
    if (t.norm === 'going' && tokens[k + 1]?.norm === 'to') return 'future';
    if (lex.pastMarkers.has(t.norm)) past = true;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && PAST_PARTICIPLE_OR_PAST.test(t.norm)) past = true;
  }
  return past ? 'past' : 'present';
}
