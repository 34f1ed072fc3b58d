import type { AttributionCore as Attribution, Range, Sentence, SourceDraft } from '../../pipeline/types.js';
import { hasWord } from '../../text/phrase-set.js';
import { firstStartingAtOrAfter } from '../../text/sorted-ranges.js';
import { clauseContent, leftContent, looksLikeClause, nounPhraseContent, participleAsideAt, rangeOf } from './content.js';
import { CONNECTIVES, CONTINUATION_VERBS, CUE_PREPOSITIONS, OBJECT_PREPOSITION_CUES, IRREGULAR_PAST_CUES, OBJECT_OPENING_TAGS, OBJECT_PREPOSITIONS, OBJECT_PRONOUNS, PARTICIPLE_PREPOSITIONS, PEOPLE_QUANTIFIERS, QUESTION_OPENERS, RAISING_PASSIVES } from './lexicon/grammar.js';
import type { CueForm } from './lexicon/index.js';
import { notACue } from './not-cues.js';
import { opensWithQuestion } from './questions.js';
import { describeSource, isSourceNoun, nounPhraseEndingAt, nounPhraseStartingAt, withTrailingAppositive } from './noun-phrase.js';
import { TERMINAL, contentEnd, type AttributionContext } from './sentence-view.js';
import { mainSubject, shownSpeaker, skipAuxiliariesLeft, subjectBefore } from './subjects.js';

/** Whether a token is a verb form the tagger may have read as a noun ("she claims"). */
function isVerbLike(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.pos === 'VERB') return true;
  const prev = ctx.tokens[k - 1];
  const next = ctx.tokens[k + 1];
  // "promising to lift", "warning that": an -ing form the tagger read as an adjective, before a
  // clause or an infinitive.
  if (t.pos === 'ADJ' && t.norm.endsWith('ing') && next !== undefined && (next.norm === 'that' || (next.norm === 'to' && ctx.tokens[k + 2]?.pos === 'VERB'))) return true;
  if (t.pos !== 'NOUN' && t.pos !== 'AUX') return false;
  // ("About 3 in 10 say they ...": a share of people before the word.)
  const share = prev !== undefined && prev.pos === 'NUM' && ctx.tokens[k - 2]?.norm === 'in';
  const subjectBefore = prev !== undefined && (ctx.lex.pronouns.has(prev.norm) || prev.pos === 'PROPN' || share);
  // ("..., The Harbour Journal reports.": a name, the word and the sentence's end.)
  const endsSentence = next !== undefined && prev?.pos === 'PROPN' && TERMINAL.test(next.text);
  const contentAfter = next !== undefined && (next.norm === 'that' || next.text === ',' || next.text === ':' || endsSentence || ctx.opensQuote[k + 1] === 1 || (share && next.pos === 'PRON' && ctx.lex.pronouns.has(next.norm)));
  // "figures from the agency show that ...": the tagger read "agency show" as one noun; a
  // source noun before the word and "that" after it make it a verb.
  // ("the agency show that aired": a relative "that", followed by its verb, is not content.)
  const afterThat = ctx.tokens[k + 2];
  const sourceBefore = prev !== undefined && prev.pos === 'NOUN' && !prev.capitalized && isSourceNoun(ctx, prev) && next?.norm === 'that' && afterThat !== undefined && afterThat.pos !== 'VERB' && afterThat.pos !== 'AUX';
  if ((subjectBefore || sourceBefore) && contentAfter) return true;
  // "A review panel in 2019 found the board ...": a past form that cannot be a noun, after
  // the subject's last word and before what it found.
  const past = t.norm.endsWith('ed') || IRREGULAR_PAST_CUES.has(t.norm);
  const afterSubject = prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM');
  // "Surveys show a tight race": the tagger may read "Surveys show" as one name; a document
  // noun before the word makes it a verb.
  const afterDocument = prev !== undefined && ctx.lex.documentNouns.has(prev.norm) && prev.norm.endsWith('s');
  // ("..., records show." : the sentence or its clause ends after the word.)
  const clauseEnds = next !== undefined && (TERMINAL.test(next.text) || next.text === ',');
  return afterSubject && next !== undefined && ((past || afterDocument) && OBJECT_OPENING_TAGS.has(next.pos) || (afterDocument && clauseEnds));
}

/** Cue forms that take a noun phrase, derived from forms that take a clause, by the original. */
const nounPhraseForms = new WeakMap<CueForm, CueForm>();

/** The same cue taking a noun phrase as its content ("pointed to the figures"). */
function withNounPhraseContent(form: CueForm): CueForm {
  let derived = nounPhraseForms.get(form);
  if (!derived) {
    derived = { entry: { lemma: form.entry.lemma, class: form.entry.class, content: 'np' }, participle: form.participle, particles: null };
    nounPhraseForms.set(form, derived);
  }
  return derived;
}

const eitherContentForms = new WeakMap<CueForm, CueForm>();
/** The forms derived by {@link withDocumentFinding}. */
const documentFindingForms = new WeakSet<CueForm>();

/** The same cue taking a clause or, to the end of its clause, a noun phrase ("A study found [31 cases of fraud]"). */
function withDocumentFinding(form: CueForm): CueForm {
  let derived = eitherContentForms.get(form);
  if (!derived) {
    derived = { ...form, entry: { ...form.entry, content: 'either' } };
    eitherContentForms.set(form, derived);
    documentFindingForms.add(derived);
  }
  return derived;
}

/** Cue forms of the verbs that report only before a colon or a quotation, by lemma. */
const colonCueForms = new Map<string, CueForm>();

