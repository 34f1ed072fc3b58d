/**
 * Nouns that report what their possessor said or holds, before a "that" clause: "the mayor's
 * claim that the pier was safe". Hand-curated (PolNeAR marks such nouns as cues).
 */
export const NOMINAL_CUE_NOUNS: readonly string[] = [
  'claim', 'claims', 'assertion', 'assertions', 'contention', 'insistence', 'argument', 'warning', 'warnings',
  'suggestion', 'promise', 'promises', 'pledge', 'denial', 'allegation', 'allegations', 'statement', 'view',
  'belief', 'prediction', 'predictions', 'boast', 'admission', 'accusation', 'complaint', 'vow', 'threat',
  'announcement', 'remark', 'remarks', 'comment', 'comments', 'insinuation', 'concern', 'fear', 'hope',
];
