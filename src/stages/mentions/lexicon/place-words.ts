/** Words that make a capitalised name a place: "River Wend", "Lake Geneva", "Baker Street". Hand-curated. */

/** Words that open a place name. */
export const PLACE_PREFIXES: readonly string[] = ['Bay', 'Cape', 'Fort', 'Gulf', 'Isle', 'Lake', 'Mount', 'Mt', 'Mt.', 'River'];

/** Words that close a place name. */
export const PLACE_SUFFIXES: readonly string[] = [
  'Avenue', 'Bay', 'Bridge', 'Canal', 'Coast', 'County', 'Desert', 'District', 'Hills', 'Island', 'Islands', 'Lake',
  'Mountains', 'Oblast', 'Ocean', 'Park', 'Peninsula', 'Province', 'Region', 'River', 'Road', 'Sea', 'Square',
  'Strait', 'Street', 'Valley',
];
