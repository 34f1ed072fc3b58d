import type { AttributionCore as Attribution, Range, Sentence, SourceDraft } from '../../pipeline/types.js';
import { clauseContent, leftContent } from './content.js';
import { describeSource, nounPhraseEndingAt, nounPhraseStartingAt } from './noun-phrase.js';
import { TERMINAL, type AttributionContext } from './sentence-view.js';

/** Longest source after "according to", in tokens, when it is not one plain noun phrase. */
const MAX_SOURCE = 15;

/**
 * The source after "according to": the noun phrase that starts there or, when the tagger breaks
 * it ("exit polls", "club insiders", "the left-leaning Budget Institute"), everything up to
 * the next comma or the end of the sentence, described by the noun phrase that ends it.
 */
function sourceAfter(ctx: AttributionContext, sentence: Sentence, from: number): { np: { tokenStart: number; tokenEnd: number }; source: SourceDraft } | null {
  const { tokens } = ctx;
  const np = nounPhraseStartingAt(ctx, from, sentence.tokenEnd, true);
  const source = np ? describeSource(ctx, np) : null;
  if (np && source) return { np, source };
  let end = from;
  while (end < Math.min(sentence.tokenEnd, from + MAX_SOURCE) && tokens[end]!.text !== ',' && !TERMINAL.test(tokens[end]!.text) && !ctx.opensQuote[end]) end++;
  if (end === from || (end < sentence.tokenEnd && tokens[end]!.text !== ',' && !TERMINAL.test(tokens[end]!.text))) return null;
  const head = nounPhraseEndingAt(ctx, end - 1, from);
  const described = head ? describeSource(ctx, head) : null;
  if (!described) return null;
  return { np: { tokenStart: from, tokenEnd: end }, source: { ...described, phrase: { start: tokens[from]!.start, end: tokens[end - 1]!.end } } };
}

/**
 * "according to" attributions: "Y, according to X." / "According to X, Y." / "Y, according to
 * X, Z". The source runs on through ", including ..." continuations.
 */
export function accordingToAttributions(ctx: AttributionContext, sentence: Sentence): Attribution[] {
  const { tokens } = ctx;
  const found: Attribution[] = [];
  for (let k = sentence.tokenStart; k + 1 < sentence.tokenEnd; k++) {
    if (tokens[k]!.norm !== 'according' || tokens[k + 1]!.norm !== 'to' || ctx.quoteOf[k]! >= 0) continue;
    const named = sourceAfter(ctx, sentence, k + 2);
    if (!named) continue;
    const { np, source } = named;
    const cue = { start: tokens[k]!.start, end: tokens[k + 1]!.end, lemma: 'according to' };
    const fragments: Range[] = [];
    const startsSentence = k === sentence.tokenStart || (k === sentence.tokenStart + 1 && /^[“"(]$/u.test(tokens[sentence.tokenStart]!.text));
    if (!startsSentence) {
      const cut = tokens[k - 1]!.text === ',' ? k - 1 : k;
      const head = leftContent(ctx, sentence, cut);
      if (head) fragments.push(head);
    }
    if (tokens[np.tokenEnd]?.text === ',') {
      const tail = clauseContent(ctx, sentence, np.tokenEnd + 1);
      if (tail) fragments.push(tail);
    }
    if (fragments.length === 0) continue;
    found.push({ kind: 'according-to', cue, source, fragments, sentence: sentence.index, confidence: 0.9, negated: false });
    k = np.tokenEnd - 1;
  }
  return found;
}
