import type { AttributionCore as Attribution, Range, Sentence, SourceDraft } from '../../pipeline/types.js';
import { clauseContent, leftContent } from './content.js';
import { POLL_NOUNS } from './lexicon/context.js';
import { OBJECT_PRONOUNS } from './lexicon/grammar.js';
import { describeSource, nounPhraseEndingAt, nounPhraseStartingAt } from './noun-phrase.js';
import { TERMINAL, isQuoteMark, type AttributionContext } from './sentence-view.js';

/** Longest source after "according to", in tokens, when it is not one plain noun phrase. */
const MAX_SOURCE = 30;

/**
 * The source after "according to": the noun phrase that starts there or, when the tagger breaks
 * it ("exit polls", "club insiders", "the left-leaning Budget Institute"), everything up to
 * the next comma or the end of the sentence, described by the noun phrase that ends it.
 */
function sourceAfter(ctx: AttributionContext, sentence: Sentence, from: number): { np: { tokenStart: number; tokenEnd: number }; source: SourceDraft } | null {
  const { tokens } = ctx;
  let end = from;
  while (end < Math.min(sentence.tokenEnd, from + MAX_SOURCE) && tokens[end]!.text !== ',' && !TERMINAL.test(tokens[end]!.text) && !ctx.opensQuote[end]) end++;
  const phraseEnds = end > from && (end >= sentence.tokenEnd || tokens[end]!.text === ',' || TERMINAL.test(tokens[end]!.text));
  const np = nounPhraseStartingAt(ctx, from, sentence.tokenEnd, true);
  const source = np ? describeSource(ctx, np) : null;
  if (np && source) {
    // "According to figures from a count run by the port, ...": a modifier after the noun
    // phrase, up to the comma that ends the source, belongs to it.
    const modifier = tokens[np.tokenEnd];
    if (np.tokenEnd < end && phraseEnds && modifier !== undefined && (modifier.pos === 'VERB' || modifier.norm === 'that' || modifier.norm === 'which')) {
      return { np: { tokenStart: from, tokenEnd: end }, source: { ...source, phrase: { start: tokens[from]!.start, end: tokens[end - 1]!.end } } };
    }
    return { np, source };
  }
  if (!phraseEnds) return null;
  const head = nounPhraseEndingAt(ctx, end - 1, from);
  const described = head ? describeSource(ctx, head) : null;
  const phrase = { start: tokens[from]!.start, end: tokens[end - 1]!.end };
  if (described) return { np: { tokenStart: from, tokenEnd: end }, source: { ...described, phrase } };
  // "according to county rules", "according to him": "according to" always names a source, even one
  // no word list knows; it is taken as written.
  const text = ctx.draft.text.slice(phrase.start, phrase.end);
  const kind = end - from === 1 && OBJECT_PRONOUNS.has(tokens[from]!.norm) ? 'pronoun' : 'vague';
  return { np: { tokenStart: from, tokenEnd: end }, source: { ...phrase, tokenStart: from, tokenEnd: end, kind, mention: null, role: null, affiliation: null, name: text } };
}

/** Longest relative clause set off by commas after an "according to" source, in tokens. */
const MAX_RELATIVE_ASIDE = 20;

/** The comma closing a "who"/"which" clause that opens at the comma `comma`, else -1. */
function relativeAsideEnd(ctx: AttributionContext, sentence: Sentence, comma: number): number {
  const { tokens } = ctx;
  const opener = tokens[comma + 1]?.norm;
  if (opener !== 'who' && opener !== 'which' && opener !== 'whose') return -1;
  for (let j = comma + 2; j < Math.min(sentence.tokenEnd, comma + MAX_RELATIVE_ASIDE); j++) {
    if (tokens[j]!.text === ',') return j;
    if (ctx.opensQuote[j] || TERMINAL.test(tokens[j]!.text)) return -1;
  }
  return -1;
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
    const { np } = named;
    let { source } = named;
    const cue = { start: tokens[k]!.start, end: tokens[k + 1]!.end, lemma: 'according to' };
    const fragments: Range[] = [];
    const startsSentence = k === sentence.tokenStart || (k === sentence.tokenStart + 1 && /^[“"(]$/u.test(tokens[sentence.tokenStart]!.text));
    if (!startsSentence) {
      const cut = tokens[k - 1]!.text === ',' ? k - 1 : k;
      const head = leftContent(ctx, sentence, cut);
      if (head) fragments.push(head);
    }
    if (tokens[np.tokenEnd]?.text === ',') {
      // "According to Holt, who spoke on Monday, the pier is safe": a relative clause about the
      // source, set off by commas, is not what was said; it is part of the source as written, as
      // it is for a reporting verb's subject.
      const aside = relativeAsideEnd(ctx, sentence, np.tokenEnd);
      if (aside > 0) source = { ...source, phrase: { start: source.phrase?.start ?? source.start, end: tokens[aside]!.end } };
      const tail = clauseContent(ctx, sentence, (aside > 0 ? aside : np.tokenEnd) + 1);
      if (tail) fragments.push(tail);
    }
    if (fragments.length === 0) continue;
    found.push({ kind: 'according-to', cue, source, fragments, sentence: sentence.index, confidence: 0.9, negated: false });
    k = np.tokenEnd - 1;
  }
  return found;
}

/**
 * "In a survey published on Tuesday, 62 percent chose the ferry": a sentence that opens with "In" and a
 * poll or survey, then a comma, reports what the poll found, as PolNeAR marks 16 of 21 such
 * openings on its training split. The cue is "In", the source the phrase up to the comma, the
 * content the clause after it.
 */
export function pollOpeningAttributions(ctx: AttributionContext, sentence: Sentence): Attribution[] {
  const { tokens } = ctx;
  let k = sentence.tokenStart;
  while (k < sentence.tokenEnd && isQuoteMark(tokens[k]) && !ctx.opensQuote[k]) k++;
  const opener = tokens[k];
  if (!opener || opener.norm !== 'in' || !opener.capitalized || ctx.quoteOf[k]! >= 0) return [];
  const named = sourceAfter(ctx, sentence, k + 1);
  if (!named || tokens[named.np.tokenEnd]?.text !== ',') return [];
  let poll = false;
  for (let j = named.np.tokenStart; j < named.np.tokenEnd && !poll; j++) poll = POLL_NOUNS.has(tokens[j]!.norm);
  if (!poll) return [];
  const content = clauseContent(ctx, sentence, named.np.tokenEnd + 1);
  if (!content) return [];
  const cue = { start: opener.start, end: opener.end, lemma: 'in' };
  return [{ kind: 'according-to', cue, source: named.source, fragments: [content], sentence: sentence.index, confidence: 0.7, negated: false }];
}
