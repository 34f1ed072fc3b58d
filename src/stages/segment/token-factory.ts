/**
 * Every token is built here, by one object literal with its fields in one order, so that all
 * tokens share one hidden class in V8: code that reads tokens stays monomorphic, and is not
 * deoptimised when a document brings a token built elsewhere (a repaired number, a joined
 * quotation mark).
 */
import type { Token } from '../../pipeline/types.js';

/** A token with these fields. */
export function makeToken(f: Token): Token {
  return {
    index: f.index,
    start: f.start,
    end: f.end,
    text: f.text,
    norm: f.norm,
    pos: f.pos,
    type: f.type,
    spaceBefore: f.spaceBefore,
    newlinesBefore: f.newlinesBefore,
    capitalized: f.capitalized,
  };
}

/** A copy of a token with some fields changed (its index, mostly). */
export function withFields(t: Token, changes: Partial<Token>): Token {
  return makeToken({ ...t, ...changes });
}
