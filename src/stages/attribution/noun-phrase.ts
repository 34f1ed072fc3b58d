import type { Mention, Range, SourceDraft, Token } from '../../pipeline/types.js';
import { CARDINAL_WORDS } from '../../lexicon/number-words.js';
import { hasWord, surface } from '../../text/phrase-set.js';
import { NUMBER_APPROXIMATORS, PEOPLE_QUANTIFIERS } from './lexicon/grammar.js';
import { TERMINAL, type AttributionContext } from './sentence-view.js';

/** A half-open token range holding a noun phrase. */
export interface NounPhrase {
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

const NP_TAGS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'DET', 'PRON']);
const MAX_LENGTH = 14;

/** Whether a word is a known source noun ("police", "critics", "polls"), whatever its tag. */
export function isSourceNoun(ctx: AttributionContext, t: Token): boolean {
  return ctx.lex.groupNouns.has(t.norm) || ctx.lex.documentNouns.has(t.norm) || ctx.lex.vagueNouns.has(t.norm) || ctx.names.organizationHeads.has(t.norm);
}

/** Adverbs of time that may open an appositive (", now a consultant", ", formerly an aide"). */
const TIME_ADVERBS: ReadonlySet<string> = new Set(['now', 'formerly', 'once', 'later', 'previously', 'currently']);

/** Words that open a noun phrase without being part of the source it names. */
const LEADING_NON_SOURCE: ReadonlySet<string> = new Set(['both', 'which', 'whose', 'what']);

/** Possessive determiners, which stay in a phrase ("his spokesman"). */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Determiners that open a noun phrase of their own after a noun ("a plan [the] mayor said ..."). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those']);

/** Whether the words on either side of "and" are alike enough to be one coordinated subject. */
function coordinated(ctx: AttributionContext, left: Token, right: Token): boolean {
  if (left.capitalized && right.capitalized && (ctx.inMention[left.index] || left.pos === 'PROPN') && (ctx.inMention[right.index] || right.pos === 'PROPN')) return true;
  // "Federal and state officials": a sentence-initial adjective may be tagged as a name.
  const guess = ctx.mentionAt.get(left.index);
  const loneCapital = !ctx.inMention[left.index] || (guess !== undefined && guess.kind === 'unknown' && guess.tokenEnd === left.index + 1);
  const adjective = left.pos === 'ADJ' || (left.pos === 'PROPN' && loneCapital);
  if (adjective && (right.pos === 'ADJ' || right.pos === 'NOUN')) return true;
  // "Companies and individuals", "Developers and supporters": plural common nouns.
  const plural = (t: Token): boolean => (t.pos === 'NOUN' || (t.pos === 'PROPN' && (t !== left || loneCapital))) && t.norm.endsWith('s');
  return plural(left) && plural(right);
}

/** Whether a token can be part of a source noun phrase. */
function inNounPhrase(ctx: AttributionContext, t: Token): boolean {
  if (ctx.inMention[t.index]) return true;
  if (ctx.lex.relativePronouns.has(t.norm) && t.pos !== 'DET') return false;
  if (t.norm === "'s" || t.norm === "'") return true;
  // The tagger sometimes reads a source noun as a verb ("According to police").
  if (t.type === 'word' && !t.capitalized && isSourceNoun(ctx, t)) return true;
  return NP_TAGS.has(t.pos) && t.type !== 'punctuation';
}

/**
 * The noun phrase that ends at token `last` (inclusive), walking left: nouns, names, adjectives,
 * determiners and possessives, with prepositional phrases inside ("Reports from the front
 * lines", "officials at the ministry"). Stops at verbs, conjunctions and punctuation.
 */
