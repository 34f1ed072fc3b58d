import type { AttributionCore as Attribution, Sentence } from '../../pipeline/types.js';
import { clauseContent } from './content.js';
import { describeSource, nounPhraseStartingAt } from './noun-phrase.js';
import { NON_SPEAKER_LABELS } from './lexicon/sources.js';
import type { AttributionContext } from './sentence-view.js';

const SPEAKER_LABEL = /^\p{Lu}[\p{Lu}'’.-]+$/u;

/**
 * Attributions whose cue is a colon after a name at the start of a sentence: headlines
 * ("Holm: Ferry Will Not Run on Sunday") and transcripts ("HOST: Let’s begin with
 * ..."). The name must be the whole phrase before the colon, a known person or organisation or
 * a speaker label in capitals. With `labelsOnly`, only a speaker label: a sentence that
 * reports something itself is a heading's only when a transcript's label opens it.
 */
export function colonAttributions(ctx: AttributionContext, sentence: Sentence, labelsOnly = false): Attribution[] {
  const { tokens } = ctx;
  let k = sentence.tokenStart;
  if (/^[“"]$/u.test(tokens[k]?.text ?? '')) k++;
  const np = nounPhraseStartingAt(ctx, k, Math.min(sentence.tokenEnd, k + 6), false);
  if (!np) return [];
  const colon = tokens[np.tokenEnd];
  if (!colon || colon.text !== ':' || np.tokenEnd + 3 >= sentence.tokenEnd) return [];
  const source = describeSource(ctx, np);
  // "HOLT:", "JANE HOLT:" (at most three words, all in capitals).
  let label = np.tokenEnd - np.tokenStart <= 3;
  for (let j = np.tokenStart; j < np.tokenEnd && label; j++) label = SPEAKER_LABEL.test(tokens[j]!.text);
  if (labelsOnly && !label) return [];
  if (!source || (source.mention === null && !label && source.kind !== 'document')) return [];
  // "Correction:", "The Latest:": labels of the page, not speakers; an unplaced capitalised
  // phrase of several words ("Progress on Harbour Repairs:") is a heading.
  const phrase = ctx.draft.text.slice(tokens[np.tokenStart]!.start, tokens[np.tokenEnd - 1]!.end).toLowerCase().replace(/’/g, "'");
  if (NON_SPEAKER_LABELS.has(phrase)) return [];
  const mention = source.mention !== null ? ctx.draft.mentions[source.mention] : undefined;
  if (mention?.kind === 'unknown' && np.tokenEnd - np.tokenStart >= 3) return [];
  let content = clauseContent(ctx, sentence, np.tokenEnd + 1);
  if (!content) return [];
  // A speaker's turn in a transcript ("WALLACE: Let's start ... . After ...") runs to the end of
  // its paragraph.
  const sentences = ctx.draft.sentences;
  let last = sentence;
  while (sentences[last.index + 1]?.paragraph === sentence.paragraph) last = sentences[last.index + 1]!;
  if (last !== sentence) {
    const tail = clauseContent(ctx, last, last.tokenStart);
    if (tail) content = { start: content.start, end: tail.end };
  }
  const cue = { start: colon.start, end: colon.end, lemma: ':' };
  return [{ kind: 'indirect', cue, source, fragments: [content], sentence: sentence.index, confidence: 0.6, negated: false }];
}