/**
 * A verb that reports only when a colon or a quotation follows it ("Okafor continued: “...”",
 * "She continued, “...”"), as a clause-taking speech cue; else undefined.
 */
function colonCueAt(ctx: AttributionContext, k: number): CueForm | undefined {
  const lemma = ctx.lex.colonCueForms.get(ctx.tokens[k]!.norm);
  if (lemma === undefined || ctx.tokens[k]!.pos !== 'VERB') return undefined;
  const next = ctx.tokens[k + 1];
  const introduces = next !== undefined && (next.text === ':' || ((next.text === ',' || next.text === ':') && ctx.opensQuote[k + 2] === 1) || ctx.opensQuote[k + 1] === 1);
  if (!introduces) return undefined;
  let form = colonCueForms.get(lemma);
  if (!form) {
    form = { entry: { lemma, class: 'speech', content: 'clause' }, participle: false, particles: null };
    colonCueForms.set(lemma, form);
  }
  return form;
}

/** Whether the quotation closing at token `close` ends with a full stop (`."`): what follows is a new sentence, not its cue. */
function quoteEndsSentence(ctx: AttributionContext, close: number): boolean {
  const last = ctx.tokens[close - 1];
  return last !== undefined && last.text === '.';
}

/**
 * The listener after a cue such as "told": an object pronoun, a person, an organisation or a
 * group ("told reporters", "told the BBC").
 *
 * @returns The token after the listener, or -1 when what follows is not a listener ("tell a story").
 */
function skipRecipient(ctx: AttributionContext, sentence: Sentence, from: number): number {
  const first = ctx.tokens[from];
  // ("told her supporters": "her" before a noun is a determiner, not the listener.)
  const determiner = first?.norm === 'her' && (ctx.tokens[from + 1]?.pos === 'NOUN' || ctx.tokens[from + 1]?.pos === 'ADJ');
  if (first && OBJECT_PRONOUNS.has(first.norm) && !determiner) return from + 1;
  let np = nounPhraseStartingAt(ctx, from, sentence.tokenEnd, false);
  // "told reporters the plan had ...": a determiner after a noun starts the content.
  if (np) {
    for (let k = np.tokenStart + 1; k < np.tokenEnd; k++) {
      if (ctx.tokens[k]!.pos === 'DET' && ctx.tokens[k - 1]!.pos === 'NOUN') {
        np = { tokenStart: np.tokenStart, tokenEnd: k };
        break;
      }
    }
  }
  if (!np) return -1;
  // "told Radio North's “Early Shift” that ...": a quoted programme title belongs to the listener.
  if (ctx.opensQuote[np.tokenEnd]) {
    const title = ctx.draft.quotations[ctx.quoteOf[np.tokenEnd]!]!;
    if (title.closed && title.tokenEnd - np.tokenEnd <= 8 && ctx.tokens[skipAdjuncts(ctx, sentence, title.tokenEnd)]?.norm === 'that') return title.tokenEnd;
  }
  const listener = describeSource(ctx, np);
  if (listener && listener.kind !== 'document' && listener.kind !== 'vague') return np.tokenEnd;
  // "told the forum (that) he was ...", "told an audience at the club that ...": any phrase is
  // the listener when a reported clause follows it ("told a story" has none).
  const after = skipAdjuncts(ctx, sentence, np.tokenEnd);
  const next = ctx.tokens[after];
  if (!next || after >= sentence.tokenEnd) return -1;
  // "told his radio audience on Monday, “...”"
  if ((next.text === ',' || next.text === ':') && ctx.opensQuote[after + 1]) return np.tokenEnd;
  if (next.type === 'punctuation') return -1;
  const clauseFollows = next.norm === 'that' || thatAhead(ctx, sentence, after) > after || looksLikeClause(ctx, after, sentence.tokenEnd);
  return clauseFollows ? np.tokenEnd : -1;
}

/** Whether a verb starts at `k`, also inside an opening quotation mark ("to “go and vote”"). */
function startsVerb(ctx: AttributionContext, k: number): boolean {
  return ctx.tokens[k]?.pos === 'VERB' || (ctx.opensQuote[k] === 1 && ctx.tokens[k + 1]?.pos === 'VERB');
}

/** The "to" of an instruction after a prepositional phrase that follows a listener ("told supporters at a rally to vote"), else `from`. */
function toAhead(ctx: AttributionContext, sentence: Sentence, from: number): number {
  const { tokens } = ctx;
  if (tokens[from]?.pos !== 'ADP' || tokens[from]!.norm === 'to') return from;
  for (let k = from + 1; k < Math.min(sentence.tokenEnd - 1, from + THAT_WINDOW); k++) {
    const t = tokens[k]!;
    if (t.norm === 'to' && startsVerb(ctx, k + 1)) return k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.type === 'punctuation' || ctx.opensQuote[k]) return from;
  }
  return from;
}

/** Skip a time or statement phrase right after the cue ("said on Monday", "said in a statement"). */
function skipAdjuncts(ctx: AttributionContext, sentence: Sentence, from: number): number {
  let c = from;
  for (let guard = 0; guard < 3; guard++) {
    const t = ctx.tokens[c];
    if (!t || c >= sentence.tokenEnd) break;
    const time = ctx.timeAt.get(c);
    if (time) {
      c = time.tokenEnd;
      continue;
    }
    const signalled = ctx.timeAt.get(c + 1);
    if (signalled?.signal && signalled.signal.start === t.start) {
      c = signalled.tokenEnd;
      continue;
    }
    if ((t.norm === 'in' || t.norm === 'at' || t.norm === 'during' || t.norm === 'via' || t.norm === 'on' || t.norm === 'by') && c + 1 < sentence.tokenEnd) {
      let k = c + 1;
      while (k < Math.min(sentence.tokenEnd, c + 5) && !ctx.lex.statementNouns.has(ctx.tokens[k]!.norm)) k++;
      if (k < Math.min(sentence.tokenEnd, c + 5)) {
        c = k + 1;
        continue;
      }
    }
    break;
  }
  return c;
}

