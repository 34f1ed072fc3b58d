/**
 * Relative clauses without "who" or "that" inside a subject: "the experts [I interviewed] said",
 * "several economists [we asked] said", "the analysts [I spoke to] said".
 */
import { CONTACT_CLAUSE_IRREGULAR_PAST, CONTACT_CLAUSE_PREPOSITIONS, CONTACT_CLAUSE_SUBJECTS } from './lexicon/grammar.js';
import type { AttributionContext } from './sentence-view.js';

/**
 * The verb of a contact clause ending at token `last` (its verb, or a preposition after it), when
 * a noun and a subject pronoun come before that verb: the clause's noun index, else -1.
 */
export function contactClauseNoun(ctx: AttributionContext, last: number, floor: number): number {
  const { tokens } = ctx;
  let verb = last;
  if (tokens[verb] && CONTACT_CLAUSE_PREPOSITIONS.has(tokens[verb]!.norm)) verb--;
  const v = tokens[verb];
  const pronoun = tokens[verb - 1];
  const noun = tokens[verb - 2];
  if (verb - 2 < floor || !v || !pronoun || !noun) return -1;
  if (v.pos !== 'VERB' || !v.norm.endsWith('ed') && !CONTACT_CLAUSE_IRREGULAR_PAST.has(v.norm)) return -1;
  if (!CONTACT_CLAUSE_SUBJECTS.has(pronoun.norm) || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) return -1;
  return verb - 2;
}

/**
 * Whether the cue word at `k` is the verb of a contact clause inside the subject of the verb after
 * it ("several economists we [asked] said"): it reports nothing itself.
 */
export function isContactClauseVerb(ctx: AttributionContext, k: number, floor: number): boolean {
  let next = k + 1;
  if (ctx.tokens[next] && CONTACT_CLAUSE_PREPOSITIONS.has(ctx.tokens[next]!.norm)) next++;
  const after = ctx.tokens[next];
  if (!after || (after.pos !== 'VERB' && after.pos !== 'AUX')) return false;
  return contactClauseNoun(ctx, next - 1, floor) >= 0;
}
