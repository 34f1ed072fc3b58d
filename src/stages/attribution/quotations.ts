import type { AttributionCore, Quotation, Range, Sentence, SourceDraft } from '../../pipeline/types.js';
import { ingFormAt, participleAsideAt } from './content.js';
import { describeSource, nounPhraseStartingAt, withTrailingAppositive } from './noun-phrase.js';
import { TERMINAL, type AttributionContext } from './sentence-view.js';
import { skipAuxiliariesLeft, subjectBefore } from './subjects.js';
import { firstStartingAtOrAfter } from '../../text/sorted-ranges.js';

/** A quotation attribution, with whether its source was carried over from the last speaker. */
export interface QuotationAttribution extends AttributionCore {
  readonly sourceInherited: boolean;
}

const MIN_WORDS_UNATTRIBUTED = 5;
/**
 * Most words of a quoted phrase: a quotation inside a sentence of the writer's, with no cue,
 * this short is a phrase the writer quotes, not a statement (on PolNeAR's training split, such
 * quotations of up to 10 words are a content of their own about one time in five).
 */
const MAX_QUOTED_PHRASE = 10;

/** Marks after which a quotation opens a clause of its own ("X said: “...”"). */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ':', ';']);

/** Dashes that introduce the speaker after a quotation. */
const DASHES: ReadonlySet<string> = new Set(['―', '—', '–', '-', '--']);

/** The cue and source right after a closing quotation mark: `," she said` or `," said Mr Smith`. */
function cueAfter(
  ctx: AttributionContext,
  sentence: Sentence,
  from: number,
): { cue: AttributionCore['cue']; source: SourceDraft; end: number; negated: boolean } | null {
  const { tokens } = ctx;
  let j = from;
  if (tokens[j]?.text === ',') j++;
  const limit = sentence.tokenEnd;
  if (j >= limit) return null;
  // `“...” ― Sonya Herridge`, `"..." -Commissioner Starks`: a dash before a name after the quotation.
  if (DASHES.has(tokens[j]!.text) && j + 1 < limit) {
    const np = nounPhraseStartingAt(ctx, j + 1, limit, false);
    const source = np ? describeSource(ctx, np) : null;
    // (The name may run straight into the next reader's quotation: `“...” ― Dana Holt “...”`.)
    const ends = np !== null && (np.tokenEnd >= limit || TERMINAL.test(tokens[np.tokenEnd]!.text) || tokens[np.tokenEnd]!.text === ',' || ctx.opensQuote[np.tokenEnd] === 1);
    if (source && ends && source.mention !== null) {
      return { cue: { start: tokens[j]!.start, end: tokens[j]!.end, lemma: tokens[j]!.text }, source, end: np!.tokenEnd, negated: false };
    }
    return null;
  }
  const cueAt = (k: number): { end: number; lemma: string } | null => {
    const form = ctx.lex.cueForms.get(tokens[k]?.norm ?? '');
    // `,” he continued.`: a verb that reports only next to a quotation, with nothing after it.
    const colonOnly = form ? undefined : ctx.lex.colonCueForms.get(tokens[k]?.norm ?? '');
    if (colonOnly !== undefined && k < limit && tokens[k]!.pos === 'VERB') {
      const next = tokens[k + 1];
      return !next || k + 1 >= limit || TERMINAL.test(next.text) || next.text === ',' ? { end: k + 1, lemma: colonOnly } : null;
    }
    if (!form || k >= limit || form.entry.particleRequired) return null;
    if (form.entry.particle) return tokens[k + 1]?.norm === form.entry.particle ? { end: k + 2, lemma: `${form.entry.lemma} ${form.entry.particle}` } : null;
    return { end: k + 1, lemma: form.entry.lemma };
  };
  // `," said Mr Smith`
  const inverted = cueAt(j);
  if (inverted) {
    const np = nounPhraseStartingAt(ctx, inverted.end, limit, false);
    const named = np ? describeSource(ctx, np) : null;
    const source = named ? withTrailingAppositive(ctx, named, np!.tokenEnd, limit) : null;
    if (source) {
      return { cue: { start: tokens[j]!.start, end: tokens[inverted.end - 1]!.end, lemma: inverted.lemma }, source, end: np!.tokenEnd, negated: false };
    }
    return null;
  }
  // `," she said` / `," the ministry said in a statement`
  const np = nounPhraseStartingAt(ctx, j, limit, false);
  if (!np) return null;
  let k = np.tokenEnd;
  let negated = false;
  while (k < limit && ctx.lex.auxiliaries.has(tokens[k]!.norm)) {
    if (ctx.lex.negations.has(tokens[k]!.norm)) negated = true;
    k++;
  }
  while (k < limit && tokens[k]!.pos === 'ADV' && !tokens[k]!.capitalized) k++;
  const cue = cueAt(k);
  if (!cue) return subjectWithAsideThenCue(ctx, sentence, j, cueAt);
  const source = describeSource(ctx, np);
  if (!source) return null;
  return { cue: { start: tokens[k]!.start, end: tokens[cue.end - 1]!.end, lemma: cue.lemma }, source, end: cue.end, negated };
}