/** Longest phrase of adverbs and prepositions after a parenthetical cue, in tokens. */
const MAX_ADJUNCT_PHRASE = 8;

/** Tags of the words after the preposition of such a phrase ("in [the committee hearing]"). */
const ADJUNCT_OBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'ADJ', 'PROPN', 'NUM']);

/** Adverbs that open a clause or a comparison, not an adjunct of the cue ("described how", "described as"). */
const NOT_ADJUNCT_ADVERBS: ReadonlySet<string> = new Set(['how', 'why', 'when', 'where', 'as', 'so', 'yet', 'just', 'only', 'even']);

/**
 * The comma that ends an adverb phrase after a parenthetical cue, with a prepositional phrase or
 * not ("Okafor explained [earlier in the hearing],"), or -1.
 */
function adjunctPhraseEnd(ctx: AttributionContext, sentence: Sentence, from: number): number {
  const { tokens } = ctx;
  const limit = Math.min(sentence.tokenEnd, from + MAX_ADJUNCT_PHRASE);
  let k = from;
  while (k < limit && tokens[k]!.pos === 'ADV' && !NOT_ADJUNCT_ADVERBS.has(tokens[k]!.norm)) k++;
  if (k === from) return -1;
  if (tokens[k]?.pos === 'ADP') {
    k++;
    while (k < limit && ADJUNCT_OBJECT_TAGS.has(tokens[k]!.pos) && !ctx.opensQuote[k]) k++;
  }
  return k < limit && tokens[k]!.text === ',' ? k : -1;
}

/** Longest phrase (in tokens) between a cue and the "that" of its content. */
const THAT_WINDOW = 12;

/** The "that" after a prepositional phrase or an adverb that follows a cue ("said repeatedly that"), or -1. */
function thatAhead(ctx: AttributionContext, sentence: Sentence, from: number): number {
  const { tokens } = ctx;
  if (tokens[from]?.pos !== 'ADP' && !(tokens[from]?.pos === 'ADV' && !tokens[from]!.capitalized)) return -1;
  for (let k = from + 1; k < Math.min(sentence.tokenEnd, from + THAT_WINDOW); k++) {
    const t = tokens[k]!;
    if (t.norm === 'that') return k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.type === 'punctuation' || ctx.opensQuote[k]) return -1;
  }
  return -1;
}

/**
 * A passive cue with its agent: "It was announced by the council that the pier would close"
 * (the content is the clause after the agent), "The closure was announced by the council" (the
 * content is the subject). Without "by", there is no source to name, and no attribution.
 */
function passiveAttribution(
  ctx: AttributionContext,
  sentence: Sentence,
  k: number,
  cue: NonNullable<Attribution['cue']>,
  cueEnd: number,
  left: { last: number; negated: boolean },
  form: CueForm,
): Attribution | null {
  const { tokens } = ctx;
  const subjectEnd = left.last;
  const found = (kind: Attribution['kind'], source: SourceDraft, fragments: Range[], end: number, confidence: number, lemma = cue.lemma): Attribution => ({
    kind,
    cue: { start: cue.start, end: tokens[end - 1]!.end, lemma },
    source,
    fragments,
    sentence: sentence.index,
    confidence,
    negated: left.negated,
  });
  // "The harbour master is expected to speak tonight": no source; the subject and the
  // infinitive are the content, as PolNeAR marks 62 of 71 "BE expected to" on its training split.
  const next = tokens[cueEnd + 1];
  if (RAISING_PASSIVES.has(form.entry.lemma) && tokens[cueEnd]?.norm === 'to' && (next?.pos === 'VERB' || next?.pos === 'AUX')) {
    const subject = subjectEnd >= sentence.tokenStart ? raisedSubject(ctx, sentence, subjectEnd) : null;
    const rest = clauseContent(ctx, sentence, cueEnd);
    if (!subject || !rest) return null;
    return { kind: 'indirect', cue, source: null, fragments: [subject, rest], sentence: sentence.index, confidence: 0.6, negated: left.negated };
  }
  // "Holt was quoted as saying that ...": the subject is the source, "saying" brings the content.
  const saying = tokens[cueEnd]?.norm === 'as' ? ctx.lex.cueForms.get(tokens[cueEnd + 1]?.norm ?? '') : undefined;
  if (form.entry.lemma === 'quote' && saying && saying.entry.class === 'speech' && tokens[cueEnd + 1]!.norm.endsWith('ing')) {
    const subject = subjectBefore(ctx, sentence, subjectEnd);
    const content = subject ? contentRight(ctx, sentence, cueEnd + 2, saying) : null;
    return subject && content ? found(content.kind, subject.source, content.fragments, cueEnd + 2, 0.75, 'quote as saying') : null;
  }
  if (tokens[cueEnd]?.norm !== 'by' || form.participle) return null;
  // The agent's "by" belongs to the cue ("was announced by"), as PolNeAR marks passive cues.
  const withBy = cueEnd + 1;
  const np = nounPhraseStartingAt(ctx, cueEnd + 1, sentence.tokenEnd, false);
  const source = np ? describeSource(ctx, np) : null;
  if (!np || !source || source.kind === 'pronoun' || source.kind === 'relative') return null;
  const expletive = subjectEnd >= sentence.tokenStart && tokens[subjectEnd]!.norm === 'it' && subjectEnd === sentence.tokenStart;
  if (expletive) {
    if (tokens[np.tokenEnd]?.norm !== 'that') return null;
    const content = contentRight(ctx, sentence, np.tokenEnd, form);
    return content ? found(content.kind, source, content.fragments, withBy, 0.7) : null;
  }
  // The subject is the active verb's object: only a cue whose content can be a noun phrase
  // ("announced the closure") has it as content ("The report was written by staff" has none).
  if (form.entry.content === 'clause') return null;
  // The rest after the agent must be adjuncts only ("was announced by the council on Friday.").
  const after = skipAdjuncts(ctx, sentence, np.tokenEnd);
  if (after < sentence.tokenEnd && !TERMINAL.test(tokens[after]!.text)) return null;
  const subject = leftContent(ctx, sentence, subjectEnd + 1);
  return subject && k > sentence.tokenStart ? found('indirect', source, [subject], withBy, 0.6) : null;
}

