/** Uses of a cue word that report nothing, told apart from the reporting ones. */
import { ANONYMITY_PARTICIPLES, BE_FORMS, CONVENED_THINGS, NOT_CUE_PARTICLES } from './lexicon/grammar.js';
import { isContactClauseVerb } from './contact-clauses.js';
import type { AttributionContext } from './sentence-view.js';

/**
 * Whether "call" at `k` is not a cue: a naming participle ("the program, called EB-5"), a
 * telephone call ("called Ruiz on Friday to thank her"; "called in to the show" is one of the
 * `NOT_CUE_PARTICLES`), or convening something ("called an emergency meeting").
 */
function notSpeechCall(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (ctx.lex.cueForms.get(t.norm)?.entry.lemma !== 'call') return false;
  const prev = ctx.tokens[k - 1];
  const next = ctx.tokens[k + 1];
  if (t.norm === 'called' && prev?.text === ',' && next?.capitalized) return true;
  // "called Ruiz on Friday to thank her": a person, then a time or "to".
  if (next && ctx.inMention[k + 1]) {
    let j = k + 1;
    while (ctx.inMention[j]) j++;
    const after = ctx.tokens[j];
    if (after && (ctx.timeAt.has(j) || after.norm === 'to' || ctx.timeAt.has(j + 1))) return true;
  }
  for (let j = k + 1; j <= k + 4; j++) {
    const w = ctx.tokens[j];
    if (!w || w.type === 'punctuation') break;
    if (CONVENED_THINGS.has(w.norm)) return true;
    if (w.pos !== 'DET' && w.pos !== 'ADJ' && w.pos !== 'NOUN') break;
  }
  return false;
}

/** Whether a form of "be" stands before the word at `k`, an adverb or two allowed between ("was first reported"). */
function afterBe(ctx: AttributionContext, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && j >= k - 3 && ctx.tokens[j]!.pos === 'ADV') j--;
  return j >= 0 && BE_FORMS.has(ctx.tokens[j]!.norm);
}

/** Whether "to be named" (or "identified") follows the word at `k`, with "not" before it or not. */
function anonymityWish(ctx: AttributionContext, k: number): boolean {
  let j = k + 1;
  if (ctx.tokens[j]?.norm === 'not') j++;
  return ctx.tokens[j]?.norm === 'to' && ctx.tokens[j + 1]?.norm === 'be' && ANONYMITY_PARTICIPLES.has(ctx.tokens[j + 2]?.norm ?? '');
}

/**
 * Whether the cue word at `k` reports nothing: accounting ("write off"), a journalist's credit
 * ("Additional reporting by", "reported from Midway Atoll"), a word inside a name ("the Death in
 * Custody Reporting Act"), the verb of a relative clause inside the next verb's subject ("the
 * aides we asked said"), a wish for anonymity ("who did not want to be named"), or one of the
 * uses of "call" above.
 */
export function notACue(ctx: AttributionContext, k: number, sentenceStart: number): boolean {
  const t = ctx.tokens[k]!;
  const next = ctx.tokens[k + 1];
  const lemma = ctx.lex.cueForms.get(t.norm)?.entry.lemma;
  // A credit line ("Reporting by", "reported from Midway Atoll"), but not a passive cue with its
  // agent ("the story was first reported by the Ledger").
  if (lemma === 'report' && (next?.norm === 'by' || next?.norm === 'from') && !(next.norm === 'by' && afterBe(ctx, k))) return true;
  // "to write off bad loans", "wrote down the stake": accounting, not writing; "showed up",
  // "sought out": arriving, looking for.
  if (lemma !== undefined && next !== undefined && Object.hasOwn(NOT_CUE_PARTICLES, lemma) && NOT_CUE_PARTICLES[lemma]!.includes(next.norm)) return true;
  if (t.capitalized && k > sentenceStart && ctx.inMention[k] === 1) return true;
  if (isContactClauseVerb(ctx, k, sentenceStart)) return true;
  // "who did not want to be named", "asked not to be identified": a source's wish for anonymity.
  if (anonymityWish(ctx, k)) return true;
  // "The self-styled reformer": the second half of a hyphenated adjective.
  const hyphen = ctx.tokens[k - 1];
  if (hyphen && (hyphen.text === '-' || hyphen.text === '‑') && !t.spaceBefore && !hyphen.spaceBefore && k - 1 > sentenceStart) return true;
  return notSpeechCall(ctx, k);
}
