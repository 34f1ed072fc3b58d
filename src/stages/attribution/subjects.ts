/**
 * The subject of a reporting verb, read leftwards from the cue: auxiliaries, adverbs, times and
 * statement phrases skipped; appositives, brackets, relative clauses, coordination and reduced
 * relatives taken into the source phrase as PolNeAR marks it.
 */
import type { Range, Sentence, SourceDraft, Token } from '../../pipeline/types.js';
import { APPOSITIVE_WORDS, ASIDE_CLAUSE_OPENERS, ASIDE_OPENERS, BE_FORMS } from './lexicon/grammar.js';
import { contactClauseNoun } from './contact-clauses.js';
import { describeSource, nounPhraseEndingAt, nounPhraseStartingAt, textOf } from './noun-phrase.js';
import { matchEndingAt } from '../../text/phrase-set.js';
import { TERMINAL, isQuoteMark, type AttributionContext } from './sentence-view.js';

/** Longest aside (in tokens) between a subject and its cue: "Hugh Hill, a doctor at ..., said". */
const ASIDE_WINDOW = 30;

/**
 * Skip auxiliaries and adverbs left of the cue ("has repeatedly emphasized"); report negation,
 * and passive voice ("have been found"), where the subject is not the source.
 */
export function skipAuxiliariesLeft(ctx: AttributionContext, k: number, floor: number): { last: number; negated: boolean; passive: boolean } {
  let j = k - 1;
  let negated = false;
  let passive = false;
  while (j >= floor) {
    const t = ctx.tokens[j]!;
    // "who in 2010 said", "Okafor on Tuesday said": a time between the subject and the cue.
    const time = ctx.timeEndingAt.get(j);
    if (time && time.tokenStart > floor && !ctx.inMention[time.tokenStart]) {
      const signal = time.signal ? ctx.tokens[time.tokenStart - 1] : undefined;
      const before = time.tokenStart - (signal && signal.start === time.signal!.start ? 2 : 1);
      // Not a time that belongs to a participle ("a report released last year found", "figures
      // published by the agency last month show").
      if (!participleBefore(ctx, before, floor)) {
        j = before;
        continue;
      }
    }
    // ("Okafor however said": a connective between subject and cue, not set off by commas.)
    const adverb = t.pos === 'ADV' && !t.capitalized && (t.norm !== 'however' || (ctx.tokens[j - 1]?.text !== ',' && ctx.tokens[j + 1]?.text !== ','));
    // "Kim, the top Democrat on the panel, in a statement said": a statement phrase before the cue.
    const statement = statementPhraseEndingAt(ctx, j, floor);
    if (statement >= 0) {
      j = statement - 1;
      continue;
    }
    // A capitalised "May" or "Will" inside the sentence is a name ("Alda May said").
    const auxiliary = ctx.lex.auxiliaries.has(t.norm) && !(t.capitalized && j > floor);
    if (!auxiliary && !adverb) break;
    if (ctx.lex.negations.has(t.norm)) negated = true;
    if (BE_FORMS.has(t.norm) && j === k - 1 - countAdverbs(ctx, j + 1, k)) passive = !ctx.tokens[k]!.norm.endsWith('ing');
    j--;
  }
  return { last: j, negated, passive };
}

/** Tokens searched left of a time for the participle it may belong to. */
const PARTICIPLE_REACH = 10;

/** Whether a participle stands at `k` or a few words before it, within the same phrase ("released", "published by the agency"). */
function participleBefore(ctx: AttributionContext, k: number, floor: number): boolean {
  for (let j = k; j >= Math.max(floor, k - PARTICIPLE_REACH); j--) {
    const t = ctx.tokens[j]!;
    if (t.type === 'punctuation') return false;
    if (t.pos === 'VERB') return t.norm.endsWith('ed') || t.norm.endsWith('en');
  }
  return false;
}

/** Where a statement phrase ending at `k` starts ("in a statement", "in an interview"), else -1. */
function statementPhraseEndingAt(ctx: AttributionContext, k: number, floor: number): number {
  const { tokens } = ctx;
  if (!ctx.lex.statementNouns.has(tokens[k]?.norm ?? '')) return -1;
  for (let j = k - 1; j >= Math.max(floor, k - 4); j--) {
    const t = tokens[j]!;
    if (t.norm === 'in' || t.norm === 'during') return j;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PRON') return -1;
  }
  return -1;
}