/** The subject of a continuation verb before the "to" at `to` ("went on to", "continued to"), and whether it is negated. */
function continuationSubject(ctx: AttributionContext, sentence: Sentence, to: number): { source: SourceDraft; negated: boolean; verb: number } | null {
  let v = to - 1;
  if (ctx.tokens[v]?.norm === 'on') v--;
  if (v < sentence.tokenStart || !CONTINUATION_VERBS.has(ctx.tokens[v]!.norm)) return null;
  const left = skipAuxiliariesLeft(ctx, v, sentence.tokenStart);
  const subject = subjectBefore(ctx, sentence, left.last);
  return subject ? { source: subject.source, negated: left.negated, verb: v } : null;
}

/** Whether a reporting participle starts at token `k` ("citing costs", "adding that"). */
function cueParticipleAt(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NOUN') && ctx.lex.cueForms.get(t.norm)?.participle === true;
}

/**
 * What a cue set off inside its sentence ("Y, she said, Z") reports after it: from the comma at
 * `comma` to the end of the sentence, or the whole quotation that opens there. Not a reporting
 * participle ("..., the agency said, citing costs": an attribution of its own), nor a clause the
 * writer adds with "and" or "but" ("..., he said, and talks could drag on"); a plain participle
 * goes on with what was reported ("..., the agency said, taking ..."), as PolNeAR marks it.
 */
function splitTail(ctx: AttributionContext, sentence: Sentence, comma: number): { range: Range; quoted: boolean } | null {
  const { tokens } = ctx;
  if (tokens[comma]?.text !== ',' || cueParticipleAt(ctx, comma + 1)) return null;
  const first = tokens[comma + 1];
  if (!first || first.norm === 'and' || first.norm === 'but') return null;
  if (ctx.opensQuote[comma + 1]) {
    const q = ctx.draft.quotations[ctx.quoteOf[comma + 1]!]!;
    if (q.closed) return { range: { start: q.start, end: q.end }, quoted: true };
  }
  const range = clauseContent(ctx, sentence, comma + 1);
  return range ? { range, quoted: false } : null;
}

