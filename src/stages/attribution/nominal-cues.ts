/**
 * Nominal cues with a possessor: "the mayor's claim that the pier was safe", "Holt's warning
 * that fares would rise". The possessor is the source, the noun the cue, the clause the content.
 */
import type { AttributionCore as Attribution, Sentence, SourceDraft } from '../../pipeline/types.js';
import { clauseContent } from './content.js';
import { describeSource, nounPhraseEndingAt, sourceOfMention } from './noun-phrase.js';
import type { AttributionContext } from './sentence-view.js';

/** The possessive marker as the tokenizer writes it. */
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** The person or organisation named right before the possessive marker at `marker` (the mentions stage marks it possessive). */
function possessorSource(ctx: AttributionContext, from: number, marker: number): SourceDraft | null {
  for (let k = from; k < marker; k++) {
    const m = ctx.mentionAt.get(k);
    if (!m || m.tokenEnd !== marker) continue;
    if (m.kind !== 'person' && m.kind !== 'organization' && m.kind !== 'unknown') return null;
    return sourceOfMention(m, { start: ctx.tokens[from]!.start, end: ctx.tokens[marker - 1]!.end });
  }
  return null;
}

/** Attributions cued by a possessed reporting noun before "that", in one sentence. */
export function nominalAttributions(ctx: AttributionContext, sentence: Sentence): Attribution[] {
  const { tokens } = ctx;
  const found: Attribution[] = [];
  for (let k = sentence.tokenStart + 2; k + 2 < sentence.tokenEnd; k++) {
    const noun = tokens[k]!;
    if (!ctx.lex.nominalCues.has(noun.norm) || noun.pos !== 'NOUN' || ctx.quoteOf[k]! >= 0) continue;
    const that = tokens[k + 1]!;
    if (that.norm !== 'that') continue;
    // "the claim that was made": a relative "that" is followed by its verb.
    const next = tokens[k + 2]!;
    if (next.pos === 'VERB' || next.pos === 'AUX') continue;
    // The possessor right before the noun, an adjective allowed between ("Holt's repeated claim").
    let marker = k - 1;
    if (tokens[marker]!.pos === 'ADJ' && marker - 1 > sentence.tokenStart) marker--;
    if (!POSSESSIVE.has(tokens[marker]!.text) || tokens[marker]!.spaceBefore) continue;
    const np = nounPhraseEndingAt(ctx, marker - 1, sentence.tokenStart);
    // In subject position the clause's end is the main verb's start, which rules cannot find
    // ("Holt's claim that the pier was safe was false"): only a possessor after the verb counts.
    if (!np || np.tokenStart === sentence.tokenStart) continue;
    const source = possessorSource(ctx, np.tokenStart, marker) ?? describeSource(ctx, np);
    if (!source || source.kind === 'pronoun' || source.kind === 'relative') continue;
    const content = clauseContent(ctx, sentence, k + 2);
    if (!content) continue;
    const phrase = { start: source.phrase?.start ?? source.start, end: tokens[marker]!.end };
    found.push({
      kind: 'indirect',
      cue: { start: noun.start, end: noun.end, lemma: noun.norm },
      source: { ...source, phrase },
      fragments: [content],
      sentence: sentence.index,
      confidence: 0.6,
      negated: false,
    });
  }
  return found;
}