/** The person after "of" in a document phrase `[from, last]` ("footage of Ana Ruiz"), else null. */
export function shownSpeaker(ctx: AttributionContext, from: number, last: number): SourceDraft | null {
  for (let k = from + 1; k < last; k++) {
    if (ctx.tokens[k]!.norm !== 'of') continue;
    const np = nounPhraseStartingAt(ctx, k + 1, last + 1, false);
    const shown = np && np.tokenEnd === last + 1 ? describeSource(ctx, np) : null;
    return shown && shown.kind === 'person' ? shown : null;
  }
  return null;
}

/** The first token of a sentence's clause: past opening quotation marks and a conjunction. */
function clauseOpening(ctx: AttributionContext, sentence: Sentence): number {
  let k = sentence.tokenStart;
  while (k < sentence.tokenEnd && (isQuoteMark(ctx.tokens[k]) || ctx.tokens[k]!.pos === 'CCONJ')) k++;
  return k;
}

/** Number of adverbs in `[from, to)`. */
function countAdverbs(ctx: AttributionContext, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.pos === 'ADV') n++;
  return n;
}

/** The ending of a participle ("Stung", "Speaking"), for a phrase that opens a sentence. */
const PARTICIPLE_ENDING = /(?:ed|ing)$/;

/**
 * The subject of the main clause, for a participle cue after a comma: "Zakharova also emphasized
 * ..., noting that" → Zakharova.
 */
export function mainSubject(ctx: AttributionContext, sentence: Sentence, before: number): SourceDraft | null {
  // "Stung by the reviews, Okafor revised the plan, promising ...": the main clause starts after
  // an opening phrase led by a participle or a preposition.
  let from = Math.max(sentence.tokenStart + 1, before - ASIDE_WINDOW * 2);
  const opener = ctx.tokens[sentence.tokenStart]!;
  // (The tagger may read a sentence-initial participle as a name: "Stung".)
  const participle = (opener.pos === 'VERB' || opener.pos === 'PROPN') && PARTICIPLE_ENDING.test(opener.norm) && ctx.tokens[sentence.tokenStart + 1]?.pos === 'ADP';
  if (opener.pos === 'ADP' || participle) {
    let comma = sentence.tokenStart + 1;
    while (comma < before && ctx.tokens[comma]!.text !== ',') comma++;
    if (comma < before) from = Math.max(from, comma + 2);
  }
  for (let k = from; k < before; k++) {
    const t = ctx.tokens[k]!;
    // Not a verb inside a quotation: `“You know it,” he said, adding ...` → he.
    if ((t.pos !== 'VERB' && t.pos !== 'AUX') || t.capitalized || ctx.quoteOf[k]! >= 0) continue;
    const left = skipAuxiliariesLeft(ctx, k, sentence.tokenStart);
    const subject = subjectBefore(ctx, sentence, left.last);
    return subject?.source ?? null;
  }
  return null;
}

/**
 * The source noun phrase ending at `last`, also across an appositive or a statement phrase set
 * off by commas ("Hugh Hill, a doctor, said"; "Zakharova, in a statement on November 7th, said").
 */
/** Dashes that set an aside off ("Vane — who runs the ferry — told"). */
const DASH_ASIDE = /^(?:—|–|--)$/u;