/** The content right of a cue, with its kind (a quotation makes it direct or mixed). */
function contentRight(
  ctx: AttributionContext,
  sentence: Sentence,
  from: number,
  form: CueForm,
): { fragments: Range[]; kind: Attribution['kind']; cueTo?: number } | null {
  const { tokens } = ctx;
  let c = skipAdjuncts(ctx, sentence, from);
  if (form.entry.recipient) {
    const listenerStart = c;
    const afterRecipient = skipRecipient(ctx, sentence, c);
    if (afterRecipient < 0) return null;
    c = skipAdjuncts(ctx, sentence, afterRecipient);
    // "told the Ledger, however, that ...": a connective set off by commas after the listener.
    if (tokens[c]?.text === ',' && CONNECTIVES.has(tokens[c + 1]?.norm ?? '') && tokens[c + 2]?.text === ',') c += 3;
    // "told an invited crowd at the club that ...": the rest of the listener before "that";
    // "told supporters at a rally to vote": before "to".
    const that = thatAhead(ctx, sentence, c);
    if (that > c) c = that;
    else c = toAhead(ctx, sentence, c);
    const next = tokens[c];
    if (!next || c >= sentence.tokenEnd) return null;
    const quoteAfterComma = (next.text === ',' || next.text === ':') && ctx.opensQuote[c + 1] === 1;
    // "told residents to use the ferry": an instruction.
    const instruction = next.norm === 'to' && startsVerb(ctx, c + 1);
    if (next.norm !== 'that' && next.text !== ':' && !quoteAfterComma && !instruction && !ctx.opensQuote[c] && !looksLikeClause(ctx, c, sentence.tokenEnd)) return null;
    if (instruction) {
      // "told residents to use the ferry": the listener is part of the instruction (PolNeAR's convention).
      const range = clauseContent(ctx, sentence, listenerStart);
      return range ? { fragments: [range], kind: 'indirect' } : null;
    }
  }
  // "said of the plan that ...": the topic is not content (and "said of the plan." has none).
  if (tokens[c]?.norm === 'of' && form.entry.class === 'speech' && !form.particles?.has('of')) {
    const topic = nounPhraseStartingAt(ctx, c + 1, sentence.tokenEnd, false);
    if (!topic) return null;
    c = topic.tokenEnd;
  }
  let clause = false;
  // "The harbour master added:" ending its paragraph: the next paragraph is what was added.
  if (tokens[c]?.text === ':' && c + 1 >= sentence.tokenEnd) return nextParagraphContent(ctx, sentence);
  if (tokens[c]?.text === ':' || tokens[c]?.text === ',') {
    c++;
    // "said, waving the report": a participle aside, not what was said.
    if (tokens[c - 1]!.text === ',' && participleAsideAt(ctx, sentence, c)) return null;
  }
  // "said during a rally in Michigan that ...", "wrote on its website that ...": a phrase
  // between the cue and "that" is not content.
  const that = thatAhead(ctx, sentence, c);
  if (that > c) c = that;
  // ("said that was not its view": "that" is the subject, before a finite verb.)
  const demonstrative = tokens[c]?.norm === 'that' && (tokens[c + 1]?.pos === 'AUX' || (tokens[c + 1]?.pos === 'VERB' && !tokens[c + 1]!.norm.endsWith('ing')));
  if (tokens[c]?.norm === 'that' && c < sentence.tokenEnd && !demonstrative) {
    c++;
    clause = true;
    // "said that, if elected, ..." / "said via email that, “...”"
    if (tokens[c]?.text === ',') c++;
  }
  if (c >= sentence.tokenEnd) return null;
  // A quotation: direct when it is all the content, mixed when text follows it.
  if (ctx.opensQuote[c]) {
    const q = ctx.draft.quotations[ctx.quoteOf[c]!]!;
    const rest = contentEnd(ctx, sentence, q.tokenEnd);
    if (q.tokenEnd >= sentence.tokenEnd || rest <= q.tokenEnd || !q.closed) {
      return { fragments: q.pieces.map((p) => ({ start: p.start, end: p.end })), kind: 'direct' };
    }
  }
  // "asked the mayor whether ...": the person asked is not the content.
  if (!clause && form.entry.lemma === 'ask' && !QUESTION_OPENERS.has(tokens[c]?.norm ?? '')) {
    const asked = nounPhraseStartingAt(ctx, c, sentence.tokenEnd, false);
    const after = asked ? tokens[asked.tokenEnd] : undefined;
    if (asked && after && QUESTION_OPENERS.has(after.norm)) {
      const question = clauseContent(ctx, sentence, asked.tokenEnd);
      return question ? { fragments: [question], kind: 'indirect' } : null;
    }
  }
  // "questioned whether the tolls were fair", "wondered if ...": an embedded question is the content.
  if (!clause && (tokens[c]?.norm === 'whether' || (tokens[c]?.norm === 'if' && !form.entry.bare)) && form.entry.content !== 'np') {
    const question = clauseContent(ctx, sentence, c);
    return question ? { fragments: [question], kind: 'indirect' } : null;
  }
  const takesNp = form.entry.content !== 'clause';
  const takesClause = form.entry.content !== 'np';
  // Without "that", only verbs that commonly take a bare clause ("said the plan failed") do so
  // here; others need a clause with a subject ("find refuge", "recalled 40,000 tins" are not claims).
  if (!clause && !takesNp && !looksLikeClause(ctx, c, sentence.tokenEnd, true) && !(form.entry.bare && form.entry.class === 'speech' && form.entry.lemma !== 'add')) return null;
  let range: Range | null;
  let cueTo: number | undefined;
  // (What a document found runs to the end of its clause: "found Holt leading Vane by four points among boatmen".)
  const finding = documentFindingForms.has(form);
  if (clause || finding || (takesClause && (!takesNp || looksLikeClause(ctx, c, sentence.tokenEnd)))) range = clauseContent(ctx, sentence, c);
  else {
    // "hailed the pier as a triumph", "bragged about the tolls": the object and the
    // preposition belong to the cue, what follows is the content.
    // (Not after a preposition the cue already took: "called for more money for ...".)
    const object = c === from && tokens[from - 1]?.pos !== 'ADP' ? objectBeforePreposition(ctx, sentence, c, form.entry.lemma) : -1;
    if (object >= 0) {
      cueTo = object + 1;
      c = object + 1;
    }
    range = nounPhraseContent(ctx, sentence, c);
  }
  if (!range) return null;
  let hasQuote = false;
  for (let k = c; k < sentence.tokenEnd && tokens[k]!.end <= range.end && !hasQuote; k++) hasQuote = ctx.opensQuote[k] === 1;
  return { fragments: [range], kind: hasQuote ? 'mixed' : 'indirect', cueTo };
}

/**
 * The speaker of an inverted cue that ends right before the comma at `comma`: "Holt" in
 * `“...,” said Holt, speaking of the jetty`; else null.
 */
function invertedSpeakerBefore(ctx: AttributionContext, sentence: Sentence, comma: number): SourceDraft | null {
  const np = nounPhraseEndingAt(ctx, comma - 1, sentence.tokenStart);
  if (!np) return null;
  const cue = ctx.tokens[np.tokenStart - 1];
  if (!cue || np.tokenStart - 1 < sentence.tokenStart || !ctx.lex.cueForms.has(cue.norm) || ctx.lex.cueForms.get(cue.norm)!.participle) return null;
  const after = ctx.tokens[np.tokenStart - 2];
  // Inverted: the cue follows a comma or a closing quotation mark.
  if (!after || (after.text !== ',' && !ctx.closesQuote[np.tokenStart - 2])) return null;
  return describeSource(ctx, np);
}

/**
 * The paragraph after the one that `sentence` ends, as a content introduced by a colon: its
 * quotation when it opens with one, else the whole paragraph. Null when `sentence` does not end
 * its paragraph.
 */