/** Tokens searched after a closing quotation mark for the cue of a source with an aside. */
const ASIDE_SEARCH = 24;

/**
 * `," Rep. Dana Holt (D-Ore.) said`, `," Mara Lind, the attorney general of Nevada, said`:
 * a source with a bracket or an appositive between it and its cue. The first cue within reach
 * takes as its subject the phrase that starts right after the quotation (as the reporting-verb
 * stage reads subjects), else there is none.
 */
function subjectWithAsideThenCue(
  ctx: AttributionContext,
  sentence: Sentence,
  j: number,
  cueAt: (k: number) => { end: number; lemma: string } | null,
): { cue: AttributionCore['cue']; source: SourceDraft; end: number; negated: boolean } | null {
  const { tokens } = ctx;
  const limit = Math.min(sentence.tokenEnd, j + ASIDE_SEARCH);
  let depth = 0;
  for (let k = j + 2; k < limit; k++) {
    const t = tokens[k]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    // A full stop inside brackets or before a comma is an abbreviation's: "(D-Wis.)", ", R-Ky.,".
    const abbreviation = depth > 0 || (t.text === '.' && !t.spaceBefore && tokens[k + 1]?.text === ',');
    if ((TERMINAL.test(t.text) && !abbreviation) || ctx.opensQuote[k]) return null;
    if (depth > 0) continue;
    // `," Ana Ruiz, who has not endorsed anyone, told ...`: a relative clause set off by commas
    // describes the speaker; a verb in it is not the cue.
    if (t.text === ',' && (tokens[k + 1]?.norm === 'who' || tokens[k + 1]?.norm === 'whose')) {
      let close = k + 2;
      while (close < limit && tokens[close]!.text !== ',' && !TERMINAL.test(tokens[close]!.text)) close++;
      if (tokens[close]?.text === ',') {
        k = close;
        continue;
      }
    }
    // ("one of the states that fund ...": a noun spelled like a cue verb is no cue.)
    const cue = t.pos === 'NOUN' ? null : cueAt(k);
    if (!cue) continue;
    const { last, negated } = skipAuxiliariesLeft(ctx, k, j + 1);
    const subject = subjectBefore(ctx, { ...sentence, tokenStart: j, start: tokens[j]!.start }, last);
    if (!subject || subject.start !== j || subject.source.mention === null) return null;
    return { cue: { start: t.start, end: tokens[cue.end - 1]!.end, lemma: cue.lemma }, source: subject.source, end: cue.end, negated };
  }
  return null;
}

/** Longest participle aside (in tokens) between a cue and the rest of a split quotation. */
const MAX_ASIDE = 10;

/**
 * The opening mark of the quotation that resumes after a participle aside starting at `from`
 * (`tapping the report, “...`), or -1.
 */