export function subjectBefore(ctx: AttributionContext, sentence: Sentence, last: number): { source: SourceDraft; start: number } | null {
  const { tokens } = ctx;
  if (last < sentence.tokenStart) return null;
  // "Those surveyed say", "those polled believe": people described by a participle.
  if (last > sentence.tokenStart && tokens[last - 1]!.norm === 'those' && tokens[last]!.pos === 'VERB' && tokens[last]!.norm.endsWith('ed')) {
    const start = tokens[last - 1]!.start;
    const end = tokens[last]!.end;
    const name = ctx.draft.text.slice(start, end);
    return { source: { start, end, tokenStart: last - 1, tokenEnd: last + 1, kind: 'vague', mention: null, role: null, affiliation: null, name }, start: last - 1 };
  }
  // "Rep. Dana Holt (D-Ore.) said": a bracketed party or place after the name belongs to it.
  const nameEnd = beforeBracket(ctx, last, sentence.tokenStart);
  if (nameEnd !== last) {
    const inner = subjectBefore(ctx, sentence, nameEnd);
    return inner ? { source: extendTo(ctx, inner.source, last), start: inner.start } : null;
  }
  // "Mr. Lund (a view others share) said": a longer bracket is an aside, outside the source.
  const asideOpen = tokens[last]!.text === ')' ? bracketOpening(ctx, last, sentence.tokenStart, MAX_BRACKET_ASIDE) : -1;
  if (asideOpen > sentence.tokenStart) return subjectBefore(ctx, sentence, asideOpen - 1);
  // "Vane — who runs the ferry — told ...": an aside between dashes, part of the source as written.
  if (DASH_ASIDE.test(tokens[last]!.text)) {
    for (let c = last - 2; c > Math.max(sentence.tokenStart, last - ASIDE_WINDOW); c--) {
      if (!DASH_ASIDE.test(tokens[c]!.text)) continue;
      const inner = subjectBefore(ctx, sentence, c - 1);
      return inner ? { source: extendTo(ctx, inner.source, last), start: inner.start } : null;
    }
    return null;
  }
  if (tokens[last]!.text === ',') {
    const many = subjectThroughAppositives(ctx, sentence, last);
    if (many) return many;
    let c = last - 1;
    const floor = Math.max(sentence.tokenStart, last - ASIDE_WINDOW);
    while (c > floor && tokens[c]!.text !== ',') c--;
    // (A comma that opens the sentence, as in ", said", has nothing before it: c is then outside the sentence.)
    if (c <= sentence.tokenStart || tokens[c]!.text !== ',' || c === last - 1) return null;
    const inner = tokens[c + 1]!;
    // "Proponents, including the Conference of Mayors, have urged": the list belongs to the source.
    if (ctx.lex.sourceContinuations.has(inner.norm)) {
      const np = nounPhraseEndingAt(ctx, beforeBracket(ctx, c - 1, sentence.tokenStart), sentence.tokenStart);
      const named = np ? describeSource(ctx, np) : null;
      return np && named ? { source: extendTo(ctx, named, last), start: np.tokenStart } : null;
    }
    const aside = ASIDE_OPENERS.has(inner.norm) || inner.pos === 'DET';
    if (!aside) {
      // "Its chief executive, Ana Ruiz, told ..." — the name between the commas is the source,
      // unless a name comes before it ("Senator Dana Holt, Democrat of Ohio, said").
      const name = nounPhraseEndingAt(ctx, last - 1, c + 1);
      const firstNp = nounPhraseEndingAt(ctx, beforeBracket(ctx, c - 1, sentence.tokenStart), sentence.tokenStart);
      const first = firstNp ? describeSource(ctx, firstNp) : null;
      const namedFirst = first !== null && first.kind === 'person' && first.mention !== null;
      const source = name && name.tokenStart === c + 1 && !namedFirst ? describeSource(ctx, name) : null;
      if (!source || source.kind !== 'person' || source.mention === null) {
        // "Dr Priya Nair, chief executive of Northgate Hospital, said": an appositive after the name
        // (and after a bracket: "Rep. Tomas R. Vik (D-Vt.), chairman of ..., said").
        const nameEnd = beforeBracket(ctx, c - 1, sentence.tokenStart);
        const np = nameEnd >= sentence.tokenStart ? nounPhraseEndingAt(ctx, nameEnd, sentence.tokenStart) : null;
        const named = np ? describeSource(ctx, np) : null;
        if (!named || !np) return null;
        // A participle aside ("President Ruiz, opening the museum, said", "The report, published
        // on Monday, found") is not part of the source, whatever the source is.
        if (participleAside(inner)) return { source: named, start: np.tokenStart };
        if (named.mention === null) return null;
        return { source: extendTo(ctx, named, last), start: np.tokenStart };
      }
      const roleStart = matchEndingAt(ctx.names.roles, tokens, c, Math.max(sentence.tokenStart, c - 4));
      const role = source.role ?? (roleStart >= 0 ? textOf(ctx, roleStart, c) : null);
      const rolePhrase = nounPhraseEndingAt(ctx, c - 1, sentence.tokenStart);
      // "A lawyer for the papers, Ivo Lund, said": the phrase opening the sentence before the
      // name is part of the source as written.
      const opening = rolePhrase !== null && rolePhrase.tokenStart === clauseOpening(ctx, sentence);
      const from = rolePhrase && (roleStart >= 0 || opening) ? rolePhrase.tokenStart : name!.tokenStart;
      return { source: { ...source, role, phrase: rangeOfTokens(ctx, from, last + 1) }, start: from };
    }
    const nameEnd = beforeBracket(ctx, c - 1, sentence.tokenStart);
    const np = nameEnd >= sentence.tokenStart ? nounPhraseEndingAt(ctx, nameEnd, sentence.tokenStart) : null;
    const source = np ? describeSource(ctx, np) : null;
    if (!source || !np) return null;
    // "Hugh Hill, a doctor at X, said": the appositive, with its closing comma, is part of the
    // source as written (PolNeAR's convention); an aside such as "in a statement" or "who ..." is not.
    // A participle aside ("President Ruiz, opening the museum, said") is not either.
    // "Ed Ruiz, who chaired the party in 2000, agreed": a relative clause about the speaker is part
    // of the source too, unless it reports speech of its own ("X, who emphasized that ..., said").
    const relative = (inner.norm === 'who' || inner.norm === 'whose') && !reportsSpeech(ctx, c + 2, last) && !hasThatClause(ctx, c + 2, last);
    const appositive = relative || (!ASIDE_CLAUSE_OPENERS.has(inner.norm) && !participleAside(inner));
    return { source: appositive ? extendTo(ctx, source, last) : source, start: np.tokenStart };
  }
  // "Mr. Lund, who stressed", "an architect who said": the relative pronoun stands for the phrase before it.
  if (ctx.lex.relativePronouns.has(tokens[last]!.norm) && tokens[last]!.norm !== 'that') {
    let a = last - 1;
    if (tokens[a]?.text === ',') a--;
    const antecedentNp = a >= sentence.tokenStart ? nounPhraseEndingAt(ctx, a, sentence.tokenStart) : null;
    const antecedent = antecedentNp ? describeSource(ctx, antecedentNp) : null;
    if (!antecedent || antecedent.kind === 'relative' || antecedent.kind === 'pronoun') return null;
    return { source: { ...antecedent, phrase: { start: tokens[last]!.start, end: tokens[last]!.end } }, start: last };
  }
  const reduced = reducedRelativeBefore(ctx, sentence, last);
  if (reduced) return reduced;
  // "The experts I interviewed said": the source's phrase runs through the clause.
  const contactNoun = contactClauseNoun(ctx, last, sentence.tokenStart);
  if (contactNoun >= 0) {
    const inner = subjectBefore(ctx, sentence, contactNoun);
    return inner ? { source: extendTo(ctx, inner.source, last), start: inner.start } : null;
  }
  const np = nounPhraseEndingAt(ctx, last, sentence.tokenStart);
  if (!np) return null;
  const source = describeSource(ctx, np);
  if (source && source.kind === 'relative') {
    // "officials, who said ...": the source is the antecedent; the phrase at the cue is "who".
    let a = np.tokenStart - 1;
    if (tokens[a]?.text === ',') a--;
    const antecedentNp = a >= sentence.tokenStart ? nounPhraseEndingAt(ctx, a, sentence.tokenStart) : null;
    const antecedent = antecedentNp ? describeSource(ctx, antecedentNp) : null;
    if (!antecedent || antecedent.kind === 'relative' || antecedent.kind === 'pronoun') return null;
    return { source: { ...antecedent, phrase: { start: source.start, end: source.end } }, start: np.tokenStart };
  }
  if (!source) return null;
  const relative = restrictiveRelativeBefore(ctx, sentence, np.tokenStart, last);
  if (relative) return relative;
  // "The Ledger and the Gannett chain argued", "The nominee and his aides have not said": two
  // noun phrases joined by "and" open the sentence as one subject.
  const first = coordinatedFirst(ctx, sentence, np.tokenStart);
  if (first >= 0) return { source: { ...source, phrase: { start: tokens[first]!.start, end: source.phrase?.end ?? source.end } }, start: first };
  return { source, start: np.tokenStart };
}