export function nounPhraseEndingAt(ctx: AttributionContext, last: number, floor: number): NounPhrase | null {
  const { tokens } = ctx;
  let start = last + 1;
  for (let k = last; k >= floor && last - k < MAX_LENGTH; k--) {
    const t = tokens[k]!;
    // "whatever Okafor said", "everything she said": the pronoun is not part of the source.
    // ("They both said": a quantifier floating after the pronoun keeps it.)
    const floating = k === last - 1 && PEOPLE_QUANTIFIERS.has(tokens[last]!.norm) && ctx.lex.pronouns.has(t.norm);
    if (t.pos === 'PRON' && k < last && !POSSESSIVE_PRONOUNS.has(t.norm) && !floating) break;
    // "In a speech Mrs. Okafor said" (no comma): a common noun right before a name ends the phrase,
    // unless it is a role ("the event organizer Alliance", "campaign chairman John Doe").
    const named = start <= last && tokens[start]!.capitalized && ctx.inMention[start] === 1;
    // ("The nonpartisan Commission on ..." opening the sentence keeps its modifier.)
    const premodifier = k - 1 === floor && tokens[k - 1]!.pos === 'DET';
    if (named && !premodifier && t.pos === 'NOUN' && !t.capitalized && !hasWord(ctx.names.roles, t.norm) && !isSourceNoun(ctx, t) && !ctx.inMention[k]) break;
    // "a plan the mayor said would cut fares": a noun right before a determiner ends another
    // phrase, whose relative clause holds the cue.
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && start === k + 1 && start <= last && tokens[start]!.pos === 'DET' && ARTICLES.has(tokens[start]!.norm)) break;
    if (inNounPhrase(ctx, t)) {
      start = k;
      continue;
    }
    // "The Rev. Ada Wall": the full stop of a title abbreviation before a name.
    if (t.text === '.' && !t.spaceBefore && start === k + 1 && k > floor && ctx.draft.lexicons.segment.nonFinalAbbreviations.has(tokens[k - 1]!.norm)) {
      start = k;
      continue;
    }
    // "Mr. Grassley and Mr. Leahy", "federal and state officials", "companies and individuals".
    if ((t.norm === 'and' || t.norm === 'or') && start === k + 1 && k - 1 >= floor && coordinated(ctx, tokens[k - 1]!, tokens[k + 1]!)) {
      start = k;
      continue;
    }
    // ("Gazette/Harbour poll": a slash joins two names as a hyphen joins two words.)
    if (((t.text === '-' || t.text === '‑') || (t.text === '/' && k < last && !tokens[k + 1]!.spaceBefore)) && !t.spaceBefore && k > floor && start === k + 1) {
      start = k;
      continue;
    }
    // "elected officials", "40 percent of registered boatmen", "leading economists", "an audit
    // of newly filed accounts": a participle, and an adverb in -ly before it, before the noun.
    if (t.pos === 'VERB' && k < last && (!t.capitalized || k === floor) && (t.norm.endsWith('ed') || t.norm.endsWith('ing')) && start === k + 1 && tokens[k + 1]!.pos === 'NOUN') {
      const adverb = k - 1 > floor && tokens[k - 1]!.pos === 'ADV' && tokens[k - 1]!.norm.endsWith('ly') ? 1 : 0;
      const before = tokens[k - 1 - adverb];
      if (k - adverb === floor || before?.pos === 'DET' || before?.pos === 'ADP') {
        start = k - adverb;
        k -= adverb;
        continue;
      }
    }
    // A preposition inside the phrase needs a noun on its left: "officials at the ministry",
    // "advisers to the president", "sources close to the talks".
    const left = tokens[k - 1];
    const toSource = t.norm === 'to' && left !== undefined && (left.norm === 'close' || ((left.pos === 'NOUN' || left.pos === 'PROPN') && isSourceNoun(ctx, left)));
    const prep = ctx.lex.nounPhrasePrepositions.has(t.norm) || toSource;
    if (prep && start === k + 1 && k - 1 >= floor && inNounPhrase(ctx, tokens[k - 1]!) && tokens[k - 1]!.pos !== 'DET') {
      start = k;
      continue;
    }
    break;
  }
  if (start > last) return null;
  // A phrase never starts with a preposition, nor with "both" or a relative determiner ("both Mr.
  // Kane and Mr. Shaw say", "which state media claimed": the source is what follows).
  while (start <= last && ((ctx.lex.nounPhrasePrepositions.has(tokens[start]!.norm) && !tokens[start]!.capitalized) || (start < last && LEADING_NON_SOURCE.has(tokens[start]!.norm)))) start++;
  // "Nearly six of 10 boatmen", "Only 40 percent of boatmen": an adverb that bounds the number.
  if (start <= last && start - 1 >= floor && isNumber(tokens[start]!) && NUMBER_APPROXIMATORS.has(tokens[start - 1]!.norm)) start--;
  return start <= last ? { tokenStart: start, tokenEnd: last + 1 } : null;
}

/**
 * The noun phrase that starts at token `first`, walking right, with coordination ("journalists
 * and officials") and, when `throughCommas`, continuations such as ", including ...".
 */
