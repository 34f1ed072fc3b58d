/** Closed-class words the attribution rules read structure from. Lower case. */

/** Forms of "be": "be" right before a past participle makes the cue passive ("was reported by"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'was', 'were', 'are', 'am']);

/** Subject pronouns that open a relative clause without "who" or "that" ("the experts [I asked]"). */
export const CONTACT_CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

/** Irregular past forms common in such clauses ("the people I [spoke] to", "the aides we [met]"). */
export const CONTACT_CLAUSE_IRREGULAR_PAST: ReadonlySet<string> = new Set(['spoke', 'met', 'saw', 'heard', 'told', 'knew', 'found', 'got', 'sought', 'caught', 'taught']);

/** Prepositions that may end such a clause ("the analysts I spoke [to]"). */
export const CONTACT_CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with', 'from', 'for', 'about']);

/** Participles of a source's wish not to be named ("asked not to be [identified]"). */
export const ANONYMITY_PARTICIPLES: ReadonlySet<string> = new Set(['named', 'identified', 'quoted']);

/** Verbs before "(on) to" and a cue that hand the cue their subject ("went on to say", "continued to insist"). */
export const CONTINUATION_VERBS: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'gone', 'going', 'continue', 'continues', 'continued', 'continuing', 'proceed', 'proceeds', 'proceeded']);

/** Words that open a question reported after "asked" ("Asked whether ...", "when asked why ..."). */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['if', 'whether', 'what', 'who', 'whom', 'whose', 'why', 'how', 'when', 'where', 'which']);

/** Forms of "be" before "asked" that report a question already put ("was asked whether", "has been asked"). */
export const ASKED_PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'been']);

/** Quantifiers that stand alone for a number of people as a subject ("Many believe", "Both think"). */
export const PEOPLE_QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'both', 'few', 'several', 'others']);

/** Object pronouns that can be the listener of "told". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'her', 'us', 'them', 'you']);

/** Connectives set off by commas inside a clause ("told the Ledger, however, that ..."). */
export const CONNECTIVES: ReadonlySet<string> = new Set(['however', 'meanwhile', 'though', 'too', 'also', 'moreover', 'instead', 'nonetheless', 'nevertheless']);

/** First words of an aside between a subject and its cue ("X, a doctor, said"; "X, in a statement, said"). */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'in', 'at', 'during', 'on', 'who', 'whose', 'speaking', 'writing', 'according', 'like', 'including',
  ...CONNECTIVES,
]);

/** First words of an aside that is not part of the source as written ("X, in a statement, said"; "X, who ..., said"). */
export const ASIDE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['in', 'at', 'during', 'on', 'who', 'whose', 'which', 'speaking', 'writing', 'according', 'for', 'however', 'though', 'meanwhile', 'too', 'also']);

/** Prepositions before a participle cue whose subject is the main clause's ("amplified the crisis by citing data"). */
export const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'after', 'while', 'when', 'before', 'without', 'since', 'in', 'for', 'from']);

/** Words that open a subordinate clause before the main one ("As a phone rang, the announcer said"). */
export const SUBORDINATORS: readonly string[] = ['as', 'when', 'while', 'if', 'after', 'before', 'because', 'although', 'though', 'since', 'once', 'until', 'unless', 'whereas', 'whenever'];

/** Finite auxiliaries: after a subject they show that a clause follows, not a noun phrase. */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'may', 'might',
  'must', 'did', 'does', 'do', "'s", "'re", "'ve", "'ll", "'d",
]);

/** Irregular past forms of reporting verbs that the tagger sometimes reads as nouns ("a review panel in 2019 found ..."). */
export const IRREGULAR_PAST_CUES: ReadonlySet<string> = new Set(['found', 'said', 'told', 'wrote', 'thought', 'felt', 'knew', 'saw', 'heard']);

/** Tags that open what follows a verb: a noun phrase or a clause ("found [the] board ...", "found [12] faults"). */
export const OBJECT_OPENING_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'SCONJ']);

/** Adverbs that bound a number opening a source ("Nearly six of 10 boatmen", "Only 40 percent"). */
export const NUMBER_APPROXIMATORS: ReadonlySet<string> = new Set(['nearly', 'almost', 'about', 'roughly', 'around', 'approximately', 'only', 'just', 'barely', 'fully', 'some']);

/** Lemmas of cues whose passive raises the subject of what is reported ("The harbour master is expected to speak"): no source. */
export const RAISING_PASSIVES: ReadonlySet<string> = new Set(['expect']);

/** Particles that make a cue verb mean something else, by lemma ("write off", "show up", "seek out", "called in to the show"). */
export const NOT_CUE_PARTICLES: Readonly<Record<string, readonly string[]>> = {
  write: ['off', 'down'],
  show: ['up', 'off'],
  seek: ['out'],
  call: ['in', 'into', 'back', 'up', 'off', 'around'],
};

/** Prepositions that open a statement phrase ("in a statement", "at a press conference"). */
export const STATEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'during']);

/** Words and marks before a second speaker in one sentence ("..., while critics argued"). */
export const COORDINATORS: ReadonlySet<string> = new Set([',', ';', 'and', 'but', 'while', 'whereas', 'although', 'though', 'as', 'yet', '—', '–']);

/** Conjunctions that open a sentence without being part of what it reports ("But the goal is ..., he said"). */
export const SENTENCE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet', 'or', 'nor']);

/** Discourse markers that open a sentence, set off by a comma, outside what it reports ("In addition, ..."). */
export const DISCOURSE_MARKERS: readonly string[] = [
  'in addition', 'however', 'meanwhile', 'moreover', 'furthermore', 'indeed', 'instead', 'still', 'of course',
  'in fact', 'as it stands', 'details aside', 'at the same time', 'on the other hand', 'for example', 'for instance',
  'in other words', 'nonetheless', 'nevertheless', 'besides', 'likewise', 'similarly', 'by contrast', 'in contrast',
];

/** Words that open an aside about a person besides a noun phrase ("X, 59, of Ashton, who watched ..., said"). */
export const APPOSITIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'of', 'from', 'one', 'now', 'then', 'herself', 'himself']);

/** What one calls when one convenes it ("called an emergency meeting"), not a naming or a demand. */
export const CONVENED_THINGS: ReadonlySet<string> = new Set([
  'meeting', 'meetings', 'election', 'elections', 'vote', 'votes', 'strike', 'strikes', 'session', 'summit', 'referendum',
  'ceasefire', 'truce', 'halt', 'recess', 'conference', 'hearing', 'timeout',
]);

/** Prepositions whose object a participle may follow as a reduced relative ("In a message [posted] Friday, ..."). */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'from', 'with', 'of', 'for', 'during', 'under', 'into', 'through', 'among', 'about']);

/** Prepositions that join a cue right after it when it takes a noun phrase ("bragged [about] the tolls", "looked [into] the claims"). */
export const CUE_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'into']);

/**
 * Cues whose object, up to one of these prepositions, belongs to the cue; what follows is the
 * content ("hailed the pier as a triumph", "voiced concern about the tolls"), as PolNeAR marks
 * them. By lemma. "accuse ... of", "describe ... as", "cite ... as", "express ... about" were
 * tried too and lowered a figure on one of its splits.
 */
export const OBJECT_PREPOSITION_CUES: Readonly<Record<string, readonly string[]>> = {
  hail: ['as'],
  offer: ['about', 'on'],
  sound: ['about', 'on'],
  voice: ['about', 'over'],
};
