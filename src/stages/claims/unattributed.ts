import type { QuantityAnnotation, Range, Sentence, TimeAnnotation, Token } from '../../pipeline/types.js';
import type { ClaimsLexicon } from './lexicon/index.js';

const TERMINAL = /^[.!?…"”’)\]]+$/u;
const INTRO_TAGS = new Set(['ADP', 'ADV', 'SCONJ']);

/** Whether a time names a specific date or time (not "now", not a duration). */
export function isSpecificTime(t: TimeAnnotation): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && !t.value.endsWith('_REF') && (/\d/.test(t.value) || t.value.startsWith('XXXX'));
}


/**
 * The claim an unattributed sentence makes: the sentence without leading connectives ("However,"),
 * without an introductory phrase that carries no number or time ("In some cases,"), and without
 * a trailing aside (", where ...", ", a figure that ...") that carries none either.
 */
export function unattributedContent(
  tokens: readonly Token[],
  sentence: Sentence,
  quantities: readonly QuantityAnnotation[],
  times: readonly TimeAnnotation[],
  lex: ClaimsLexicon,
): Range | null {
  let firstCarrier = Infinity;
  let lastCarrier = -1;
  for (const c of [...quantities, ...times]) {
    firstCarrier = Math.min(firstCarrier, c.tokenStart);
    lastCarrier = Math.max(lastCarrier, c.tokenStart);
  }
  let from = sentence.tokenStart;
  let to = sentence.tokenEnd;
  while (to > from && TERMINAL.test(tokens[to - 1]!.text)) to--;
  for (;;) {
    const t = tokens[from];
    if (!t || from >= to) return null;
    if (lex.connectives.has(t.norm)) {
      from++;
      if (tokens[from]?.text === ',') from++;
      continue;
    }
    break;
  }
  // "In some cases, ..." — an introductory phrase up to the first comma.
  if (INTRO_TAGS.has(tokens[from]!.pos)) {
    let comma = from + 1;
    while (comma < Math.min(to, from + 8) && tokens[comma]!.text !== ',' && tokens[comma]!.pos !== 'VERB' && tokens[comma]!.pos !== 'AUX') comma++;
    // Carriers all lie at or after `from` here, so none is in the intro when the first is past its comma.
    if (tokens[comma]?.text === ',' && comma < to && firstCarrier > comma) from = comma + 1;
  }
  // ", where ...", ", a figure that ..." — a trailing aside.
  for (let k = from + 2; k < to - 1; k++) {
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1]!;
    const relative = lex.trailingClauseStarts.has(next.norm);
    const appositive = (next.norm === 'a' || next.norm === 'an' || next.norm === 'one') && tokens.slice(k + 2, Math.min(to, k + 6)).some((t) => t.norm === 'that' || t.norm === 'which');
    if ((relative || appositive) && lastCarrier < k) {
      to = k;
      break;
    }
  }
  if (to - from < 3) return null;
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
}