export function nounPhraseStartingAt(ctx: AttributionContext, first: number, limit: number, throughCommas: boolean): NounPhrase | null {
  const { tokens } = ctx;
  let end = first;
  for (let k = first; k < limit; k++) {
    const t = tokens[k]!;
    if (inNounPhrase(ctx, t) && !(t.pos === 'PRON' && k > first && !t.capitalized && t.norm !== "'s")) {
      end = k + 1;
      continue;
    }
    if ((t.norm === 'and' || t.norm === 'or') && k + 1 < limit && inNounPhrase(ctx, tokens[k + 1]!)) continue;
    if ((t.text === '-' || t.text === '‑' || t.text === '/') && !t.spaceBefore && k + 1 < limit && !tokens[k + 1]!.spaceBefore) continue;
    // "the Rev. Ada Wall": the full stop of a title abbreviation before a name.
    if (t.text === '.' && !t.spaceBefore && k > first && k + 1 < limit && tokens[k + 1]!.capitalized && ctx.draft.lexicons.segment.nonFinalAbbreviations.has(tokens[k - 1]!.norm)) continue;
    // "the council on Friday": a preposition before a time ends the phrase.
    if (ctx.lex.nounPhrasePrepositions.has(t.norm) && k > first && k + 1 < limit && inNounPhrase(ctx, tokens[k + 1]!) && !ctx.timeAt.has(k + 1)) continue;
    if (throughCommas && t.text === ',' && k + 1 < limit && ctx.lex.sourceContinuations.has(tokens[k + 1]!.norm)) {
      k++;
      if (tokens[k + 1]?.norm === 'as') k++;
      continue;
    }
    break;
  }
  return end > first ? { tokenStart: first, tokenEnd: end } : null;
}

/** The head noun of a phrase: the last noun before any preposition. */
function headOf(ctx: AttributionContext, np: NounPhrase): Token | null {
  let head: Token | null = null;
  for (let k = np.tokenStart; k < np.tokenEnd; k++) {
    const t = ctx.tokens[k]!;
    // ("advisers to Mayor Holm": "to" opens a phrase after the head, as the other prepositions do.)
    if (k > np.tokenStart && (ctx.lex.nounPhrasePrepositions.has(t.norm) || t.norm === 'to' || t.text === ',')) break;
    // ("They both", "the aides all": a quantifier floating after the head is not the head.)
    if (head !== null && t.pos === 'DET') continue;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || (t.capitalized && t.type === 'word') || isSourceNoun(ctx, t)) head = t;
  }
  return head;
}

/**
 * A person or organisation the mentions stage named, as a source whose phrase is `phrase` (a
 * lone unknown name is a person).
 */
export function sourceOfMention(m: Mention, phrase: Range, name: string = m.name): SourceDraft {
  return {
    start: m.start,
    end: m.nameRange.end,
    tokenStart: m.tokenStart,
    tokenEnd: m.tokenEnd,
    phrase: { start: phrase.start, end: phrase.end },
    kind: m.kind === 'organization' ? 'organization' : 'person',
    mention: m.index,
    role: m.roles[0] ?? null,
    affiliation: m.affiliations[0] ?? null,
    name,
  };
}

/**
 * Read a noun phrase as a source: a pronoun, a person or organisation the mentions stage named
 * (with role and affiliation), or a group, document or vague source by its head noun.
 *
 * @returns null when the phrase cannot be a source ("one that", "those who").
 */
