import type { Token } from '../../pipeline/types.js';
import { matchAt, matchEndingAt, surface } from '../../text/phrase-set.js';
import { isPossessive, type NameChunk } from './chunks.js';
import type { MentionsLexicon } from './lexicon/index.js';
import { AFFILIATION_PREPOSITIONS, ARTICLES } from './lexicon/name-parts.js';

/** A role written next to a name, with the organisation or country it is tied to. */
export interface Description {
  readonly role: string;
  readonly affiliation: string | null;
}


/** Chunks of a sentence by first and by last token, for the lookups around a name. */
export interface ChunkIndex {
  readonly byStart: ReadonlyMap<number, NameChunk>;
  readonly byEnd: ReadonlyMap<number, NameChunk>;
}

/** Index a sentence's chunks; the longest chunk wins where several start or end together. */
export function indexChunks(chunks: readonly NameChunk[]): ChunkIndex {
  const byStart = new Map<number, NameChunk>();
  const byEnd = new Map<number, NameChunk>();
  for (const c of chunks) {
    const s = byStart.get(c.tokenStart);
    if (!s || c.tokenEnd - c.tokenStart > s.tokenEnd - s.tokenStart) byStart.set(c.tokenStart, c);
    const e = byEnd.get(c.tokenEnd);
    if (!e || c.tokenEnd - c.tokenStart > e.tokenEnd - e.tokenStart) byEnd.set(c.tokenEnd, c);
  }
  return { byStart, byEnd };
}

/** The chunk that ends exactly at token `end` (exclusive), if any. */
function chunkEndingAt(chunks: ChunkIndex, end: number): NameChunk | undefined {
  return chunks.byEnd.get(end);
}

/** The chunk that starts exactly at token `start`, if any. */
function chunkStartingAt(chunks: ChunkIndex, start: number): NameChunk | undefined {
  return chunks.byStart.get(start);
}

/** Whether every token in `[from, to)` is lower case. */
function allLowerCase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.capitalized) return false;
  return true;
}

/**
 * A lower-case role right before a name, with what stands before the role:
 * "Die Welt’s correspondent Christoph Vanner", "Russian Foreign Ministry spokesperson Maria Zakharova".
 */
export function describeBefore(
  tokens: readonly Token[],
  chunk: NameChunk,
  chunks: ChunkIndex,
  floor: number,
  lex: MentionsLexicon,
): Description | null {
  let roleStart = matchEndingAt(lex.roles, tokens, chunk.tokenStart, Math.max(floor, chunk.tokenStart - 4));
  if (roleStart < 0 || !allLowerCase(tokens, roleStart, chunk.tokenStart)) return null;
  // Lower-case modifiers belong to the role: "emergency planning officer", "housing spokesman".
  for (let n = 0; n < 3 && roleStart - 1 >= floor; n++) {
    const t = tokens[roleStart - 1]!;
    if (t.capitalized || t.type !== 'word' || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) break;
    roleStart--;
  }
  const role = surface(tokens, roleStart, chunk.tokenStart);
  let owner: NameChunk | undefined;
  if (isPossessive(tokens[roleStart - 1])) owner = chunkEndingAt(chunks, roleStart - 1);
  else owner = chunkEndingAt(chunks, roleStart);
  // A lone capitalised word is an affiliation only when it is a known name ("BBC correspondent"),
  // not a capitalised modifier ("Emergency planning officer").
  const single = owner !== undefined && owner.tokenEnd - owner.tokenStart === 1 && !owner.possessive;
  const known =
    owner !== undefined &&
    (/^\p{Lu}{2,}$/u.test(tokens[owner.tokenStart]!.text) ||
      matchAt(lex.places, tokens, owner.tokenStart, owner.tokenEnd) === owner.tokenEnd ||
      matchAt(lex.organizations, tokens, owner.tokenStart, owner.tokenEnd) === owner.tokenEnd);
  if (owner && (!single || known)) return { role, affiliation: surface(tokens, owner.tokenStart, owner.tokenEnd) };
  const prev = tokens[roleStart - 1];
  if (prev && lex.demonyms.has(prev.text)) return { role, affiliation: prev.text };
  return { role, affiliation: null };
}

/**
 * An appositive after a name: "Hugh Hill, a doctor at St Mary’s Hospital," or
 * "Sergei Lavrov, Russia’s foreign minister,".
 */
export function describeAfter(
  tokens: readonly Token[],
  chunk: NameChunk,
  chunks: ChunkIndex,
  limit: number,
  lex: MentionsLexicon,
): Description | null {
  if (chunk.possessive) return null;
  let k = chunk.tokenEnd;
  if (tokens[k]?.text !== ',') return null;
  k++;
  // "X, Russia’s foreign minister,"
  const owner = chunkStartingAt(chunks, k);
  if (owner && owner.possessive) {
    const roleStart = owner.tokenEnd + 1;
    const roleEnd = matchAt(lex.roles, tokens, roleStart, limit);
    if (roleEnd > roleStart && allLowerCase(tokens, roleStart, roleEnd)) {
      return { role: surface(tokens, roleStart, roleEnd), affiliation: surface(tokens, owner.tokenStart, owner.tokenEnd) };
    }
    return null;
  }
  if (tokens[k] && ARTICLES.has(tokens[k]!.norm)) k++;
  for (let m = k; m < Math.min(limit, k + 4); m++) {
    if (tokens[m]!.capitalized || tokens[m]!.type !== 'word') return null;
    const roleEnd = matchAt(lex.roles, tokens, m, limit);
    if (roleEnd <= m) continue;
    const role = surface(tokens, k, roleEnd);
    let affiliation: string | null = null;
    const prep = tokens[roleEnd];
    if (prep && AFFILIATION_PREPOSITIONS.has(prep.norm)) {
      let a = roleEnd + 1;
      if (tokens[a] && ARTICLES.has(tokens[a]!.norm)) a++;
      const org = chunkStartingAt(chunks, a) ?? chunkStartingAt(chunks, roleEnd + 1);
      if (org) affiliation = surface(tokens, org.tokenStart, org.tokenEnd);
    }
    return { role, affiliation };
  }
  return null;
}