function quoteAfterAside(ctx: AttributionContext, sentence: Sentence, from: number): number {
  if (!ingFormAt(ctx, from)) return -1;
  // A reporting participle opens its own attribution ("adding", "pointing out"), whose content the
  // quotation after it is; one that lacks the particle it needs ("pointing at") does not. One
  // that takes a noun phrase ("referring to the agency, “...") has its content inside the aside,
  // and the quotation goes on.
  const form = ctx.lex.cueForms.get(ctx.tokens[from]!.norm);
  const particle = ctx.tokens[from + 1]?.norm ?? '';
  if (form && form.entry.content !== 'np' && !(form.entry.particle !== undefined && particle !== form.entry.particle && !form.particles?.has(particle))) return -1;
  for (let k = from + 1; k < Math.min(sentence.tokenEnd - 1, from + MAX_ASIDE); k++) {
    if (ctx.quoteOf[k]! >= 0 || TERMINAL.test(ctx.tokens[k]!.text)) return -1;
    if (ctx.tokens[k]!.text === ',') return ctx.opensQuote[k + 1] ? k + 1 : -1;
  }
  return -1;
}

/**
 * Whether the words after a cue, to the end of its sentence, are only adjuncts (`said on
 * Friday.`, `asked.`), not a clause of their own (`said the campaign would focus on jobs.`).
 */
function onlyAdjunctsAfter(ctx: AttributionContext, sentence: Sentence, from: number): boolean {
  for (let k = from; k < sentence.tokenEnd; k++) {
    const pos = ctx.tokens[k]!.pos;
    if (pos === 'VERB' || pos === 'AUX' || ctx.opensQuote[k]) return false;
  }
  return true;
}

/**
 * The cue and source of a sentence that introduces the quotation after it: one ending with a
 * colon right after its reporting verb (`Okafor continued:`, `The Ledger reports:` before a
 * quoted paragraph), or with "said of" and a topic (see {@link cueBeforeTopic}).
 */
function introducingCue(ctx: AttributionContext, sentence: Sentence): { cue: AttributionCore['cue']; source: SourceDraft; negated: boolean } | null {
  const { tokens } = ctx;
  const colon = sentence.tokenEnd - 1;
  if (tokens[colon]?.text !== ':' || colon - 2 < sentence.tokenStart) return cueBeforeTopic(ctx, sentence);
  // "pointed out:", a cue with its particle.
  let k = colon - 1;
  const particleForm = ctx.lex.cueForms.get(tokens[k - 1]!.norm);
  if (particleForm?.entry.particle === tokens[k]!.norm) k--;
  const form = ctx.lex.cueForms.get(tokens[k]!.norm);
  const colonOnly = !form && k === colon - 1 && tokens[k]!.pos === 'VERB' && ctx.lex.colonCueForms.has(tokens[k]!.norm);
  if (!colonOnly && (!form || form.entry.particleRequired || (form.entry.particle && k === colon - 1))) return null;
  const speaker = openingSpeaker(ctx, sentence, k);
  if (!speaker) return null;
  const lemma = !form ? ctx.lex.colonCueForms.get(tokens[k]!.norm)! : form.entry.particle ? `${form.entry.lemma} ${form.entry.particle}` : form.entry.lemma;
  return { cue: { start: tokens[k]!.start, end: tokens[colon - 1]!.end, lemma }, ...speaker };
}

/** The subject of the cue at `k` when it opens the sentence, with whether the cue is negated; else null. */
function openingSpeaker(ctx: AttributionContext, sentence: Sentence, k: number): { source: SourceDraft; negated: boolean } | null {
  const { last, negated } = skipAuxiliariesLeft(ctx, k, sentence.tokenStart);
  const subject = subjectBefore(ctx, sentence, last);
  return subject && subject.start === sentence.tokenStart ? { source: subject.source, negated } : null;
}

/** Longest topic phrase after "said of" that ends a sentence before the quotation it introduces. */
const MAX_TOPIC = 8;

/**
 * `Lund, a tax expert, said of the plan.` followed by the quotation: a speech cue, "of" and a
 * topic end the sentence, and the quotation opening the next one is what was said.
 */
