import type { Range, Sentence } from '../../pipeline/types.js';
import { matchAt } from '../../text/phrase-set.js';
import { FINITE_AUXILIARIES, SENTENCE_CONJUNCTIONS } from './lexicon/grammar.js';
import { contentEnd, type AttributionContext } from './sentence-view.js';

const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const CLAUSE_STOPS = new Set([',', ';', ':', '(', '—', '–']);

/** The character range of tokens `[from, to)`. */
export function rangeOf(ctx: AttributionContext, from: number, to: number): Range {
  return { start: ctx.tokens[from]!.start, end: ctx.tokens[to - 1]!.end };
}

/**
 * Whether the words from `from` read as a clause (subject and finite verb) rather than a noun
 * phrase: "15,000 deserters are leaving" is a clause, "his commitment to protecting" is not.
 *
 * @param loose Also count a plain verb right after a noun ("the surplus came"); off where a
 *   past participle would mislead ("the losses suffered by ...").
 */
export function looksLikeClause(ctx: AttributionContext, from: number, limit: number, loose = false): boolean {
  const { tokens } = ctx;
  const first = tokens[from];
  if (!first) return false;
  if (first.pos === 'PRON' && ctx.lex.pronouns.has(first.norm) && first.norm !== 'it') return true;
  for (let k = from + 1; k < Math.min(limit, from + 9); k++) {
    const t = tokens[k]!;
    if (CLAUSE_STOPS.has(t.text)) return false;
    const prev = tokens[k - 1]!;
    if (FINITE_AUXILIARIES.has(t.norm) && SUBJECT_TAGS.has(prev.pos)) return true;
    // A finite verb right after its subject, near the start ("the surplus came from cuts").
    const participle = t.norm.endsWith('ed') && tokens[k + 1]?.norm === 'by';
    if (loose && k < from + 6 && t.pos === 'VERB' && !t.norm.endsWith('ing') && !participle && SUBJECT_TAGS.has(prev.pos)) return true;
    // "the rate to rise": a subject and an infinitive.
    if (loose && t.norm === 'to' && tokens[k + 1]?.pos === 'VERB' && SUBJECT_TAGS.has(prev.pos)) return true;
  }
  return false;
}

/** Whether an -ing form, verb or adjective as the tagger reads it, stands at token `k` ("waving"). */
export function ingFormAt(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'ADJ') && t.norm.endsWith('ing');
}

/**
 * Whether an aside opened by an -ing participle starts at token `k` ("waving the report"): not a
 * reporting participle ("adding that"), nor a clause with a gerund subject ("replacing him would
 * be hard").
 */
export function participleAsideAt(ctx: AttributionContext, sentence: Sentence, k: number): boolean {
  return ingFormAt(ctx, k) && !ctx.lex.cueForms.has(ctx.tokens[k]!.norm) && !looksLikeClause(ctx, k, sentence.tokenEnd);
}

/** Longest clause content, in tokens: news sentences rarely come near it. */
const MAX_CLAUSE = 250;

