/**
 * Nouns that head a source noun phrase and tell its kind: "critics" (group), "sources" (vague),
 * "polls" (document). Lower case, singular and plural. Hand-curated.
 */

/** Heads of vague sources. */
export const VAGUE_SOURCE_NOUNS: readonly string[] = [
  'source', 'sources', 'insider', 'insiders', 'observer', 'observers', 'people', 'some', 'others', 'many',
  'most', 'both', 'few', 'several',
  'person', 'someone', 'rumours', 'rumors', 'reports', 'accounts',
];

/** Heads of group sources. */
export const GROUP_SOURCE_NOUNS: readonly string[] = [
  'activists', 'analysts', 'authorities', 'campaigners', 'critics', 'diplomats', 'doctors', 'economists',
  'experts', 'investigators', 'lawmakers', 'leaders', 'locals', 'members', 'ministers', 'mps', 'officers',
  'officials', 'opponents', 'organisers', 'organizers', 'parents', 'police', 'politicians', 'prosecutors',
  'protesters', 'researchers', 'residents', 'scientists', 'senators', 'soldiers', 'supporters', 'survivors',
  'teachers', 'traders', 'voters', 'witnesses', 'workers', 'commentators', 'journalists', 'reporters',
  'correspondents', 'allies', 'aides', 'advisers', 'advisors', 'executives', 'unions', 'families', 'relatives',
];

/** Heads of document and evidence sources. */
export const DOCUMENT_SOURCE_NOUNS: readonly string[] = [
  'analysis', 'assessment', 'audit', 'census', 'data', 'document', 'documents', 'estimate', 'estimates',
  'evidence', 'figures', 'filing', 'findings', 'footage', 'inquiry', 'investigation', 'letter', 'memo', 'paper',
  'papers', 'minutes', 'forecast', 'forecasts', 'tests', 'results', 'analyses', 'calculations',
  'poll', 'polls', 'record', 'records', 'report', 'reports', 'research', 'review', 'statement', 'statistics',
  'studies', 'study', 'survey', 'surveys', 'video', 'website', 'polling', 'models', 'projections',
  'slide', 'slides', 'transcript', 'chart', 'graph', 'table', 'map', 'book', 'article', 'editorial', 'column',
  'tweet', 'tweets', 'post', 'ad', 'ads', 'advert', 'advertisement', 'lawsuit', 'complaint', 'brief', 'ruling',
  'verdict', 'bill', 'legislation', 'memoir', 'email', 'emails', 'message', 'release', 'index', 'model',
  'documentary', 'clip', 'petition', 'resolution', 'manifesto', 'questionnaire', 'filings', 'average', 'averages',
];

/** Personal pronouns that can be sources. */
export const SOURCE_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'it', 'we', 'i', 'you'];

/** Relative pronouns: the source is their antecedent ("officials, who said ..."). */
export const RELATIVE_PRONOUNS: readonly string[] = ['who', 'which', 'that'];

/** Pronouns and determiners that never make a source on their own ("those who believe", "one that highlights"). */
export const NON_SOURCES: readonly string[] = ['one', 'those', 'this', 'these', 'that', 'what', 'which', 'it', 'there'];

/** Nouns for a share of people that can be a source ("63 percent said", "a majority say"). */
export const SHARE_NOUNS: readonly string[] = ['percent', 'per cent', '%', 'majority', 'minority', 'plurality', 'half', 'third', 'quarter', 'two-thirds', 'three-quarters'];

/** Labels before a colon that name a part of the page, not a speaker ("Correction: ..."). Lower case. */
export const NON_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'correction', 'corrections', 'clarification', 'update', 'updated', 'the latest', "editor's note", 'note',
  'related', 'read more', 'see also', 'watch', 'background', 'analysis', 'opinion', 'disclosure', 'photo', 'photos',
]);
