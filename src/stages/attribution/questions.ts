import type { AttributionCore as Attribution, Sentence } from '../../pipeline/types.js';
import { nounPhraseContent, rangeOf } from './content.js';
import { ASKED_PASSIVE_AUXILIARIES, QUESTION_OPENERS } from './lexicon/grammar.js';
import { contentEnd, type AttributionContext } from './sentence-view.js';

/** Longest stretch of adjuncts (in tokens) between "asked" and its question ("Asked on Monday whether"). */
const ADJUNCT_WINDOW = 8;

/** Where the question after "asked" starts: a question word, or "to" and a verb, after adjuncts; else -1. */
function questionStart(ctx: AttributionContext, sentence: Sentence, from: number): number {
  const { tokens } = ctx;
  const limit = Math.min(sentence.tokenEnd, from + ADJUNCT_WINDOW);
  for (let k = from; k < limit; k++) {
    const t = tokens[k]!;
    if (QUESTION_OPENERS.has(t.norm) || (t.norm === 'to' && tokens[k + 1]?.pos === 'VERB')) return k;
    // Only a time or place may come first ("Asked on Fox News who ..."), not a clause or a listener.
    if (k === from && t.pos !== 'ADP' && !ctx.timeAt.has(k)) return -1;
    if (t.type === 'punctuation' || t.pos === 'VERB' || t.pos === 'AUX' || ctx.quoteOf[k]! >= 0) return -1;
  }
  return -1;
}

/** Whether "asked" at token `k` opens its clause: at the start of the sentence or after "when". */
function opensClauseAt(ctx: AttributionContext, sentence: Sentence, k: number): boolean {
  return k === sentence.tokenStart || (ctx.tokens[k - 1]!.norm === 'when' && ctx.quoteOf[k - 1]! < 0);
}

/** Whether the sentence opens with a question put with "asked" ("Asked about ...", "When asked ..."). */
export function opensWithQuestion(ctx: AttributionContext, sentence: Sentence): boolean {
  const k = ctx.tokens[sentence.tokenStart]?.norm === 'when' ? sentence.tokenStart + 1 : sentence.tokenStart;
  return ctx.tokens[k]?.norm === 'asked' && opensClauseAt(ctx, sentence, k);
}

/**
 * Attributions of a question put to someone, with the participle "asked" and no asker:
 * "Asked whether the pier would reopen, the mayor said ...", "... she said when asked about
 * the vote.", "Holt was asked whether ...". The cue is "asked" (with "about", and the passive's
 * auxiliary), the content is the question up to the clause's comma, and there is no source: who
 * asked is not said (PolNeAR's reading).
 */
export function questionAttributions(ctx: AttributionContext, sentence: Sentence): Attribution[] {
  const { tokens } = ctx;
  const found: Attribution[] = [];
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = tokens[k]!;
    if (t.norm !== 'asked' || ctx.quoteOf[k]! >= 0) continue;
    const opensClause = opensClauseAt(ctx, sentence, k);
    // "Holt was asked whether ...": the one asked is the subject; who asked is not said (with
    // "by", the passive rule names the asker). Only a question that was put: "will be asked to
    // vote" and "are being asked to pay" are requests still to come.
    const passive = k > sentence.tokenStart && ASKED_PASSIVE_AUXILIARIES.has(tokens[k - 1]!.norm) && tokens[k + 1]?.norm !== 'by';
    if (!opensClause && !passive) continue;
    const withAbout = tokens[k + 1]?.norm === 'about';
    const cueEnd = withAbout ? k + 2 : k + 1;
    const cueStart = passive ? k - 1 : k;
    // `was asked, “Would you ...?”`: the question is the quotation.
    if (passive && !withAbout && tokens[cueEnd]?.text === ',' && ctx.opensQuote[cueEnd + 1]) {
      const q = ctx.draft.quotations[ctx.quoteOf[cueEnd + 1]!]!;
      const cue = { start: tokens[cueStart]!.start, end: t.end, lemma: 'ask' };
      found.push({ kind: 'direct', cue, source: null, fragments: q.pieces.map((p) => ({ start: p.start, end: p.end })), sentence: sentence.index, confidence: 0.6, negated: false });
      continue;
    }
    const from = withAbout ? cueEnd : questionStart(ctx, sentence, cueEnd);
    if (from < 0 || from >= sentence.tokenEnd) continue;
    const cue = { start: tokens[cueStart]!.start, end: tokens[cueEnd - 1]!.end, lemma: withAbout ? 'ask about' : 'ask' };
    // "asked about the vote during an interview": a topic, up to an adjunct of time.
    if (withAbout) {
      const topic = nounPhraseContent(ctx, sentence, from);
      if (topic) found.push({ kind: 'indirect', cue, source: null, fragments: [topic], sentence: sentence.index, confidence: 0.6, negated: false });
      continue;
    }
    let end = contentEnd(ctx, sentence, from);
    // The question ends at its clause's comma, also one inside a closing quotation (`whether
    // it was “fair,” most said`).
    for (let j = from + 1; j < end; j++) {
      const mark = tokens[j]!.text;
      if ((mark === ',' || mark === ';') && ctx.quoteOf[j]! < 0) {
        end = j;
        break;
      }
      if (ctx.closesQuote[j] && tokens[j - 1]!.text === ',') {
        end = j + 1;
        break;
      }
    }
    if (end - from < 1) continue;
    found.push({ kind: 'indirect', cue, source: null, fragments: [rangeOf(ctx, from, end)], sentence: sentence.index, confidence: 0.6, negated: false });
  }
  return found;
}