/**
 * Where a subject coordinated with the phrase at `start` begins ("The Ledger and [the Gannett
 * chain]"), when it opens the sentence and names a possible source, else -1.
 */
function coordinatedFirst(ctx: AttributionContext, sentence: Sentence, start: number): number {
  const { tokens } = ctx;
  const and = start - 1;
  if (and - 1 < sentence.tokenStart || tokens[and]!.norm !== 'and') return -1;
  const left = nounPhraseEndingAt(ctx, and - 1, sentence.tokenStart);
  if (!left || !describeSource(ctx, left)) return -1;
  // (Or opens a reported clause: "Ruiz said the board and its partners will propose ...".)
  const before = tokens[left.tokenStart - 1];
  const reported = before !== undefined && left.tokenStart > sentence.tokenStart && (before.norm === 'that' || (before.pos === 'VERB' && ctx.lex.cueForms.has(before.norm)));
  return left.tokenStart === clauseOpening(ctx, sentence) || reported ? left.tokenStart : -1;
}

/** Whether tokens `[from, to)` hold a "that" clause ("who understood that ..."): a belief, not a description. */
function hasThatClause(ctx: AttributionContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.norm === 'that' && ctx.tokens[k]!.pos === 'SCONJ') return true;
  return false;
}

/** Whether tokens `[from, to)` hold a reporting verb. */
function reportsSpeech(ctx: AttributionContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.pos === 'VERB' && ctx.lex.cueForms.has(ctx.tokens[k]!.norm)) return true;
  return false;
}

