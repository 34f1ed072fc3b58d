/** Words that show a number is a name, an address or a year rather than a quantity. Hand-curated. */

/** Last words of a street address ("575 Wilbraham Road", "9 E 71st St"). Lower case, without period. */
export const STREET_SUFFIXES: readonly string[] = [
  'road', 'rd', 'street', 'st', 'avenue', 'ave', 'av', 'way', 'lane', 'ln', 'drive', 'dr', 'boulevard', 'blvd',
  'place', 'pl', 'court', 'ct', 'square', 'sq', 'terrace', 'crescent', 'close', 'parkway', 'pkwy', 'highway',
  'hwy', 'row', 'gardens', 'mews', 'grove', 'plaza', 'circle', 'alley', 'walk', 'broadway',
];

/** Plural nouns a year-like number qualifies rather than counts ("2018 sales", "1990 elections"). */
export const YEAR_NOUNS: readonly string[] = [
  'sales', 'results', 'earnings', 'figures', 'profits', 'revenues', 'elections', 'accounts', 'forecasts',
  'estimates', 'levels', 'standards', 'models', 'olympics', 'games', 'championships', 'finals', 'budgets',
  'statistics', 'numbers', 'rankings', 'winners', 'nominations', 'awards', 'guidelines', 'rules',
];

/** Words before a number that make it a label ("No. 5", "number 10", "Route 66" are names by capital letter). */
export const LABEL_WORDS: readonly string[] = ['no', 'no.', 'nos', 'number', 'version', 'v', 'episode', 'chapter', 'page', 'pages', 'article', 'section', 'clause', 'room', 'flight', 'platform', 'gate', 'line', 'level', 'grade', 'category', 'class', 'stage', 'phase', 'round', 'week', 'day', 'season', 'series', 'tier', 'size', 'type', 'pick', 'seed'];

/** Words before a hyphenated pair that make it a score or a vote ("won 3-1", "tied at 89-89"). */
export const SCORE_WORDS: readonly string[] = ['won', 'win', 'beat', 'beating', 'lost', 'lose', 'losing', 'drew', 'draw', 'tied', 'tie', 'trail', 'trailed', 'trailing', 'led', 'lead', 'leading', 'score', 'scored', 'scoreline', 'defeat', 'victory', 'vote', 'voted', 'at'];
