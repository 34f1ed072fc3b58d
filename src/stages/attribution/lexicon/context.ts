/** Words that frame when and on what basis a source speaks. Lower case. Hand-curated. */

/** Nouns of statement events: "in a statement", "in an interview", "at a press conference". */
export const STATEMENT_NOUNS: readonly string[] = [
  'address', 'announcement', 'article', 'blog', 'briefing', 'broadcast', 'column', 'comments', 'conference',
  'essay', 'hearing', 'interview', 'letter', 'message', 'op-ed', 'podcast', 'post', 'release', 'remarks',
  'speech', 'statement', 'testimony', 'tweet', 'video', 'appearance', 'session', 'email', 'e-mail', 'twitter',
  'facebook', 'instagram', 'phone', 'telephone', 'call', 'rally', 'event', 'debate', 'show', 'program', 'programme',
];

/** Verbs that introduce a cited source: "citing data from X". */
export const CITING_WORDS: readonly string[] = ['citing', 'cited', 'cites', 'quoting'];

/** Nouns between "citing" and the cited source: "citing data from X". */
export const CITED_MATERIAL: readonly string[] = [
  'data', 'figures', 'information', 'statistics', 'numbers', 'estimates', 'reports', 'a report', 'documents',
  'records', 'intelligence', 'sources', 'research', 'findings', 'a study', 'a survey', 'polls', 'evidence',
];

/** Words between subject and cue that do not break their link: auxiliaries and common adverbs. */
export const CUE_AUXILIARIES: readonly string[] = [
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'am', 'be', 'been', 'being', 'will', 'would', 'could', 'should',
  'may', 'might', 'must', 'can', 'did', 'does', 'do', "'s", "'ve", "'d", "'ll", 'also', 'not', "n't", 'never',
];

/** Negation words between subject and cue ("did not say"). */
export const NEGATIONS: readonly string[] = ['not', "n't", 'never', 'no longer'];

/** Words that may stand inside a source noun phrase between nouns ("Reports from the front lines"). */
export const NOUN_PHRASE_PREPOSITIONS: readonly string[] = ['of', 'from', 'for', 'at', 'with', 'in', 'on', 'by', 'close'];

/** Nouns that make a sentence-opening "In ..." phrase a source ("In a survey published on Tuesday, ..."). */
export const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys']);

/** Words that let an "according to" source run on past a comma ("according to sources, including ..."). */
export const SOURCE_CONTINUATIONS: readonly string[] = ['including', 'such', 'especially', 'notably', 'among', 'mainly', 'mostly'];
