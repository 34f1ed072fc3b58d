import { NOMINAL_CUE_NOUNS } from './nominal-cues.js';
import { DISCOURSE_MARKERS, SUBORDINATORS } from './grammar.js';
import { POLNEAR_CUE_VERBS } from './polnear-cues.js';
import { compilePhrases, type PhraseSet } from '../../../text/phrase-set.js';
import {
  CITED_MATERIAL,
  CITING_WORDS,
  CUE_AUXILIARIES,
  NEGATIONS,
  NOUN_PHRASE_PREPOSITIONS,
  SOURCE_CONTINUATIONS,
  STATEMENT_NOUNS,
} from './context.js';
import { COLON_CUE_FORMS, CUE_PARTICLES } from './cue-particles.js';
import { CUE_VERBS, type CueVerbEntry } from './cue-verbs.js';
import {
  DOCUMENT_SOURCE_NOUNS,
  GROUP_SOURCE_NOUNS,
  NON_SOURCES,
  RELATIVE_PRONOUNS,
  SHARE_NOUNS,
  SOURCE_PRONOUNS,
  VAGUE_SOURCE_NOUNS,
} from './sources.js';

export type { CueVerbEntry } from './cue-verbs.js';

/** An inflected form of a reporting verb. */
export interface CueForm {
  readonly entry: CueVerbEntry;
  /** True for the -ing form ("noting"), which takes its subject from the main clause after a comma. */
  readonly participle: boolean;
  /** Prepositions that join the cue when they follow it ("called for"). */
  readonly particles: ReadonlySet<string> | null;
}

/** Word lists of the attribution stage, compiled for lookup. */
export interface AttributionLexicon {
  readonly cueForms: ReadonlyMap<string, CueForm>;
  /** Verbs that are cues only before a colon ("continued:"), form → lemma. */
  readonly colonCueForms: ReadonlyMap<string, string>;
  readonly vagueNouns: ReadonlySet<string>;
  readonly groupNouns: ReadonlySet<string>;
  readonly documentNouns: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly nonSources: ReadonlySet<string>;
  /** Nouns for a share of people ("percent", "majority"). */
  readonly shareNouns: ReadonlySet<string>;
  readonly statementNouns: ReadonlySet<string>;
  readonly subordinators: ReadonlySet<string>;
  readonly citingWords: ReadonlySet<string>;
  readonly citedMaterial: PhraseSet;
  /** Discourse markers that open a sentence outside its reported content ("In addition, ..."). */
  readonly discourseMarkers: PhraseSet;
  readonly auxiliaries: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  readonly nounPhrasePrepositions: ReadonlySet<string>;
  /** Reporting nouns after a possessor ("the mayor's claim that ..."). */
  readonly nominalCues: ReadonlySet<string>;
  readonly sourceContinuations: ReadonlySet<string>;
}

/** Extra entries a caller can add to the attribution stage's lists. */
export interface AttributionLexiconExtras {
  /** Reporting verbs ("grumble"); forms are derived when not given. */
  readonly cues?: readonly CueVerbEntry[];
}

const CONSONANT_Y = /[^aeiou]y$/;
const SIBILANT = /(?:s|x|z|ch|sh)$/;

/** The regular inflections of a verb: base, third person, past, -ing. */
export function inflect(lemma: string): string[] {
  const third = SIBILANT.test(lemma) ? `${lemma}es` : CONSONANT_Y.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : CONSONANT_Y.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = lemma.endsWith('e') && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [lemma, third, past, ing];
}

/** Compile the attribution stage's word lists, with the caller's extras. */
export function buildAttributionLexicon(extras: AttributionLexiconExtras = {}): AttributionLexicon {
  const cueForms = new Map<string, CueForm>();
  // Hand-written entries win over mined ones for the same form; the caller's extras win over both.
  for (const entry of [...POLNEAR_CUE_VERBS, ...CUE_VERBS, ...(extras.cues ?? [])]) {
    for (const form of entry.forms ?? inflect(entry.lemma)) {
      const particles = Object.hasOwn(CUE_PARTICLES, entry.lemma) ? new Set(CUE_PARTICLES[entry.lemma]) : null;
      cueForms.set(form.toLowerCase(), { entry, participle: form.endsWith('ing'), particles });
    }
  }
  return {
    cueForms,
    colonCueForms: new Map(Object.entries(COLON_CUE_FORMS)),
    vagueNouns: new Set(VAGUE_SOURCE_NOUNS),
    groupNouns: new Set(GROUP_SOURCE_NOUNS),
    documentNouns: new Set(DOCUMENT_SOURCE_NOUNS),
    pronouns: new Set(SOURCE_PRONOUNS),
    relativePronouns: new Set(RELATIVE_PRONOUNS),
    nonSources: new Set(NON_SOURCES),
    shareNouns: new Set(SHARE_NOUNS),
    statementNouns: new Set(STATEMENT_NOUNS),
    subordinators: new Set(SUBORDINATORS),
    citingWords: new Set(CITING_WORDS),
    citedMaterial: compilePhrases(CITED_MATERIAL, false),
    discourseMarkers: compilePhrases(DISCOURSE_MARKERS, false),
    auxiliaries: new Set(CUE_AUXILIARIES),
    negations: new Set(NEGATIONS),
    nounPhrasePrepositions: new Set(NOUN_PHRASE_PREPOSITIONS),
    nominalCues: new Set(NOMINAL_CUE_NOUNS),
    sourceContinuations: new Set(SOURCE_CONTINUATIONS),
  };
}