function nextParagraphContent(ctx: AttributionContext, sentence: Sentence): { fragments: Range[]; kind: Attribution['kind'] } | null {
  const sentences = ctx.draft.sentences;
  const next = sentences[sentence.index + 1];
  if (!next || next.paragraph === sentence.paragraph) return null;
  if (ctx.opensQuote[next.tokenStart]) {
    const q = ctx.draft.quotations[ctx.quoteOf[next.tokenStart]!]!;
    // (A quotation left open is left to the quotation rules.)
    if (!q.closed) return null;
    return { fragments: q.pieces.map((p) => ({ start: p.start, end: p.end })), kind: 'direct' };
  }
  let last = next;
  while (sentences[last.index + 1]?.paragraph === next.paragraph) last = sentences[last.index + 1]!;
  // (A paragraph with a quotation inside is left to the quotation rules.)
  for (let k = next.tokenStart; k < last.tokenEnd; k++) if (ctx.quoteOf[k]! >= 0) return null;
  return { fragments: [rangeOf(ctx, next.tokenStart, last.tokenEnd)], kind: 'indirect' };
}

/** The cue, run on through the object and preposition that its content starts after. */
function cueThrough<C extends { start: number; end: number }>(ctx: AttributionContext, cue: C, content: { cueTo?: number }): C {
  return content.cueTo === undefined ? cue : { ...cue, end: ctx.tokens[content.cueTo - 1]!.end };
}

/** Longest object a cue may take into itself before its preposition ("voiced [deep concern] about"). */
const MAX_CUE_OBJECT = 4;

/**
 * The preposition that ends a cue's object at `from` (or stands right at `from`): the token
 * index of "as" in "hailed [the pier] as a triumph", of "about" in "bragged [about] the tolls"; -1 when
 * there is none, or when it starts a time ("on Monday") or a number ("about 1,500").
 */
function objectBeforePreposition(ctx: AttributionContext, sentence: Sentence, from: number, lemma: string): number {
  const { tokens } = ctx;
  const opens = (k: number): boolean => k + 1 < sentence.tokenEnd && !ctx.timeAt.has(k) && !ctx.timeAt.has(k + 1) && tokens[k + 1]!.pos !== 'NUM';
  if (CUE_PREPOSITIONS.has(tokens[from]?.norm ?? '') && opens(from)) return from;
  const prepositions = Object.hasOwn(OBJECT_PREPOSITION_CUES, lemma) ? OBJECT_PREPOSITION_CUES[lemma] : undefined;
  if (!prepositions) return -1;
  const np = nounPhraseStartingAt(ctx, from, Math.min(sentence.tokenEnd, from + MAX_CUE_OBJECT + 1), false);
  if (!np || np.tokenEnd - np.tokenStart > MAX_CUE_OBJECT) return -1;
  return prepositions.includes(tokens[np.tokenEnd]?.norm ?? '') && opens(np.tokenEnd) ? np.tokenEnd : -1;
}

/** The subject of a raising passive ending at token `last`: a relative pronoun, or the noun phrase ("The new pier is expected to ..."). */
function raisedSubject(ctx: AttributionContext, sentence: Sentence, last: number): Range | null {
  const t = ctx.tokens[last]!;
  if (ctx.lex.relativePronouns.has(t.norm)) return { start: t.start, end: t.end };
  const np = nounPhraseEndingAt(ctx, last, sentence.tokenStart);
  return np ? rangeOf(ctx, np.tokenStart, np.tokenEnd) : null;
}

/**
 * Attributions cued by reporting verbs in one sentence: "X said (that) Y", "Y, X argued, Z",
 * "Y, said X", "..., noting that Y", "X told reporters: "Y"". Cues after a closing quotation
 * mark are left to the quotation rules.
 */
