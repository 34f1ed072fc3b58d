/** Words that hedge a claim, by kind. Lower case; multi-word hedges as one string. Hand-curated. */
import type { Hedge } from '../../../schema/index.js';

/** Hedge words and phrases → kind. */
export const HEDGES: Readonly<Record<string, Hedge['kind']>> = {
  'an estimated': 'estimate', estimated: 'estimate', estimates: 'estimate', 'is estimated': 'estimate',
  reportedly: 'reported', allegedly: 'reported', purportedly: 'reported', supposedly: 'reported',
  'is said to': 'reported', 'are said to': 'reported', 'was said to': 'reported', 'were said to': 'reported',
  'according to reports': 'reported', rumoured: 'reported', rumored: 'reported',
  if: 'conditional', unless: 'conditional', 'provided that': 'conditional', 'as long as': 'conditional',
  may: 'modal', might: 'modal', could: 'modal', would: 'modal', should: 'modal', 'could be': 'modal',
  possibly: 'uncertain', perhaps: 'uncertain', probably: 'uncertain', likely: 'uncertain', apparently: 'uncertain',
  seemingly: 'uncertain', unclear: 'uncertain', uncertain: 'uncertain', unconfirmed: 'uncertain',
};

/** Leading words of a sentence that are not part of an unattributed claim ("However, ..."). */
export const CONNECTIVES: readonly string[] = [
  'however', 'meanwhile', 'moreover', 'furthermore', 'but', 'and', 'yet', 'still', 'indeed', 'also', 'so',
  'nevertheless', 'nonetheless', 'instead', 'meantime', 'besides', 'additionally', 'thus', 'therefore',
];

/** Words that start a trailing non-restrictive clause, cut from unattributed claims (", where ..."). */
export const TRAILING_CLAUSE_STARTS: readonly string[] = ['where', 'which', 'who', 'whom', 'whose', 'while', 'when'];
