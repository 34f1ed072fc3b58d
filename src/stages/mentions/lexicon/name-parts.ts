/**
 * Small words that glue capitalised names together, and capitalised words that never start a
 * name. Lower case. Hand-curated.
 */

/** Lower-case words that may join two capitalised parts of one name ("Bank of England", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS: readonly string[] = [
  'al', 'bin', 'da', 'das', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'el', 'for', 'ibn', 'la', 'le',
  'of', 'on', 'van', 'von', 'y',
];

/** Particles that open a surname when capitalised ("De Vries", "Van Dorn"); not "La", "Le", "Al": words or first names too. */
export const SURNAME_PARTICLES: readonly string[] = ['de', 'van', 'von', 'di', 'da', 'du', 'del', 'della', 'der', 'dos', 'das', 'bin', 'ibn'];

/** Connectors that may only join parts of an organisation's name, never a person's ("of", "for", "on"). */
export const ORGANIZATION_CONNECTORS: readonly string[] = ['for', 'of', 'on'];

/** Articles that may open an appositive after a name ("Hugh Hill, a doctor"). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Prepositions that tie a role to its organisation ("a doctor at St Mary's Hospital"). */
export const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'of', 'for', 'with', 'from', 'in']);

/** Capitalised words that are not names even in the middle of a sentence. */
export const NOT_NAMES: readonly string[] = [
  'i', "i'm", "i've", "i'll", "i'd", 'ok', 'okay', 'tv', 'mp', 'mps', 'ceo', 'pm', 'am', 'covid-19', 'covid',
];

/** Words naming months and weekdays: the times stage owns them, so they never start a name. */
export const CALENDAR_WORDS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur',
  'thurs', 'fri', 'sat', 'sun',
];
