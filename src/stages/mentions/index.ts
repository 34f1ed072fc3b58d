import type { DocumentDraft } from '../../pipeline/draft.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Mention } from '../../pipeline/types.js';
import { findNameChunks } from './chunks.js';
import { classifyChunk } from './classify.js';
import { describeAfter, describeBefore, indexChunks } from './describe.js';

/**
 * mentions: names of people, organisations and places, with the titles, roles and affiliations
 * written around them ("Russian Foreign Ministry spokesperson Maria Zakharova").
 */
export const mentionsStage: Stage = {
  name: 'mentions',
  needs: ['segment'],
  run(draft: DocumentDraft): void {
    const lex = draft.lexicons.mentions;
    const { tokens, text } = draft;
    const mentions: Mention[] = [];
    const knownNames = new Set<string>();
    for (const sentence of draft.sentences) {
      const chunks = findNameChunks(tokens, sentence, lex, knownNames);
      const index = indexChunks(chunks);
      const joined = chunks.filter((c) => c.joined);
      for (const chunk of chunks) {
        const before = describeBefore(tokens, chunk, index, sentence.tokenStart, lex);
        const reading = classifyChunk(tokens, chunk, lex, before !== null);
        if (reading.kind === null) continue;
        // Inside "Ukraine’s Prosecutor General’s Office" only a place or organisation stands on its own.
        const inner = !chunk.joined && joined.some((j) => j.tokenStart <= chunk.tokenStart && chunk.tokenEnd <= j.tokenEnd);
        if (inner && reading.kind !== 'place' && reading.kind !== 'organization') continue;
        if (reading.kind === 'person') {
          for (let k = reading.nameStart; k < chunk.tokenEnd; k++) knownNames.add(tokens[k]!.text);
        }
        const after = reading.kind === 'person' ? describeAfter(tokens, chunk, index, sentence.tokenEnd, lex) : null;
        const isPerson = reading.kind === 'person' || reading.kind === 'title';
        const roles = isPerson ? [...reading.titles] : [];
        const affiliations = isPerson ? [...reading.affiliations] : [];
        for (const d of isPerson ? [before, after] : []) {
          if (!d) continue;
          roles.push(d.role);
          if (d.affiliation) affiliations.push(d.affiliation);
        }
        const first = tokens[chunk.tokenStart]!;
        const last = tokens[chunk.tokenEnd - 1]!;
        const end = chunk.possessive ? tokens[chunk.tokenEnd]!.end : last.end;
        const nameStart = reading.kind === 'title' ? first.start : tokens[reading.nameStart]!.start;
        mentions.push({
          index: mentions.length,
          start: first.start,
          end,
          tokenStart: chunk.tokenStart,
          tokenEnd: chunk.tokenEnd,
          kind: reading.kind,
          name: reading.kind === 'title' ? reading.titles.join(' ') : text.slice(nameStart, last.end),
          nameRange: { start: nameStart, end: last.end },
          roles: [...new Set(roles)],
          affiliations: [...new Set(affiliations)],
          possessive: chunk.possessive,
          gender: reading.gender,
          sentence: sentence.index,
        });
      }
    }
    draft.mentions = mentions;
  },
};