export function describeSource(ctx: AttributionContext, np: NounPhrase): SourceDraft | null {
  const { tokens, draft } = ctx;
  const first = tokens[np.tokenStart]!;
  const lastToken = tokens[np.tokenEnd - 1]!;
  const range = { start: first.start, end: lastToken.end, tokenStart: np.tokenStart, tokenEnd: np.tokenEnd };
  const text = draft.text.slice(range.start, range.end);
  // "They both said": the pronoun before a floating quantifier is the source.
  if (np.tokenEnd - np.tokenStart === 2 && ctx.lex.pronouns.has(first.norm) && PEOPLE_QUANTIFIERS.has(lastToken.norm)) {
    return { start: first.start, end: first.end, tokenStart: np.tokenStart, tokenEnd: np.tokenStart + 1, kind: 'pronoun', mention: null, role: null, affiliation: null, name: first.text };
  }
  if (np.tokenEnd - np.tokenStart === 1) {
    if (ctx.lex.pronouns.has(first.norm)) {
      return { ...range, kind: 'pronoun', mention: null, role: null, affiliation: null, name: text };
    }
    if (ctx.lex.relativePronouns.has(first.norm)) {
      return { ...range, kind: 'relative', mention: null, role: null, affiliation: null, name: text };
    }
    if (ctx.lex.nonSources.has(first.norm)) return null;
  }
  // A named person or organisation inside the phrase; the last one not in a possessive or a
  // prepositional phrase ("Die Welt’s correspondent Christoph Vanner" → Christoph Vanner).
  let named = null;
  for (let k = np.tokenStart; k < np.tokenEnd; k++) {
    const t = tokens[k]!;
    if (k > np.tokenStart && (ctx.lex.nounPhrasePrepositions.has(t.norm) || t.norm === 'to') && !t.capitalized) break;
    const m = ctx.mentionAt.get(k);
    if (!m || m.possessive || m.tokenEnd > np.tokenEnd) continue;
    if (m.kind === 'person' || m.kind === 'title' || m.kind === 'organization' || m.kind === 'unknown') named = m;
  }
  // A lone capitalised word that is a common source noun ("Reports suggest") is read by its head.
  if (named && named.kind === 'unknown' && describeByHead(ctx, np, range, text) !== null) named = null;
  if (named) {
    const kind = named.kind === 'organization' ? 'organization' : 'person';
    const head = headOf(ctx, np);
    // "Acme Corp officials": the head comes after the organisation's name, and decides.
    if (kind === 'organization' && head && head.index >= named.tokenEnd) return describeByHead(ctx, np, range, text);
    // The mention is the name (with a title before it); the phrase is everything that names the
    // source ("White House spokesman Josh Earnest").
    return sourceOfMention(named, range, named.kind === 'title' ? text : named.name);
  }
  // "China said", "the United States said": a country or city alone stands for its government.
  const place = ctx.mentionAt.get(np.tokenStart) ?? ctx.mentionAt.get(np.tokenStart + 1);
  if (place && place.kind === 'place' && !place.possessive && place.tokenEnd === np.tokenEnd && (place.tokenStart === np.tokenStart || first.norm === 'the')) {
    return { ...range, kind: 'organization', mention: place.index, role: null, affiliation: null, name: place.name };
  }
  return describeByHead(ctx, np, range, text);
}

/** Whether a token is a number, in figures or in words ("10", "three"). */
function isNumber(t: Token): boolean {
  return t.pos === 'NUM' || Object.hasOwn(CARDINAL_WORDS, t.norm);
}

/** Classify a source phrase by its head noun. */
function describeByHead(
  ctx: AttributionContext,
  np: NounPhrase,
  range: Pick<SourceDraft, 'start' | 'end' | 'tokenStart' | 'tokenEnd'>,
  text: string,
): SourceDraft | null {
  const base = { ...range, mention: null, role: null, affiliation: null, name: text } as const;
  // "Six in 10 residents say", "one in three said", "six of 10 boatmen say": a share of people.
  const first = np.tokenStart + (NUMBER_APPROXIMATORS.has(ctx.tokens[np.tokenStart]!.norm) ? 1 : 0);
  const share = ctx.tokens[first + 1]?.norm;
  if (isNumber(ctx.tokens[first]!) && (share === 'in' || share === 'of') && first + 2 < np.tokenEnd && isNumber(ctx.tokens[first + 2]!)) return { ...base, kind: 'group' };
  const head = headOf(ctx, np);
  if (!head || ctx.lex.nonSources.has(head.norm)) return null;
  if (ctx.names.organizationHeads.has(head.norm)) return { ...base, kind: 'organization' };
  if (ctx.lex.documentNouns.has(head.norm)) return { ...base, kind: 'document' };
  if (ctx.lex.vagueNouns.has(head.norm)) return { ...base, kind: 'vague' };
  if (ctx.lex.groupNouns.has(head.norm)) return { ...base, kind: 'group' };
  if (hasWord(ctx.names.roles, head.norm)) return { ...base, kind: 'person', role: head.text };
  // "63 percent said", "a majority of voters say": a share of people.
  if (ctx.lex.shareNouns.has(head.norm)) return { ...base, kind: 'group' };
  // (Plurals in -s, and in -men: "congressmen", "fishermen", "women".)
  if (head.pos === 'NOUN' && (head.norm.endsWith('s') || (head.norm.endsWith('men') && head.norm.length > 3))) return { ...base, kind: 'group' };
  // "the announcer", "the ad's narrator": someone or something not otherwise known, with a determiner.
  // ("one slide says": "one" determines the noun too.)
  const opener = ctx.tokens[np.tokenStart]!;
  const determined = opener.pos === 'DET' || opener.pos === 'PRON' || opener.norm === 'one';
  if (head.pos === 'NOUN' && determined && !head.capitalized) return { ...base, kind: 'vague' };
  return null;
}