/** A clause running from `from` to the end of the sentence, or null when nothing is left. */
export function clauseContent(ctx: AttributionContext, sentence: Sentence, from: number): Range | null {
  let end = Math.min(contentEnd(ctx, sentence, from), from + MAX_CLAUSE);
  // "promised to continue ... and said she would ...": a second cue of the same subject ends it;
  // "Orr, who argued that rates were high, said ...": a cue after a comma is the main clause's.
  for (let k = from + 1; k < end - 1; k++) {
    const t = ctx.tokens[k]!;
    // A semicolon outside quotation marks ends the reported clause, what follows is the writer's;
    // not in a series ("spoke at hearings; marshalled protesters; and ran a night").
    if (t.text === ';' && ctx.quoteOf[k]! < 0 && !semicolonSeries(ctx, from, k, end)) {
      end = k;
      break;
    }
    // `... because “few people know,” she said`: a quotation with its own speaker ends it.
    if (ctx.closesQuote[k] && speakerAndCueAt(ctx, k + 1, end)) {
      end = k + 1;
      break;
    }
    if ((t.norm === 'and' || t.norm === 'but' || t.text === ',') && ctx.quoteOf[k] < 0) {
      const next = ctx.tokens[k + 1]!;
      const verb = ctx.lex.cueForms.get(next.norm);
      // ("but has said" after a clause with a subject of its own is more often that subject's.)
      if ((verb && next.pos === 'VERB' && !verb.participle && !(t.text === ',' && ctx.tokens[k + 2]?.text === ',')) || (secondCueAt(ctx, k) && !looksLikeClause(ctx, from, end, true))) {
        end = ctx.tokens[k - 1]!.text === ',' ? k - 1 : k;
        break;
      }
      // "..., arguing that ...": a participle cue after a comma opens an attribution of its own.
      if (t.text === ',' && verb?.participle && (next.pos === 'VERB' || next.pos === 'ADJ' || next.pos === 'NOUN')) {
        end = k;
        break;
      }
    }
  }
  return end - from >= 2 ? rangeOf(ctx, from, end) : null;
}

/**
 * Whether the semicolon at `k` separates the items of a series: a colon opens it, or a later
 * semicolon before `limit` is followed by "and" or "or".
 */
function semicolonSeries(ctx: AttributionContext, from: number, k: number, limit: number): boolean {
  for (let j = from; j < k; j++) if (ctx.tokens[j]!.text === ':') return true;
  for (let j = k; j < limit - 1; j++) {
    if (ctx.tokens[j]!.text === ';' && (ctx.tokens[j + 1]!.norm === 'and' || ctx.tokens[j + 1]!.norm === 'or')) return true;
  }
  return false;
}

/** Longest speaker between a closing quotation mark and its cue, in tokens ("Dr Ana Ruiz"). */
const MAX_SPEAKER = 6;

/** Whether a speaker's name or pronoun and then a cue start at `k` (`she said`, `Ana Ruiz told`). */
function speakerAndCueAt(ctx: AttributionContext, k: number, limit: number): boolean {
  for (let j = k; j < Math.min(limit, k + MAX_SPEAKER); j++) {
    const t = ctx.tokens[j]!;
    if (j > k && t.pos === 'VERB' && ctx.lex.cueForms.has(t.norm)) return true;
    const named = t.pos === 'PROPN' || t.pos === 'PRON' || (t.pos === 'NOUN' && j > k) || t.pos === 'DET' || (t.text === '.' && !t.spaceBefore);
    if (!named) return false;
  }
  return false;
}

/** Longest noun-phrase content, in tokens. */
const MAX_NOUN_PHRASE = 80;

/** Words that always open an adjunct of time after a noun-phrase content ("criticised the mayor since the hearing"). */
const TIME_ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['during', 'since', 'when', 'while', 'after', 'before']);

/**
 * Whether an adjunct of time or occasion starts at token `k`, ending a noun-phrase content:
 * "during the debate", "since Monday", "in a statement"; not "on Twitter" ("her presence on
 * Twitter" stays whole).
 */
function adjunctStartsAt(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (ctx.quoteOf[k]! >= 0) return false;
  if (TIME_ADJUNCT_OPENERS.has(t.norm)) return true;
  if ((t.norm === 'in' || t.norm === 'at') && k + 3 < ctx.tokens.length) {
    for (let j = k + 1; j <= k + 3; j++) if (ctx.lex.statementNouns.has(ctx.tokens[j]!.norm)) return true;
  }
  return false;
}

/**
 * Whether a second predicate of the cue's subject starts at token `k`: "and" or "but", then a
 * finite verb ("criticised the deal and called for a vote"). A noun phrase cannot go on with a
 * verb, so the predicate is the subject's, not part of the content; a passive participle ("called
 * the report sloppy and padded by consultants") is not one.
 */