function cueBeforeTopic(ctx: AttributionContext, sentence: Sentence): { cue: AttributionCore['cue']; source: SourceDraft; negated: boolean } | null {
  const { tokens } = ctx;
  const stop = sentence.tokenEnd - 1;
  if (tokens[stop]?.text !== '.') return null;
  for (let of = stop - 2; of > Math.max(sentence.tokenStart + 1, stop - MAX_TOPIC); of--) {
    if (tokens[of]!.norm !== 'of') continue;
    const k = of - 1;
    const form = ctx.lex.cueForms.get(tokens[k]!.norm);
    if (!form || form.entry.class !== 'speech' || form.entry.particleRequired || tokens[k]!.pos !== 'VERB') return null;
    const speaker = openingSpeaker(ctx, sentence, k);
    return speaker ? { cue: { start: tokens[k]!.start, end: tokens[k]!.end, lemma: form.entry.lemma }, ...speaker } : null;
  }
  return null;
}

/** Number of words in a quotation. */
function wordCount(ctx: AttributionContext, q: Quotation): number {
  let n = 0;
  for (let k = q.tokenStart; k < q.tokenEnd; k++) if (ctx.tokens[k]!.type === 'word') n++;
  return n;
}

/**
 * Attributions of direct quotations that no cue before them claimed: a cue after the closing
 * mark (`"...," she said`, `"...," said X`), a quotation split around its cue (`"X," she said,
 * "Y."`), and quotations with no cue at all, which take the last speaker of the same or the
 * previous paragraph, or stay without a source when long enough to be a claim.
 *
 * @param earlier The attributions found so far, in text order; quotations inside their content are skipped.
 */
