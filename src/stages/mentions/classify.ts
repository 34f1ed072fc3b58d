import type { EntityKind } from '../../schema/index.js';
import type { Token } from '../../pipeline/types.js';
import { matchAt, surface } from '../../text/phrase-set.js';
import type { NameChunk } from './chunks.js';
import type { MentionsLexicon } from './lexicon/index.js';

/** What a name chunk is, and which of its words are the name proper. */
export interface ChunkReading {
  readonly kind: EntityKind | 'title' | null;
  /** First token of the name proper, after titles and demonyms. */
  readonly nameStart: number;
  /** Titles written inside the chunk ("President"), as written. */
  readonly titles: readonly string[];
  /** Demonyms, places and organisations written inside the chunk before a title ("Russian"), as written. */
  readonly affiliations: readonly string[];
  readonly gender: 'female' | 'male' | null;
}

const ACRONYM = /^\p{Lu}{2,}s?$/u;

/**
 * Decide what a chunk names. Known organisations and places first; then organisation head
 * words and acronyms; then, after titles and demonyms are set aside, a person when a title or
 * role stands before the name, the first word is a known first name, or two or more proper nouns
 * remain.
 *
 * @param roleBefore Whether a lower-case role noun stands right before the chunk ("spokesperson Maria Zakharova").
 */
export function classifyChunk(tokens: readonly Token[], chunk: NameChunk, lex: MentionsLexicon, roleBefore: boolean): ChunkReading {
  const { tokenStart: from, tokenEnd: to } = chunk;
  const none = { nameStart: from, titles: [], affiliations: [], gender: null } as const;
  if (matchAt(lex.organizations, tokens, from, to) === to) return { ...none, kind: 'organization' };
  if (matchAt(lex.places, tokens, from, to) === to) return { ...none, kind: 'place' };
  const last = tokens[to - 1]!;
  if (chunk.joined || lex.organizationHeads.has(last.norm)) return { ...none, kind: 'organization' };
  // "Ministry of Health", "Bank of England", "University of Leeds": the head comes before "of".
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k]!.norm === 'of' && lex.organizationHeads.has(tokens[k - 1]!.norm)) return { ...none, kind: 'organization' };
  }
  if (to - from === 1 && ACRONYM.test(last.text)) return { ...none, kind: 'organization' };
  if (to - from > 1 && (lex.placePrefixes.has(tokens[from]!.text) || lex.placeSuffixes.has(last.text))) return { ...none, kind: 'place' };

  const titles: string[] = [];
  const affiliations: string[] = [];
  let k = from;
  for (;;) {
    const t = tokens[k];
    if (!t || k >= to) break;
    if (lex.demonyms.has(t.text)) {
      affiliations.push(t.text);
      k++;
      continue;
    }
    const titleEnd = matchAt(lex.titles, tokens, k, to);
    if (titleEnd > k) {
      titles.push(surface(tokens, k, titleEnd));
      k = titleEnd;
      continue;
    }
    // "Environment Secretary Paul Hart": a capitalised word before a title is part of the title;
    // "Forecaster Ana Lima": a role noun written with a capital before a name is a title.
    const after = k + 1 < to ? matchAt(lex.titles, tokens, k + 1, to) : -1;
    const firstName = lex.femaleNames.has(t.text) || lex.maleNames.has(t.text) || lex.unisexNames.has(t.text);
    if (!firstName && after > k + 1 && after < to) {
      titles.push(surface(tokens, k, after));
      k = after;
      continue;
    }
    const roleEnd = matchAt(lex.roles, tokens, k, to);
    if (!firstName && roleEnd > k && roleEnd < to - 1) {
      titles.push(surface(tokens, k, roleEnd));
      k = roleEnd;
      continue;
    }
    // A place or organisation name before a title is an affiliation ("Kyiv Mayor ...", "BBC Director ...").
    const nameEnd = Math.max(matchAt(lex.places, tokens, k, to), matchAt(lex.organizations, tokens, k, to));
    if (nameEnd > k && nameEnd < to && matchAt(lex.titles, tokens, nameEnd, to) > nameEnd) {
      affiliations.push(surface(tokens, k, nameEnd));
      k = nameEnd;
      continue;
    }
    break;
  }
  if (k >= to) {
    return { kind: titles.length > 0 ? 'title' : null, nameStart: to, titles, affiliations, gender: null };
  }
  const first = tokens[k]!.text;
  const gender = lex.femaleNames.has(first) ? 'female' : lex.maleNames.has(first) ? 'male' : null;
  const knownFirstName = gender !== null || lex.unisexNames.has(first);
  const properWords = to - k >= 2 && tokens.slice(k, to).every((t) => !ACRONYM.test(t.text) || t.text.length <= 2);
  if (titles.length > 0 || roleBefore || knownFirstName || properWords) {
    return { kind: 'person', nameStart: k, titles, affiliations, gender };
  }
  if (matchAt(lex.places, tokens, k, to) === to) return { kind: 'place', nameStart: k, titles, affiliations, gender: null };
  return { kind: 'unknown', nameStart: k, titles, affiliations, gender: null };
}
