import type { AttributionCore, CitedDraft, Range, Sentence, SourceDraft, TimeAnnotation } from '../../pipeline/types.js';
import { matchAt } from '../../text/phrase-set.js';
import { STATEMENT_PREPOSITIONS } from './lexicon/grammar.js';
import { describeSource, nounPhraseStartingAt } from './noun-phrase.js';
import type { AttributionContext } from './sentence-view.js';
import { subjectBefore } from './subjects.js';

/** What a sentence says about when and on what basis its subject speaks. */
export interface SentenceStatement {
  /** "in a statement on November 7th" → the time. */
  readonly time: TimeAnnotation | null;
  /** Token range of the statement phrase ("in a statement on November 7th"), or null. */
  readonly phrase: { readonly tokenStart: number; readonly tokenEnd: number } | null;
  readonly cited: readonly CitedDraft[];
  /** The sentence's subject, when it is a source. */
  readonly subject: SourceDraft | null;
}


/** "in a statement", "at a press conference", with a time right after it ("on November 7th"). */
function statementPhrase(ctx: AttributionContext, sentence: Sentence): SentenceStatement['phrase'] & { time: TimeAnnotation | null } | null {
  const { tokens } = ctx;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    if (!STATEMENT_PREPOSITIONS.has(tokens[k]!.norm)) continue;
    for (let m = k + 1; m < Math.min(sentence.tokenEnd, k + 5); m++) {
      const t = tokens[m]!;
      if (ctx.lex.statementNouns.has(t.norm) && t.pos === 'NOUN') {
        let end = m + 1;
        const time = ctx.timeAt.get(end) ?? ctx.timeAt.get(end + 1) ?? null;
        if (time && time.type === 'DATE' && time.tokenStart <= end + 1) end = time.tokenEnd;
        return { tokenStart: k, tokenEnd: end, time: time && time.tokenEnd === end ? time : null };
      }
      if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'NOUN') break;
    }
  }
  return null;
}

/** "citing data from Ukraine’s Prosecutor General’s Office" → the office. */
function citedSources(ctx: AttributionContext, sentence: Sentence): CitedDraft[] {
  const { tokens } = ctx;
  const cited: CitedDraft[] = [];
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    if (!ctx.lex.citingWords.has(tokens[k]!.norm)) continue;
    let j = k + 1;
    const material = matchAt(ctx.lex.citedMaterial, tokens, j, sentence.tokenEnd);
    if (material > j) {
      j = material;
      if (!['from', 'by', 'of'].includes(tokens[j]?.norm ?? '')) continue;
      j++;
    }
    const np = nounPhraseStartingAt(ctx, j, sentence.tokenEnd, false);
    if (!np) continue;
    const named = ctx.mentionAt.get(np.tokenStart);
    const source = describeSource(ctx, np);
    const start = tokens[np.tokenStart]!.start;
    const end = tokens[np.tokenEnd - 1]!.end;
    const mention = named && named.tokenEnd <= np.tokenEnd ? named.index : (source?.mention ?? null);
    cited.push({ start, end, name: ctx.draft.text.slice(start, end), mention });
    k = np.tokenEnd - 1;
  }
  return cited;
}

/**
 * The statement facts of a sentence: "Maria Zakharova, in a statement on November 7th, amplified
 * the crisis by citing data from X" gives time November 7th, cited source X, subject Zakharova.
 */
export function sentenceStatement(ctx: AttributionContext, sentence: Sentence): SentenceStatement {
  const phrase = statementPhrase(ctx, sentence);
  const cited = citedSources(ctx, sentence);
  let subject: SourceDraft | null = null;
  if (phrase || cited.length > 0) {
    const { tokens } = ctx;
    for (let k = sentence.tokenStart + 1; k < sentence.tokenEnd; k++) {
      const t = tokens[k]!;
      if (phrase && k >= phrase.tokenStart && k < phrase.tokenEnd) continue;
      if ((t.pos !== 'VERB' && t.pos !== 'AUX') || t.capitalized) continue;
      let last = k - 1;
      while (last > sentence.tokenStart && ctx.lex.auxiliaries.has(tokens[last]!.norm)) last--;
      subject = subjectBefore(ctx, sentence, last)?.source ?? null;
      break;
    }
  }
  return { time: phrase?.time ?? null, phrase: phrase ? { tokenStart: phrase.tokenStart, tokenEnd: phrase.tokenEnd } : null, cited, subject };
}

/** Whether a time lies inside any of the ranges. */
function inside(time: Range, ranges: readonly Range[]): boolean {
  return ranges.some((r) => time.start >= r.start && time.end <= r.end);
}

/**
 * When an attribution was made, from its own sentence: the statement phrase's time, a date
 * before its source ("On November 9th, X reported") or right after its cue ("said on Monday").
 */
export function statementTimeOf(a: AttributionCore, statement: SentenceStatement, times: readonly TimeAnnotation[]): string | null {
  if (statement.time) return statement.time.id;
  for (const t of times) {
    if (t.type !== 'DATE' || t.value.endsWith('_REF') || inside(t, a.fragments)) continue;
    const beforeSource = a.source !== null && t.end <= a.source.start;
    const afterCue = a.cue !== null && t.start >= a.cue.end && t.start - a.cue.end <= 12;
    if (beforeSource || afterCue) return t.id;
  }
  return null;
}