/** Longest restrictive relative clause between a subject's noun and its cue, in tokens. */
const MAX_RELATIVE = 12;

/**
 * "A survey that the board published found", "Insurers who had covered the pier agreed": the
 * noun phrase ending at the cue (from `npStart`) closes a restrictive relative clause (no
 * commas) on a noun phrase that opens the clause; that phrase is the subject. The source is it,
 * and its phrase runs to the cue. Not when the relative clause reports speech of its own.
 */
function restrictiveRelativeBefore(ctx: AttributionContext, sentence: Sentence, npStart: number, last: number): { source: SourceDraft; start: number } | null {
  const { tokens } = ctx;
  const opening = clauseOpening(ctx, sentence);
  let verb = false;
  for (let k = npStart - 1; k >= Math.max(opening + 1, npStart - MAX_RELATIVE); k--) {
    const t = tokens[k]!;
    if (t.type === 'punctuation' || ctx.opensQuote[k] || ctx.closesQuote[k]) return null;
    if (t.pos === 'VERB') {
      // (A verb that reports only with its preposition, "spoke to", is no cue here.)
      if (ctx.lex.cueForms.has(t.norm) && !ctx.lex.cueForms.get(t.norm)!.entry.particleRequired) return null;
      verb = true;
      continue;
    }
    if ((t.norm === 'that' || t.norm === 'who') && verb) {
      const np = nounPhraseEndingAt(ctx, k - 1, opening);
      if (!np || np.tokenStart !== opening) return null;
      const source = describeSource(ctx, np);
      if (!source || source.kind === 'pronoun' || source.kind === 'relative') return null;
      return { source: extendTo(ctx, source, last), start: np.tokenStart };
    }
  }
  return null;
}

/** Longest participle phrase after a subject's noun ("report released last year"), in tokens. */
const MAX_REDUCED = 12;

/**
 * "A report released last year found", "A poll conducted in August by X shows": a subject noun
 * phrase with a participle and its adjuncts (a time, or a phrase opening with a preposition)
 * between it and the cue. The source is the noun phrase; its phrase runs to the cue.
 */
function reducedRelativeBefore(ctx: AttributionContext, sentence: Sentence, last: number): { source: SourceDraft; start: number } | null {
  const { tokens } = ctx;
  for (let p = last; p > Math.max(sentence.tokenStart, last - MAX_REDUCED); p--) {
    const t = tokens[p]!;
    if (t.type === 'punctuation' || ctx.opensQuote[p] || ctx.closesQuote[p] || t.pos === 'SCONJ' || t.pos === 'AUX') return null;
    if (t.pos !== 'VERB') continue;
    // Another verb between ("found that 74 percent"): not one subject phrase.
    if (!t.norm.endsWith('ed') || p === last || ctx.lex.cueForms.has(t.norm)) return null;
    const next = p + 1;
    const adjunct = ctx.timeAt.has(next) || tokens[next]!.pos === 'ADP';
    const noun = tokens[p - 1];
    if (!adjunct || !noun || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) return null;
    const np = nounPhraseEndingAt(ctx, p - 1, sentence.tokenStart);
    const source = np ? describeSource(ctx, np) : null;
    if (!np || !source || source.kind === 'pronoun' || source.kind === 'relative') return null;
    return { source: extendTo(ctx, source, last), start: np.tokenStart };
  }
  return null;
}

/** Whether an aside opens with a participle ("dedicating the museum"; the tagger may read "opening" as a noun). */
function participleAside(first: Token): boolean {
  return first.pos === 'VERB' || (!first.capitalized && first.norm.endsWith('ing') && first.norm.length > 4);
}

