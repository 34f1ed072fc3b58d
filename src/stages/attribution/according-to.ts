import type { AttributionCore as Attribution, Range, Sentence } from '../../pipeline/types.js';
import { clauseContent, leftContent } from './content.js';
import { describeSource, nounPhraseStartingAt } from './noun-phrase.js';
import type { AttributionContext } from './sentence-view.js';

/**
 * "according to" attributions: "Y, according to X." / "According to X, Y." / "Y, according to
 * X, Z". The source runs on through ", including ..." continuations.
 */
export function accordingToAttributions(ctx: AttributionContext, sentence: Sentence): Attribution[] {
  const { tokens } = ctx;
  const found: Attribution[] = [];
  for (let k = sentence.tokenStart; k + 1 < sentence.tokenEnd; k++) {
    if (tokens[k]!.norm !== 'according' || tokens[k + 1]!.norm !== 'to' || ctx.quoteOf[k]! >= 0) continue;
    const np = nounPhraseStartingAt(ctx, k + 2, sentence.tokenEnd, true);
    if (!np) continue;
    const source = describeSource(ctx, np);
    if (!source) continue;
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