export function quotationAttributions(ctx: AttributionContext, earlier: readonly AttributionCore[]): QuotationAttribution[] {
  const { tokens, draft } = ctx;
  const quotations = ctx.quotations;
  // Quotations that open inside the content of an earlier attribution are already claimed.
  const claimed = new Uint8Array(quotations.length);
  for (const a of earlier) {
    for (const f of a.fragments) {
      for (let i = firstStartingAtOrAfter(quotations, f.start); i < quotations.length && quotations[i]!.start < f.end; i++) {
        claimed[i] = 1;
      }
    }
  }
  const position = new Map(quotations.map((q, i) => [q.index, i]));
  const ordered = [...earlier].sort((a, b) => a.fragments[0]!.start - b.fragments[0]!.start);
  let next = 0;
  let lastSpeaker: AttributionCore | null = null;
  const found: QuotationAttribution[] = [];
  // The attribution found here last, with a cue after its quotation, while quotations in the
  // sentences right after it may still join it: its fragments and the last sentence they reach.
  let speaking: { fragments: Range[]; sentence: number } | null = null;

  for (let i = 0; i < quotations.length; i++) {
    const q = quotations[i]!;
    while (next < ordered.length && ordered[next]!.fragments[0]!.start < q.start) {
      if (ordered[next]!.source) {
        lastSpeaker = ordered[next]!;
        // (An attribution inside the speaker's own sentence, such as `, referring to the board`,
        // does not interrupt the speaker.)
        if (speaking && ordered[next]!.sentence > speaking.sentence) speaking = null;
      }
      next++;
    }
    if (claimed[i] || ctx.titleQuote[q.index]) continue;
    let last = draft.sentences[ctx.sentenceOf[q.tokenEnd - 1]!]!;
    const fragments: Range[] = q.pieces.map((p) => ({ start: p.start, end: p.end }));
    let after = q.closed && q.tokenEnd < last.tokenEnd ? cueAfter(ctx, last, q.tokenEnd) : null;
    // `“... ?” Okafor said.`: a question or exclamation inside the quotation ends the sentence
    // there, and the speaker's sentence that follows is only the cue.
    const following = draft.sentences[last.index + 1];
    if (!after && q.closed && q.tokenEnd === last.tokenEnd && following && following.tokenStart === q.tokenEnd && following.paragraph === last.paragraph) {
      const candidate = cueAfter(ctx, following, q.tokenEnd);
      // (`“... ?” Okafor said, waving the report.`: a participle aside may follow the cue.)
      const aside = tokens[candidate?.end ?? -1]?.text === ',' && participleAsideAt(ctx, following, candidate!.end + 1);
      if (candidate && (aside || (tokens[candidate.end]?.text !== ',' && onlyAdjunctsAfter(ctx, following, candidate.end)))) {
        after = candidate;
        last = following;
      }
    }
    if (after) {
      // `"X," she said, "Y."` (also across a participle aside: `"X," she said, tapping the
      // report, "Y."`)
      const comma = tokens[after.end];
      const resumes = comma?.text === ',' ? (ctx.opensQuote[after.end + 1] ? after.end + 1 : quoteAfterAside(ctx, last, after.end + 1)) : -1;
      if (resumes > 0) {
        const second = ctx.quoteOf[resumes]!;
        fragments.push(...draft.quotations[second]!.pieces.map((p) => ({ start: p.start, end: p.end })));
        const j = position.get(second);
        if (j !== undefined) claimed[j] = 1;
      }
      // `The plan failed because “it was rushed,” she said.`: the words before the quotation in
      // its sentence are part of what she said (a mixed quotation).
      const opening = draft.sentences[ctx.sentenceOf[q.tokenStart]!]!;
      let kind: AttributionCore['kind'] = 'direct';
      // (Not the words of an earlier speaker in the sentence: `“...” ― Dana Holt “...” ― Sam Vane`.)
      const previous = found[found.length - 1];
      const spokenBefore = previous?.source != null && tokens[q.tokenStart - 1]!.end === (previous.source.phrase ?? previous.source).end;
      if (q.pieces.length === 1 && fragments.length === 1 && opening.index === last.index && !spokenBefore && q.tokenStart - opening.tokenStart >= 3 && !CLAUSE_MARKS.has(tokens[q.tokenStart - 1]!.text)) {
        fragments[0] = { start: tokens[opening.tokenStart]!.start, end: fragments[0]!.end };
        kind = 'mixed';
      }
      const attribution: QuotationAttribution = {
        kind,
        cue: after.cue,
        source: after.source,
        fragments,
        sentence: last.index,
        confidence: 0.9,
        negated: after.negated,
        sourceInherited: false,
      };
      found.push(attribution);
      lastSpeaker = attribution;
      speaking = { fragments, sentence: last.index };
      continue;
    }
    const first = draft.sentences[ctx.sentenceOf[q.tokenStart]!]!;
    const previousParagraph = lastSpeaker ? draft.sentences[lastSpeaker.sentence]!.paragraph : -2;
    const alone = TERMINAL.test(tokens[q.tokenEnd]?.text ?? '.') || q.tokenEnd >= first.tokenEnd || q.tokenStart === first.tokenStart;
    if (!alone) continue;
    // `Critics called the plan “a blank cheque.”`: a short quotation inside the writer's sentence
    // quotes a phrase; it is not a statement of the last speaker.
    if (q.tokenStart !== first.tokenStart && !CLAUSE_MARKS.has(tokens[q.tokenStart - 1]!.text) && wordCount(ctx, q) <= MAX_QUOTED_PHRASE) continue;
    // `“X,” she said. “Y.”`: a quotation that opens the very next sentence of the same paragraph
    // goes on with what the speaker said: it joins that attribution as a further fragment.
    if (speaking && q.tokenStart === first.tokenStart && first.index === speaking.sentence + 1 && draft.sentences[speaking.sentence]!.paragraph === first.paragraph) {
      speaking.fragments.push(...fragments);
      speaking.sentence = first.index;
      continue;
    }
    speaking = null;
    // `Okafor continued:` or `Lund said of the plan.` just before, then the quotation.
    const introduced = q.tokenStart === first.tokenStart && first.index > 0 ? introducingCue(ctx, draft.sentences[first.index - 1]!) : null;
    if (introduced) {
      const attribution: QuotationAttribution = { kind: 'direct', ...introduced, fragments, sentence: first.index, confidence: 0.8, sourceInherited: false };
      found.push(attribution);
      lastSpeaker = attribution;
      continue;
    }
    if (lastSpeaker && previousParagraph >= first.paragraph - 1) {
      found.push({ kind: 'direct', cue: null, source: lastSpeaker.source, fragments, sentence: first.index, confidence: 0.6, negated: false, sourceInherited: true });
    } else if (wordCount(ctx, q) >= MIN_WORDS_UNATTRIBUTED) {
      found.push({ kind: 'direct', cue: null, source: null, fragments, sentence: first.index, confidence: 0.4, negated: false, sourceInherited: false });
    }
  }
  return found;
}
