/**
 * Words and names that mark organisations. Hand-curated general knowledge; callers add names
 * through the `organizations` lexicon option.
 */

/**
 * Head words that make a capitalised name an organisation when they end it
 * ("Russian Foreign Ministry", "Prosecutor General’s Office", "Bank of England"), and a lower-case
 * noun phrase an organisational source ("the ministry said").
 */
export const ORGANIZATION_HEADS: readonly string[] = [
  'academy', 'administration', 'agency', 'airlines', 'airways', 'alliance', 'army', 'assembly', 'association',
  'authority', 'bank', 'brigade', 'capital', 'communications', 'energy', 'holdings', 'industries', 'insurance',
  'investments', 'labs', 'media', 'motors', 'pharmaceuticals', 'railways', 'securities', 'studios', 'systems',
  'technologies', 'telecom',
  'board', 'bureau', 'cabinet', 'campaign', 'center', 'centre', 'chamber', 'club', 'coalition', 'college',
  'command', 'commission', 'committee', 'company', 'congress', 'consortium', 'corp', 'corporation', 'council',
  'court', 'department', 'directorate', 'embassy', 'federation', 'firm', 'forces', 'foundation', 'fund',
  'government', 'group', 'guard', 'hospital', 'inc', 'institute', 'institution', 'league', 'ltd', 'military',
  'ministry', 'movement', 'network', 'office', 'organisation', 'organization', 'parliament', 'party', 'plc',
  'police', 'presidency', 'regime', 'secretariat', 'senate', 'service', 'society', 'staff', 'team', 'tribunal',
  'trust', 'union', 'university', 'watchdog', 'panel', 'jury',
];

/** Names of news outlets and well-known organisations that carry no head word. */
export const KNOWN_ORGANIZATIONS: readonly string[] = [
  'ABC', 'AFP', 'Al Jazeera', 'Amnesty International', 'AP', 'Associated Press', 'BBC', 'Bloomberg',
  'Breitbart', 'CBS', 'CNN', 'Der Spiegel', 'Die Welt', 'Die Zeit', 'Eurostat', 'Facebook', 'Financial Times',
  'Fox News', 'Frankfurter Allgemeine', 'Gazprom', 'Google', 'Greenpeace', 'Hamas', 'Hezbollah', 'Interfax',
  'Kremlin', 'Le Figaro', 'Le Monde', 'Meta', 'Microsoft', 'NASA', 'NATO', 'NBC', 'Nato', 'Nielsen', 'NPR',
  'OECD', 'Ofcom', 'Ofgem', 'OPEC', 'Opec', 'Pentagon', 'Politico', 'Reuters', 'RIA Novosti', 'Sky News',
  'Tass', 'TASS', 'The Economist', 'The Guardian', 'The Independent', 'The New York Times', 'The Telegraph',
  'The Times', 'The Wall Street Journal', 'The Washington Post', 'Twitter', 'UEFA', 'Ukrinform', 'UN',
  'Unesco', 'UNESCO', 'Unicef', 'UNICEF', 'Wall Street Journal', 'Washington Post', 'White House', 'WHO',
  'Xinhua', 'YouGov',
];