export function verbAttributions(ctx: AttributionContext, sentence: Sentence): Attribution[] {
  const { tokens } = ctx;
  const found: Attribution[] = [];
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = tokens[k]!;
    let form = ctx.lex.cueForms.get(t.norm) ?? colonCueAt(ctx, k);
    if (!form || ctx.quoteOf[k]! >= 0 || !isVerbLike(ctx, k)) continue;
    // "an estimated £85,000", "the expected result": an adjective, not a cue ("Some said",
    // "Many believe": a determiner standing for people is the subject).
    const previous = tokens[k - 1];
    if (previous && k > sentence.tokenStart && previous.pos === 'DET' && !ctx.lex.vagueNouns.has(previous.norm)) continue;
    // ("made the following comment:": a noun after "following".)
    if (previous?.norm === 'following') continue;
    // "the wages agreed with drivers": a participle after a common noun that cannot speak (not a
    // role: "the senator called for").
    const reduced = previous !== undefined && previous.pos === 'NOUN' && !previous.capitalized && t.norm.endsWith('ed') && !isSourceNoun(ctx, previous) && !hasWord(ctx.names.roles, previous.norm) && tokens[k + 1]?.pos === 'ADP' && tokens[k + 1]!.norm !== 'whether';
    if (reduced || notACue(ctx, k, sentence.tokenStart)) continue;
    let cueEnd = k + 1;
    let lemma = form.entry.lemma;
    if (form.entry.particle) {
      const particle = tokens[cueEnd]?.norm ?? '';
      if (particle === form.entry.particle) {
        lemma = `${lemma} ${particle}`;
      } else if (form.particles?.has(particle)) {
        // "pointed to the figures": another of its particles makes a cue with a noun phrase.
        lemma = `${lemma} ${particle}`;
        form = withNounPhraseContent(form);
      } else {
        continue;
      }
      cueEnd++;
    } else if (form.particles?.has(tokens[cueEnd]?.norm ?? '') && cueEnd + 1 < sentence.tokenEnd && !ctx.timeAt.has(cueEnd + 1)) {
      // "called for an inquiry", "warned of a recession" (not "called on Monday").
      lemma = `${lemma} ${tokens[cueEnd]!.norm}`;
      cueEnd++;
    } else if (form.entry.particleRequired) {
      continue;
    }
    // "adding later, “...”": an adverb between the cue and the comma that opens a quotation joins the cue.
    const adverb = tokens[cueEnd];
    if (adverb?.pos === 'ADV' && !adverb.capitalized && (tokens[cueEnd + 1]?.text === ',' || tokens[cueEnd + 1]?.text === ':') && ctx.opensQuote[cueEnd + 2] === 1) cueEnd++;
    const left = skipAuxiliariesLeft(ctx, k, sentence.tokenStart);
    const cue = { start: t.start, end: tokens[cueEnd - 1]!.end, lemma };
    if (left.passive) {
      const passive = passiveAttribution(ctx, sentence, k, cue, cueEnd, left, form);
      if (passive) found.push(passive);
      continue;
    }
    const before = tokens[left.last];
    if (before && ctx.closesQuote[left.last]) continue;
    // "..., Holt told the Ledger on Thursday.": a listener after the cue, before its adjuncts.
    const listener = form.entry.recipient ? nounPhraseStartingAt(ctx, cueEnd, sentence.tokenEnd, false) : null;
    const tailFrom = listener ? listener.tokenEnd : cueEnd;
    const next = tokens[tailFrom];
    const afterAdjuncts = skipAdjuncts(ctx, sentence, tailFrom);
    // ("Fares will rise, the council said on Monday, citing costs.": a participle may follow.)
    const asideAfter = tokens[afterAdjuncts]?.text === ',' && (participleAsideAt(ctx, sentence, afterAdjuncts + 1) || cueParticipleAt(ctx, afterAdjuncts + 1));
    const endsAfter = afterAdjuncts >= sentence.tokenEnd || TERMINAL.test(tokens[afterAdjuncts]!.text) || asideAfter;

    // "Y, said X." — inversion after a comma; never with a cue that takes a listener ("...,
    // the harbour expert, told me": "me" is told, the source is before the cue).
    if (before?.text === ',' && !form.participle && !form.entry.recipient) {
      const np = nounPhraseStartingAt(ctx, cueEnd, sentence.tokenEnd, false);
      // "..., said the council on Friday.": adjuncts may follow the source.
      const afterAt = np ? (ctx.timeAt.has(np.tokenEnd) || ctx.timeAt.has(np.tokenEnd + 1) ? skipAdjuncts(ctx, sentence, np.tokenEnd) : np.tokenEnd) : -1;
      const after = np ? tokens[afterAt] : undefined;
      if (np && (!after || afterAt >= sentence.tokenEnd || TERMINAL.test(after.text) || after.text === ',' || after.text === '(')) {
        const named = describeSource(ctx, np);
        const source = named ? withTrailingAppositive(ctx, named, np.tokenEnd, sentence.tokenEnd) : null;
        if (ctx.closesQuote[left.last - 1]) continue;
        const content = leftContent(ctx, sentence, left.last);
        if (source && content) {
          found.push({ kind: 'indirect', cue, source, fragments: [content], sentence: sentence.index, confidence: 0.8, negated: left.negated });
          continue;
        }
      }
    }
    // ", noting that Y", "by citing X" — the subject is the main clause's.
    if (form.participle && (before?.text === ',' || PARTICIPLE_PREPOSITIONS.has(before?.norm ?? ''))) {
      // "..., the agency said on Monday, citing costs": the speaker of the cue just before.
      const last = found[found.length - 1];
      const lastCueEnd = last?.cue && last.source ? firstStartingAtOrAfter(tokens, last.cue.end) : -1;
      const source = (lastCueEnd > 0 && before?.text === ',' && skipAdjuncts(ctx, sentence, lastCueEnd) === left.last ? last!.source : null) ?? (before?.text === ',' ? invertedSpeakerBefore(ctx, sentence, left.last) : null) ?? mainSubject(ctx, sentence, left.last);
      const content = source ? contentRight(ctx, sentence, cueEnd, form) : null;
      if (source && content) {
        found.push({ kind: content.kind, cue: cueThrough(ctx, cue, content), source, fragments: content.fragments, sentence: sentence.index, confidence: 0.75, negated: left.negated });
      }
      continue;
    }
    // "Okafor promised ... and said she would": the subject is the first verb's.
    if ((before?.norm === 'and' || before?.norm === 'but') && !form.participle) {
      const source = mainSubject(ctx, sentence, left.last);
      const content = source ? contentRight(ctx, sentence, cueEnd, form) : null;
      if (source && content) {
        found.push({ kind: content.kind, cue: cueThrough(ctx, cue, content), source, fragments: content.fragments, sentence: sentence.index, confidence: 0.7, negated: left.negated });
        continue;
      }
    }
    // "Holt went on to say that ...", "continued to insist that ...": the subject is the first verb's.
    const handed = tokens[left.last]?.norm === 'to' && !form.participle ? continuationSubject(ctx, sentence, left.last) : null;
    if (handed) {
      const content = contentRight(ctx, sentence, cueEnd, form);
      // The cue runs from the first verb, as one event ("went on to say").
      const longCue = { ...cue, start: tokens[handed.verb]!.start };
      if (content) found.push({ kind: content.kind, cue: cueThrough(ctx, longCue, content), source: handed.source, fragments: content.fragments, sentence: sentence.index, confidence: 0.7, negated: handed.negated });
      continue;
    }
    // "called on voters to reject the toll": an infinitive has no subject of its own here.
    if (tokens[left.last]?.norm === 'to' && t.norm === form.entry.lemma) continue;
    const subject = subjectBefore(ctx, sentence, left.last);
    if (!subject) continue;
    // "In a message posted Friday, ...": a participle after a preposition's object qualifies it.
    if (left.last === k - 1 && t.norm.endsWith('ed') && OBJECT_PREPOSITIONS.has(tokens[subject.start - 1]?.norm ?? '')) continue;
    // "footage of Ruiz saying ...": the speaker is the one shown, not the footage.
    const source = (form.participle && subject.source.kind === 'document' ? shownSpeaker(ctx, subject.start, left.last) : null) ?? subject.source;
    // ("Someone believes" is too vague to hold a belief; "Critics believe", "Many believe" are people.)
    if (form.entry.class !== 'speech' && source.kind === 'vague' && source.mention === null && !/s$/.test(source.name) && !PEOPLE_QUANTIFIERS.has(source.name.toLowerCase())) continue;
    // `"...," she said` is left to the quotation rules.
    const closing = tokens[subject.start - 1]?.text === ',' ? subject.start - 2 : subject.start - 1;
    const quoteBefore = closing >= sentence.tokenStart && ctx.closesQuote[closing] === 1 && !ctx.titleQuote[ctx.quoteOf[closing]!];
    if (quoteBefore && !quoteEndsSentence(ctx, subject.start - (tokens[subject.start - 1]?.text === ',' ? 2 : 1))) continue;
    const beforeSubject = tokens[subject.start - 1];
    const setOff = beforeSubject?.text === ',' && subject.start - 1 > sentence.tokenStart;
    // "Y, she argued, Z" and "Y, he said." — but not "As a phone rang, the announcer said, ...".
    const subordinate = ctx.lex.subordinators.has(tokens[sentence.tokenStart]!.norm);
    // ("These boatmen, Okafor explained earlier in the hearing, were well paid.": a phrase of
    // adverbs and prepositions after the cue, up to the comma.)
    const adjunctComma = setOff && !subordinate && next?.text !== ',' && !endsAfter ? adjunctPhraseEnd(ctx, sentence, tailFrom) : -1;
    if (setOff && !subordinate && (next?.text === ',' || endsAfter || adjunctComma > 0)) {
      const tail = splitTail(ctx, sentence, adjunctComma > 0 ? adjunctComma : afterAdjuncts);
      // ("Asked about the vote, she said, ...": the question is an attribution of its own.)
      const head = tail && opensWithQuestion(ctx, sentence) ? null : leftContent(ctx, sentence, subject.start - 1);
      const fragments = [head, tail?.range ?? null].filter((r): r is Range => r !== null);
      if (fragments.length > 0) {
        const kind = tail?.quoted ? (head ? 'mixed' : 'direct') : 'indirect';
        // (The phrase after the cue is part of it: "explained earlier in the hearing".)
        const longCue = adjunctComma > 0 ? { ...cue, end: tokens[adjunctComma - 1]!.end } : cue;
        found.push({ kind, cue: longCue, source, fragments, sentence: sentence.index, confidence: 0.8, negated: left.negated });
      }
      continue;
    }
    // "A 2014 study found 31 cases of fraud": a document finds things as well as clauses.
    const evidence = form.entry.class === 'evidence' && form.entry.content === 'clause' && source.kind === 'document';
    const content = contentRight(ctx, sentence, cueEnd, evidence ? withDocumentFinding(form) : form);
    if (!content) continue;
    // "He appeared to suggest that ...", "she seemed to think ...": one cue, whose content and
    // source are the inner verb's.
    const inner = form.entry.subjectIsContent && tokens[cueEnd]?.norm === 'to' ? ctx.lex.cueForms.get(tokens[cueEnd + 1]?.norm ?? '') : undefined;
    if (inner && !inner.entry.subjectIsContent && tokens[cueEnd + 1]!.pos === 'VERB') {
      const innerContent = contentRight(ctx, sentence, cueEnd + 2, inner);
      if (innerContent) {
        const longCue = { start: cue.start, end: tokens[cueEnd + 1]!.end, lemma: `${cue.lemma} to ${inner.entry.lemma}` };
        found.push({ kind: innerContent.kind, cue: longCue, source, fragments: innerContent.fragments, sentence: sentence.index, confidence: 0.7, negated: left.negated });
      }
      continue;
    }
    // "The figures appear to be wrong": no source; the subject and the rest are the content
    // ("It appears (that) ...": only the rest). "She appeared on television" reports nothing.
    if (form.entry.subjectIsContent) {
      const after = tokens[cueEnd];
      if (after?.pos === 'ADP' && after.norm !== 'to' && after.norm !== 'like' && after.norm !== 'as') continue;
      // "As odd as it may seem, Vane said ...": nothing follows the cue in its own clause.
      if (after?.text === ',') continue;
      const expletive = source.kind === 'pronoun' && tokens[subject.start]!.norm === 'it';
      const subjectRange = source.phrase ?? { start: source.start, end: source.end };
      const fragments = expletive ? content.fragments : [subjectRange, ...content.fragments];
      found.push({ kind: 'indirect', cue, source: null, fragments, sentence: sentence.index, confidence: 0.6, negated: left.negated });
      continue;
    }
    const confidence = form.entry.class === 'speech' ? 0.85 : 0.7;
    found.push({ kind: content.kind, cue: cueThrough(ctx, cue, content), source, fragments: content.fragments, sentence: sentence.index, confidence, negated: left.negated });
  }
  return found;
}
