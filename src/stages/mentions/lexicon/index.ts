import { compilePhrases, type PhraseSet } from '../../../text/phrase-set.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, UNISEX_FIRST_NAMES } from './first-names.js';
import { CALENDAR_WORDS, NAME_CONNECTORS, NOT_NAMES, ORGANIZATION_CONNECTORS, SURNAME_PARTICLES } from './name-parts.js';
import { KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS } from './organizations.js';
import { COUNTRIES, PLACES, REGIONAL_ADJECTIVES } from './places.js';
import { PLACE_PREFIXES, PLACE_SUFFIXES } from './place-words.js';
import { ROLES } from './roles.js';
import { TITLES } from './titles.js';

/** Word lists of the mentions stage, compiled for lookup. */
export interface MentionsLexicon {
  readonly titles: PhraseSet;
  readonly roles: PhraseSet;
  readonly organizationHeads: ReadonlySet<string>;
  readonly organizations: PhraseSet;
  readonly places: PhraseSet;
  /** Words that open or close a place name ("River", "Street"). */
  readonly placePrefixes: ReadonlySet<string>;
  readonly placeSuffixes: ReadonlySet<string>;
  /** Demonyms and regional adjectives, exactly as written ("Russian", "Western"). */
  readonly demonyms: ReadonlySet<string>;
  readonly femaleNames: ReadonlySet<string>;
  readonly maleNames: ReadonlySet<string>;
  readonly unisexNames: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  /** Particles that open a surname when capitalised ("De Vries"). */
  readonly surnameParticles: ReadonlySet<string>;
  readonly organizationConnectors: ReadonlySet<string>;
  /** Lower-case capitalised words that never are or start names. */
  readonly notNames: ReadonlySet<string>;
  /** Forms of reporting verbs ("says"), which end a run of capitalised words in a title-case headline. */
  readonly reportingVerbs: ReadonlySet<string>;
  readonly calendarWords: ReadonlySet<string>;
}

/** Extra entries a caller can add to the mentions stage's lists. */
export interface MentionsLexiconExtras {
  /** Titles written before names ("Chief Rabbi"). */
  readonly titles?: readonly string[];
  /** Role nouns ("ombudsman"). */
  readonly roles?: readonly string[];
  /** Organisation names ("Die Welt"). */
  readonly organizations?: readonly string[];
  /** Place names ("Kherson"). */
  readonly places?: readonly string[];
  /** Women's first names. */
  readonly femaleNames?: readonly string[];
  /** Men's first names. */
  readonly maleNames?: readonly string[];
}

/** Compile the mentions stage's word lists, with the caller's extras. */
export function buildMentionsLexicon(extras: MentionsLexiconExtras = {}, reportingVerbs: ReadonlySet<string> = new Set()): MentionsLexicon {
  const places: string[] = [...PLACES, ...(extras.places ?? [])];
  const demonyms = new Set<string>(REGIONAL_ADJECTIVES);
  for (const c of COUNTRIES) {
    places.push(c.name, ...c.aliases);
    for (const d of c.demonyms) demonyms.add(d);
  }
  return {
    titles: compilePhrases([...TITLES, ...(extras.titles ?? [])], false),
    roles: compilePhrases([...ROLES, ...(extras.roles ?? [])], false),
    organizationHeads: new Set(ORGANIZATION_HEADS),
    organizations: compilePhrases([...KNOWN_ORGANIZATIONS, ...(extras.organizations ?? [])], true),
    places: compilePhrases(places, true),
    placePrefixes: new Set(PLACE_PREFIXES),
    placeSuffixes: new Set(PLACE_SUFFIXES),
    demonyms,
    femaleNames: new Set([...FEMALE_FIRST_NAMES, ...(extras.femaleNames ?? [])]),
    maleNames: new Set([...MALE_FIRST_NAMES, ...(extras.maleNames ?? [])]),
    unisexNames: new Set(UNISEX_FIRST_NAMES),
    connectors: new Set(NAME_CONNECTORS),
    surnameParticles: new Set(SURNAME_PARTICLES),
    organizationConnectors: new Set(ORGANIZATION_CONNECTORS),
    notNames: new Set(NOT_NAMES),
    reportingVerbs,
    calendarWords: new Set(CALENDAR_WORDS),
  };
}