/** Longest bracket after a name, in tokens ("(D-Ore.)", "(R-S.C.)"); a longer one is an aside. */
const MAX_BRACKET = 6;
/** Longest bracketed aside between a subject and its cue, in tokens. */
const MAX_BRACKET_ASIDE = 16;

/** The "(" of the bracket that ends at `close`, at most `reach` tokens back, else -1. */
function bracketOpening(ctx: AttributionContext, close: number, floor: number, reach: number): number {
  for (let k = close - 1; k >= Math.max(floor, close - reach); k--) {
    const t = ctx.tokens[k]!;
    if (t.text === '(') return k;
    if (t.text === ')') return -1;
  }
  return -1;
}

/** The token before a bracket that ends at `k` ("Rep. Ola Berg (R-Iowa)" → "Berg"), else `k`. */
function beforeBracket(ctx: AttributionContext, k: number, floor: number): number {
  const open = ctx.tokens[k]?.text === ')' ? bracketOpening(ctx, k, floor, MAX_BRACKET) : -1;
  return open >= 0 ? open - 1 : k;
}

/** Longest subject with several appositives ("X, 56, who has served ..., told"), in tokens. */
const MAX_APPOSITIVES = 45;

/**
 * "Ana Ruiz, president of the union, which represents teachers, said", "Lindqvist, 56, who has
 * chaired it for a decade, told": a name opening the sentence, then two or more asides set off by
 * commas, then the cue. Each aside must open like an appositive or a relative clause.
 */
function subjectThroughAppositives(ctx: AttributionContext, sentence: Sentence, last: number): { source: SourceDraft; start: number } | null {
  const { tokens } = ctx;
  let start = sentence.tokenStart;
  if (ctx.lex.subordinators.has(tokens[start]!.norm)) return null;
  if (tokens[start]!.pos === 'CCONJ') start++;
  if (last - start > MAX_APPOSITIVES) return null;
  let first = -1;
  let commas = 0;
  // The comma before a later aside that is a "which" clause ("..., president of the union, which
  // represents teachers, said"): it describes the aside, not the speaker, and the source stops there.
  let relativeAt = -1;
  for (let k = start + 1; k < last; k++) {
    const t = tokens[k]!;
    if (TERMINAL.test(t.text) && !(t.text === '.' && !t.spaceBefore)) return null;
    if (ctx.opensQuote[k] || ctx.closesQuote[k]) return null;
    if (t.text !== ',') continue;
    if (first < 0) first = k;
    else if (relativeAt < 0 && (tokens[k + 1]!.norm === 'which' || describesPlace(ctx, k))) relativeAt = k;
    commas++;
    const opener = tokens[k + 1]!;
    const appositive = opener.pos === 'DET' || opener.pos === 'ADJ' || opener.pos === 'NUM' || opener.pos === 'NOUN' || opener.pos === 'PROPN' || APPOSITIVE_WORDS.has(opener.norm);
    if (!appositive) return null;
  }
  if (first < 0 || commas < 2) return null;
  const nameEnd = beforeBracket(ctx, first - 1, start);
  const np = nameEnd >= start ? nounPhraseEndingAt(ctx, nameEnd, start) : null;
  const named = np && np.tokenStart === start ? describeSource(ctx, np) : null;
  if (!named || named.mention === null || (named.kind !== 'person' && named.kind !== 'organization')) return null;
  return { source: extendTo(ctx, named, relativeAt > 0 ? relativeAt : last), start };
}

/**
 * Whether the aside after the comma at `k` describes the place named before it ("..., fisheries
 * chief of Idaho, one of the states that fund the hatchery, said"), not the speaker.
 */
function describesPlace(ctx: AttributionContext, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k + 1]?.norm !== 'one' || tokens[k + 2]?.norm !== 'of' || !tokens[k - 1]?.capitalized) return false;
  return ctx.draft.mentions.some((m) => m.tokenEnd === k && m.kind === 'place');
}

/** The character range of tokens `[from, to)`. */
function rangeOfTokens(ctx: AttributionContext, from: number, to: number): Range {
  return { start: ctx.tokens[from]!.start, end: ctx.tokens[to - 1]!.end };
}

/** A source whose phrase runs on to token `last` (inclusive): an appositive or a bracket after it. */
function extendTo(ctx: AttributionContext, source: SourceDraft, last: number): SourceDraft {
  return { ...source, phrase: { start: source.phrase?.start ?? source.start, end: ctx.tokens[last]!.end } };
}
