/**
 * PolNeAR marks attribution spans a little differently from claimkit's output, which follows
 * the project's own contract (the cue is the reporting word, the content the claim itself).
 * These adapters move claimkit's spans to PolNeAR's boundaries before scoring:
 * - the cue takes the auxiliaries, negation and adverbs right before it and a colon right after
 *   it ("has also said:"), as PolNeAR's cues do in 96% (auxiliaries) and 95% (colon) of the
 *   training split; an adverb in -ly before the cue ("aggressively attacked") in 91% (346 of 381);
 *   and before a verb form, the clitic of a contraction on the subject ("She[’s arguing]"; 159
 *   gold cues of the training split start with one);
 * - the content takes the complementiser "that" before it ("said that ..."), as in 99% of the
 *   training split;
 * - the source is the whole phrase that names it (`source.phrase`), not the name alone;
 * - PolNeAR is univocal: a token belongs to at most one attribution, so an attribution whose
 *   cue lies inside another's content ("said he believed ...") is never marked on its own (0
 *   of 22,025 gold cues on the training and dev splits); {@link univocal} keeps the outer one.
 */

/** Words PolNeAR includes in a cue before the reporting word. Lower case. */
const CUE_PREFIX_WORDS = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'am', 'be', 'been', 'being', 'will', 'would', 'could', 'can',
  'should', 'may', 'might', 'must', 'shall', 'did', 'does', 'do', 'not', "n't", 'never', 'also', 'then', 'now',
  'even', 'again', 'once', 'still', 'just', 'already', 'later', 'repeatedly', 'previously', 'recently', 'often',
  'publicly', 'privately', 'reportedly', 'initially', 'quickly', 'first', 'further', 'openly', 'explicitly',
  'directly', 'always', 'frequently', 'similarly', 'simply', 'only', 'too', "'s", '’s', "'ve", '’ve', "'d", '’d',
  "'ll", '’ll', "isn't", 'isn’t', "wasn't", 'wasn’t', "doesn't", 'doesn’t', "didn't", 'didn’t', "hasn't", 'hasn’t',
  "haven't", 'haven’t', "won't", 'won’t', "wouldn't", 'wouldn’t',
]);

/** An auxiliary clitic at the end of a word ("He’s", "I've"): the clitic. */
const CLITIC = /\p{L}(['’](?:s|ve|d|ll|re|m))$/u;
/** A cue word that reads as a verb form (participle or past): where a clitic before it is "is" or "has", not a possessive. */
const VERB_FORM = /^(?:\p{L}+(?:ing|ed)|said|told|thought|sought|shown|seen|known|written|made|found|felt|heard|meant|spoken|understood|taken|given|brought|held|kept|put|set|laid|won)$/u;

/** A manner adverb: a word of four letters or more before "ly". */
const MANNER_ADVERB = /^[a-z]{4,}ly$/;
/** Words in -ly that are not adverbs. */
const NOT_ADVERBS = new Set(['family', 'italy', 'rally', 'reply', 'supply', 'apply', 'assembly', 'monopoly', 'anomaly', 'butterfly', 'homily']);

// The lookbehind starts a try only where a word starts (same match: the leftmost one always does), so a long
// word is not rescanned from each of its letters.
const WORD_BEFORE = /(?<![\p{L}’'-])([\p{L}’'-]+)\s*$/u;

/** A cue moved to PolNeAR's boundaries within `text`. */
export function polnearCue(text: string, cue: { start: number; end: number }): { start: number; end: number } {
  let start = cue.start;
  const verbal = VERB_FORM.test(text.slice(cue.start, cue.end).split(/\s/)[0]!.toLowerCase());
  for (let guard = 0; guard < 6; guard++) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    const word = m?.[1]!.toLowerCase();
    // "She’s arguing": before a verb, a contraction on the subject is an auxiliary of the cue.
    const clitic = verbal && word ? CLITIC.exec(word) : null;
    if (clitic && m) {
      start -= m[0].length - (m[1]!.length - clitic[1]!.length);
      break;
    }
    if (!m || !word || (!CUE_PREFIX_WORDS.has(word) && !MANNER_ADVERB.test(word)) || NOT_ADVERBS.has(word)) break;
    start -= m[0].length;
  }
  const end = text[cue.end] === ':' ? cue.end + 1 : cue.end;
  return { start, end };
}

/** A content fragment moved to PolNeAR's boundaries: with the "that" (and its comma: "that, if elected, ...") just before it. */
export function polnearContent(text: string, fragment: { start: number; end: number }): { start: number; end: number } {
  const m = /\bthat,?\s+$/i.exec(text.slice(Math.max(0, fragment.start - 7), fragment.start));
  return m ? { start: fragment.start - m[0].length, end: fragment.end } : fragment;
}

/** The spans of an attribution that decide nesting. */
interface Nestable {
  readonly cue: { start: number; end: number } | null;
  readonly content: readonly { start: number; end: number }[];
}

/** Whether the cue of `inner` lies inside a content fragment of `outer`. */
function cueInside(inner: Nestable, outer: Nestable): boolean {
  const cue = inner.cue;
  return cue !== null && outer !== inner && outer.content.some((f) => f.start <= cue.start && cue.end <= f.end);
}

/**
 * Attributions as PolNeAR could mark them: without those whose cue lies inside the content of
 * another ("Holt said he believed the pier was safe" keeps "said"); of two whose cues lie in
 * each other's content, the one whose cue comes first. claimkit's own output keeps both.
 */
export function univocal<T extends Nestable>(items: readonly T[]): T[] {
  const outer = (b: T, a: T): boolean => cueInside(a, b) && (!cueInside(b, a) || b.cue!.start < a.cue!.start);
  return items.filter((a) => !items.some((b) => outer(b, a)));
}
