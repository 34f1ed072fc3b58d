import type { Hedge } from '../../../schema/index.js';
import { compilePhrases, type PhraseSet } from '../../../text/phrase-set.js';
import { CONNECTIVES, HEDGES, TRAILING_CLAUSE_STARTS } from './hedges.js';

/** Word lists of the claims stage, compiled for lookup. */
export interface ClaimsLexicon {
  readonly hedges: ReadonlyMap<string, Hedge['kind']>;
  readonly hedgePhrases: PhraseSet;
  readonly connectives: ReadonlySet<string>;
  readonly trailingClauseStarts: ReadonlySet<string>;
}

/** Compile the claims stage's word lists. */
export function buildClaimsLexicon(): ClaimsLexicon {
  return {
    hedges: new Map(Object.entries(HEDGES)),
    hedgePhrases: compilePhrases(Object.keys(HEDGES), false),
    connectives: new Set(CONNECTIVES),
    trailingClauseStarts: new Set(TRAILING_CLAUSE_STARTS),
  };
}
