import type { Sentence, Token } from '../../pipeline/types.js';
import type { TimesLexicon } from './lexicon/index.js';
import { matchEndingAt } from '../../text/phrase-set.js';

/** Which way a clause points in time, for resolving "on Friday" or "in May". */
export type Tense = 'past' | 'future' | 'present';

const PAST_FORM = /[a-z]ed$/;
const WINDOW = 15;
const CLAUSE_BREAK = /^[;:()—–"“”]$/u;

/** Whether "had" stands just before token `j` ("had been due to", "had planned to"). */
function pastPerfectBefore(tokens: readonly Token[], j: number, floor: number): boolean {
  for (let h = j - 1; h >= Math.max(floor, j - 2); h--) if (tokens[h]!.norm === 'had') return true;
  return false;
}

/** The tense of one verb token, with the words just before it ("will meet", "has met", "said"). */
function verbTense(tokens: readonly Token[], k: number, floor: number, lex: TimesLexicon): Tense | null {
  const t = tokens[k]!;
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return null;
  for (let j = k; j >= Math.max(floor, k - 3); j--) {
    const w = tokens[j]!.norm;
    const ahead = lex.futureMarkers.has(w) || ((w === 'going' || lex.futureLeads.has(w)) && tokens[j + 1]?.norm === 'to');
    // "had been due to expire": a plan in the past.
    if (ahead) return pastPerfectBefore(tokens, j, floor) ? 'past' : 'future';
  }
  if (lex.pastMarkers.has(t.norm)) return 'past';
  if (PAST_FORM.test(t.norm)) {
    // "is expected", "are scheduled": a present passive, not a past.
    const before = tokens[k - 1]?.norm ?? '';
    return before === 'is' || before === 'are' || before === 'am' || before === "'s" || before === 'be' ? 'present' : 'past';
  }
  return 'present';
}

/**
 * The tense around token `at`: that of the nearest verb in its clause (up to eight tokens either
 * side, not across a semicolon, colon, dash or quotation mark), or of the whole sentence when
 * the clause has no verb. Past when the verb is past or perfect ("said", "has risen"), future
 * when a future marker leads it ("will meet", "is due to", "plans to"), present otherwise.
 */
export function tenseAt(tokens: readonly Token[], sentence: Sentence, at: number, lex: TimesLexicon): Tense {
  // "until Friday", "as soon as Tuesday", "effective Feb. 1": a time ahead.
  if (matchEndingAt(lex.futureSignals, tokens, at, Math.max(sentence.tokenStart, at - 4)) >= 0) return 'future';
  let floor = at;
  while (floor > sentence.tokenStart && at - floor < WINDOW && !CLAUSE_BREAK.test(tokens[floor - 1]!.text)) floor--;
  let ceiling = at;
  while (ceiling < sentence.tokenEnd - 1 && ceiling - at < WINDOW && !CLAUSE_BREAK.test(tokens[ceiling + 1]!.text)) ceiling++;
  for (let d = 1; d <= WINDOW; d++) {
    for (const k of [at - d, at + d]) {
      if (k < floor || k > ceiling) continue;
      const tense = verbTense(tokens, k, floor, lex);
      if (tense) return tense;
    }
  }
  return sentenceTense(tokens, sentence, lex);
}

/** The tense of a whole sentence: future with a future marker, past with a past verb, else present. */
export function sentenceTense(tokens: readonly Token[], sentence: Sentence, lex: TimesLexicon): Tense {
  let past = false;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = tokens[k]!;
    if (lex.futureMarkers.has(t.norm)) return 'future';
    if (t.norm === 'going' && tokens[k + 1]?.norm === 'to') return 'future';
    if (lex.pastMarkers.has(t.norm)) past = true;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && PAST_FORM.test(t.norm)) past = true;
  }
  return past ? 'past' : 'present';
}