function secondPredicateAt(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if ((t.norm !== 'and' && t.norm !== 'but') || ctx.quoteOf[k]! >= 0) return false;
  let j = k + 1;
  while (ctx.tokens[j]?.pos === 'ADV') j++;
  const verb = ctx.tokens[j];
  if (!verb || verb.norm.endsWith('ing') || ctx.tokens[j + 1]?.norm === 'by') return false;
  return verb.pos === 'VERB' || (verb.pos === 'AUX' && ctx.tokens[j + 1]?.pos === 'VERB');
}

/** Most adverbs and auxiliaries between "and" and a second cue of the subject ("but has also said"). */
const MAX_BEFORE_SECOND_CUE = 3;

/**
 * Whether a second cue of the subject starts at token `k`: "and" or "but", adverbs and finite
 * auxiliaries, then a finite reporting verb ("urged firms to cut fares but has said she will
 * not", "and repeatedly says"). The content before it ends there; the second cue has its own.
 */
function secondCueAt(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if ((t.norm !== 'and' && t.norm !== 'but') || ctx.quoteOf[k]! >= 0) return false;
  let j = k + 1;
  while (j <= k + MAX_BEFORE_SECOND_CUE && (ctx.tokens[j]?.pos === 'ADV' || (ctx.tokens[j]?.pos === 'AUX' && FINITE_AUXILIARIES.has(ctx.tokens[j]!.norm)))) j++;
  const verb = ctx.tokens[j];
  if (!verb || j === k + 1 || verb.pos !== 'VERB') return false;
  const form = ctx.lex.cueForms.get(verb.norm);
  return form !== undefined && !form.participle && ctx.tokens[j + 1]?.norm !== 'by';
}

/**
 * A noun phrase running from `from` to the first comma, an adjunct of time, a second predicate
 * of the subject, or the end of the sentence. Once the phrase holds a verb of its own (an
 * infinitive, a relative clause: "agreed to pool the budgets and hire ..."), "and" and a verb
 * may go on inside it, and only a comma or an adjunct ends it.
 */
export function nounPhraseContent(ctx: AttributionContext, sentence: Sentence, from: number): Range | null {
  let end = from;
  const limit = Math.min(sentence.tokenEnd, from + MAX_NOUN_PHRASE);
  let verbal = false;
  while (end < limit && !CLAUSE_STOPS.has(ctx.tokens[end]!.text) && !(end > from + 1 && adjunctStartsAt(ctx, end)) && !(end > from && (verbal ? secondCueAt(ctx, end) : secondPredicateAt(ctx, end)))) {
    const t = ctx.tokens[end]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.norm === 'to' || t.norm === 'that' || ctx.lex.relativePronouns.has(t.norm)) verbal = true;
    end++;
  }
  end = Math.min(end, contentEnd(ctx, sentence, from));
  return end - from >= 1 ? rangeOf(ctx, from, end) : null;
}

/** Left-side content: from the sentence start (after a quotation mark or connective comma) to `to`. */
export function leftContent(ctx: AttributionContext, sentence: Sentence, to: number): Range | null {
  const { tokens } = ctx;
  let from = sentence.tokenStart;
  while (from < to && /^[“"‘'«(]$/u.test(tokens[from]!.text) && !ctx.opensQuote[from]) from++;
  // "But the goal is ..., he said", "In addition, the campaign plans ...": the opening
  // conjunction or discourse marker links the sentence to the last; it is not what was said.
  if (from < to && SENTENCE_CONJUNCTIONS.has(tokens[from]!.norm)) from++;
  const marker = matchAt(ctx.lex.discourseMarkers, tokens, from, to);
  if (marker > from && tokens[marker]?.text === ',') from = marker + 1;
  return to - from >= 2 ? rangeOf(ctx, from, to) : null;
}