/** The text of a token range. */
export function textOf(ctx: AttributionContext, from: number, to: number): string {
  return surface(ctx.tokens, from, to);
}

/** Longest bracket or appositive (in tokens) taken into a source phrase after the name. */
const MAX_APPOSITIVE = 40;

/**
 * The phrase of a source named after its cue, widened over what follows the name to the end of
 * the sentence when that is a bracket or an appositive (`said Rep. Lena Park (D-Md.), the
 * deputy leader of the caucus.`, `said Peter Vance, a lawyer who ...`), as PolNeAR marks
 * sources. Not over a quotation, a clause (`, adding that ...`) or a second name (`, and ...`).
 *
 * @param after The token after the source's noun phrase.
 */
export function withTrailingAppositive(ctx: AttributionContext, source: SourceDraft, after: number, sentenceEnd: number): SourceDraft {
  const { tokens } = ctx;
  let k = after;
  // "(D-Ore.)", "(AROS)": a bracket opening with a capital belongs to the name; "(a view many
  // share)" is an aside.
  if (tokens[k]?.text === '(' && !tokens[k + 1]?.capitalized) return source;
  if (tokens[k]?.text === '(') {
    let close = k + 1;
    while (close < Math.min(sentenceEnd, k + 8) && tokens[close]!.text !== ')') close++;
    if (tokens[close]?.text !== ')') return source;
    k = close + 1;
  }
  const last = tokens[k]?.text === ',' ? (appositiveEnd(ctx, k, sentenceEnd) ?? k - 1) : k - 1;
  return last >= after ? widen(ctx, source, last) : source;
}

/** The last token of an appositive that runs from the comma at `comma` to the end of the sentence, or null. */
function appositiveEnd(ctx: AttributionContext, comma: number, sentenceEnd: number): number | null {
  const { tokens } = ctx;
  const opener = tokens[comma + 1];
  if (!opener || comma + 1 >= sentenceEnd) return null;
  // (", of Mayfield Church": where the speaker is from is part of the name, as PolNeAR marks it.)
  // (", now a consultant on trade": a time adverb before an appositive.)
  const timed = TIME_ADVERBS.has(opener.norm) && tokens[comma + 2]?.pos === 'DET';
  const appositive = opener.pos === 'DET' || opener.pos === 'ADJ' || opener.pos === 'NOUN' || opener.pos === 'PROPN' || opener.pos === 'NUM' || opener.norm === 'who' || timed || (opener.norm === 'of' && tokens[comma + 2]?.capitalized === true);
  if (!appositive) return null;
  let end = sentenceEnd;
  while (end > comma + 1 && (TERMINAL.test(tokens[end - 1]!.text) || ctx.closesQuote[end - 1])) end--;
  if (end - comma > MAX_APPOSITIVE) return null;
  for (let j = comma + 1; j < end; j++) {
    if (ctx.opensQuote[j] || ctx.closesQuote[j] || TERMINAL.test(tokens[j]!.text)) return null;
    // ", adding that ...": a clause of the sentence, not part of the name.
    if (tokens[j]!.text === ',' && tokens[j + 1]?.pos === 'VERB') return null;
    // ", who emphasized that ...": a report of its own, not part of the name.
    const cue = opener.norm === 'who' && tokens[j]!.pos === 'VERB' ? ctx.lex.cueForms.get(tokens[j]!.norm) : undefined;
    if (cue && (cue.entry.class === 'speech' || tokens[j + 1]?.norm === 'that')) return null;
  }
  return end - 1;
}

function widen(ctx: AttributionContext, source: SourceDraft, last: number): SourceDraft {
  return { ...source, phrase: { start: source.phrase?.start ?? source.start, end: ctx.tokens[last]!.end } };
}
