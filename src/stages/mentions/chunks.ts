import type { Sentence, Token } from '../../pipeline/types.js';
import { matchAt } from '../../text/phrase-set.js';
import type { MentionsLexicon } from './lexicon/index.js';

/** A run of capitalised tokens that may name something. */
export interface NameChunk {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** True when a possessive ’s follows the chunk. */
  readonly possessive: boolean;
  /** True when built by joining chunks around a possessive ("Ukraine’s Prosecutor General’s Office"). */
  readonly joined: boolean;
}

const QUOTE_OR_BRACKET = /^[“"‘'(\[«„]$/u;

/** Whether a token is a possessive ending. */
export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && !token.spaceBefore && (token.norm === "'s" || token.norm === "'");
}

/** Whether a name word at `k` opens the sentence, or a quotation or bracket within it. */
function atSentenceStart(tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  if (k === sentence.tokenStart) return true;
  const prev = tokens[k - 1]!;
  return QUOTE_OR_BRACKET.test(prev.text) && (k - 1 === sentence.tokenStart || tokens[k - 2]!.text === ':');
}

/** Whether the word before `k` is a known first name ("Brian" before "May"). */
function afterFirstName(tokens: readonly Token[], k: number, lex: MentionsLexicon): boolean {
  const prev = tokens[k - 1];
  if (!prev || prev.type !== 'word' || tokens[k]!.newlinesBefore > 0 || !tokens[k]!.spaceBefore) return false;
  return lex.femaleNames.has(prev.text) || lex.maleNames.has(prev.text) || lex.unisexNames.has(prev.text);
}

/**
 * Find runs of capitalised words in a sentence: the raw material of person, organisation and
 * place names. A sentence's first word counts only when the tagger calls it a proper noun, a
 * name list starts with it, or it is a name the article used before (`knownNames`: "Grant added").
 */
export function findNameChunks(tokens: readonly Token[], sentence: Sentence, lex: MentionsLexicon, knownNames: ReadonlySet<string>): NameChunk[] {
  const end = sentence.tokenEnd;
  const isNameWord = (k: number): boolean => {
    const t = tokens[k];
    if (!t || t.type !== 'word' || !t.capitalized) return false;
    // A calendar word is a surname after a first name ("Brian May").
    const calendar = lex.calendarWords.has(t.norm.replace(/\.$/, '')) && !afterFirstName(tokens, k, lex);
    if (lex.notNames.has(t.norm) || calendar) return false;
    // "Ana Roe Says Museum Will Open": a reporting verb in a title-case headline is not part of a
    // name ("the Safety Reporting Act" keeps its -ing form).
    if (t.pos === 'VERB' && lex.reportingVerbs.has(t.norm) && !t.norm.endsWith('ing')) return false;
    if (!atSentenceStart(tokens, k, sentence)) return true;
    return (
      t.pos === 'PROPN' ||
      knownNames.has(t.text) ||
      lex.femaleNames.has(t.text) ||
      lex.maleNames.has(t.text) ||
      lex.unisexNames.has(t.text) ||
      matchAt(lex.places, tokens, k, end) > k ||
      matchAt(lex.organizations, tokens, k, end) > k ||
      matchAt(lex.titles, tokens, k, end) > k
    );
  };
  const endsWithOrganizationHead = (from: number, to: number): boolean =>
    to > from && lex.organizationHeads.has(tokens[to - 1]!.norm);

  const raw: NameChunk[] = [];
  for (let i = sentence.tokenStart; i < end; i++) {
    // "De Vries said": a capitalised particle opens the surname after it.
    const particle = tokens[i]!.capitalized && lex.surnameParticles.has(tokens[i]!.norm) && tokens[i + 1]?.spaceBefore === true && isNameWord(i + 1);
    if (!particle && !isNameWord(i)) continue;
    let j = i + 1;
    while (j < end) {
      const t = tokens[j]!;
      if (t.newlinesBefore > 0) break;
      if (isNameWord(j)) {
        j++;
      } else if ((t.text === '-' || t.text === '‑') && !t.spaceBefore && isNameWord(j + 1) && !tokens[j + 1]!.spaceBefore) {
        j += 2;
      } else if (lex.connectors.has(t.norm) && !t.capitalized && isNameWord(j + 1)) {
        if (lex.organizationConnectors.has(t.norm) && !endsWithOrganizationHead(i, j)) break;
        j += 2;
      } else {
        break;
      }
    }
    raw.push({ tokenStart: i, tokenEnd: j, possessive: isPossessive(tokens[j]), joined: false });
    i = j - 1;
  }
  return joinPossessives(tokens, raw, lex);
}

/**
 * Join "A’s B" into one organisation name when B ends with an organisation head word
 * ("Ukraine’s Prosecutor General’s Office"). The first possessor stays as a chunk of its own
 * (Ukraine is also a place); the parts to its right are replaced by the joined name.
 */
function joinPossessives(tokens: readonly Token[], chunks: readonly NameChunk[], lex: MentionsLexicon): NameChunk[] {
  const dropped = new Set<NameChunk>();
  const joined: NameChunk[] = [];
  let chain: NameChunk | null = null;
  for (let c = chunks.length - 2; c >= 0; c--) {
    const a = chunks[c]!;
    const right: NameChunk = chain ?? chunks[c + 1]!;
    if (a.possessive && right.tokenStart === a.tokenEnd + 1 && lex.organizationHeads.has(tokens[right.tokenEnd - 1]!.norm)) {
      dropped.add(chunks[c + 1]!);
      chain = { tokenStart: a.tokenStart, tokenEnd: right.tokenEnd, possessive: right.possessive, joined: true };
    } else if (chain) {
      joined.push(chain);
      chain = null;
    }
  }
  if (chain) joined.push(chain);
  return [...chunks.filter((c) => !dropped.has(c)), ...joined].sort(
    (x, y) => x.tokenStart - y.tokenStart || y.tokenEnd - x.tokenEnd,
  );
}
