/**
 * Reporting verbs: the cues of attribution. Hand-curated from the verbs that news uses to report
 * speech, belief and evidence (the PolNeAR categories); the list is data, and callers add to it
 * through the `cues` lexicon option.
 *
 * - `class`: speech ("said"), belief ("believe"), evidence ("show"), or speech act ("accuse").
 * - `content`: what follows the cue as its content: a clause ("said that ..."), a noun phrase
 *   ("emphasised his commitment"), or either.
 * - `recipient`: the cue takes a listener before its content ("told reporters that").
 * - `bare`: the cue takes a clause without "that" ("said the plan failed"); other clause-taking
 *   cues need "that", a quotation or a clause with a subject after them.
 * - `forms`: inflected forms, for verbs whose forms the regular rules get wrong.
 */

/** One reporting verb. */
export interface CueVerbEntry {
  readonly lemma: string;
  readonly class: 'speech' | 'belief' | 'evidence' | 'act';
  readonly content: 'clause' | 'np' | 'either';
  readonly recipient?: boolean;
  readonly forms?: readonly string[];
  /** A particle that completes the verb ("point out"). */
  readonly particle?: string;
  /** Takes a clause without "that". */
  readonly bare?: boolean;
  /** A cue only with one of its prepositions after it (`CUE_PARTICLES`: "spoke of", not "spoke"). */
  readonly particleRequired?: boolean;
  /**
   * The subject is part of what is reported, not its source ("The figures appear to be wrong":
   * the writer's hedge about the figures): the content is the subject and what follows the cue.
   */
  readonly subjectIsContent?: boolean;
}

/** The built-in reporting verbs. */
export const CUE_VERBS: readonly CueVerbEntry[] = [
  { lemma: 'say', class: 'speech', content: 'clause', bare: true, forms: ['say', 'says', 'said', 'saying'] },
  { lemma: 'speak', class: 'speech', content: 'np', particleRequired: true, forms: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'] },
  { lemma: 'talk', class: 'speech', content: 'np', particleRequired: true },
  { lemma: 'tell', class: 'speech', content: 'clause', bare: true, recipient: true, forms: ['tell', 'tells', 'told', 'telling'] },
  { lemma: 'add', class: 'speech', content: 'clause', bare: true },
  { lemma: 'claim', class: 'speech', content: 'either' },
  { lemma: 'report', class: 'speech', content: 'either' },
  { lemma: 'argue', class: 'speech', content: 'clause', bare: true },
  { lemma: 'contend', class: 'speech', content: 'clause', bare: true },
  { lemma: 'insist', class: 'speech', content: 'clause', bare: true },
  { lemma: 'state', class: 'speech', content: 'clause', bare: true },
  { lemma: 'declare', class: 'speech', content: 'clause', bare: true },
  { lemma: 'assert', class: 'speech', content: 'clause', bare: true },
  { lemma: 'explain', class: 'speech', content: 'clause' },
  { lemma: 'note', class: 'speech', content: 'clause' },
  { lemma: 'observe', class: 'speech', content: 'clause' },
  { lemma: 'remark', class: 'speech', content: 'clause' },
  { lemma: 'comment', class: 'speech', content: 'clause' },
  { lemma: 'announce', class: 'speech', content: 'either' },
  { lemma: 'confirm', class: 'speech', content: 'either' },
  { lemma: 'deny', class: 'speech', content: 'either', forms: ['deny', 'denies', 'denied', 'denying'] },
  { lemma: 'admit', class: 'speech', content: 'either', forms: ['admit', 'admits', 'admitted', 'admitting'] },
  { lemma: 'acknowledge', class: 'speech', content: 'either' },
  { lemma: 'concede', class: 'speech', content: 'clause', bare: true },
  { lemma: 'allege', class: 'speech', content: 'clause', bare: true },
  { lemma: 'accuse', class: 'act', content: 'np' },
  { lemma: 'warn', class: 'speech', content: 'clause', bare: true },
  { lemma: 'caution', class: 'speech', content: 'clause' },
  { lemma: 'stress', class: 'speech', content: 'either' },
  { lemma: 'emphasize', class: 'speech', content: 'either' },
  { lemma: 'emphasise', class: 'speech', content: 'either' },
  { lemma: 'highlight', class: 'speech', content: 'either' },
  { lemma: 'underline', class: 'speech', content: 'either' },
  { lemma: 'reiterate', class: 'speech', content: 'either' },
  { lemma: 'repeat', class: 'speech', content: 'clause' },
  { lemma: 'predict', class: 'speech', content: 'either' },
  { lemma: 'forecast', class: 'speech', content: 'either', forms: ['forecast', 'forecasts', 'forecasted', 'forecasting'] },
  { lemma: 'estimate', class: 'speech', content: 'clause', bare: true },
  { lemma: 'promise', class: 'speech', content: 'clause', bare: true },
  { lemma: 'pledge', class: 'speech', content: 'clause', bare: true },
  { lemma: 'vow', class: 'speech', content: 'clause', bare: true },
  { lemma: 'threaten', class: 'speech', content: 'clause' },
  { lemma: 'complain', class: 'speech', content: 'clause' },
  { lemma: 'suggest', class: 'evidence', content: 'either' },
  { lemma: 'indicate', class: 'evidence', content: 'either' },
  { lemma: 'show', class: 'evidence', content: 'either', forms: ['show', 'shows', 'showed', 'shown', 'showing'] },
  { lemma: 'reveal', class: 'evidence', content: 'either' },
  { lemma: 'find', class: 'evidence', content: 'clause', forms: ['find', 'finds', 'found', 'finding'] },
  { lemma: 'conclude', class: 'evidence', content: 'clause' },
  { lemma: 'believe', class: 'belief', content: 'clause', bare: true },
  { lemma: 'think', class: 'belief', content: 'clause', bare: true, forms: ['think', 'thinks', 'thought', 'thinking'] },
  { lemma: 'fear', class: 'belief', content: 'clause', bare: true },
  { lemma: 'expect', class: 'belief', content: 'clause', bare: true },
  { lemma: 'doubt', class: 'belief', content: 'clause', bare: true },
  { lemma: 'point', class: 'speech', content: 'clause', particle: 'out' },
  { lemma: 'write', class: 'speech', content: 'clause', bare: true, forms: ['write', 'writes', 'wrote', 'written', 'writing'] },
  { lemma: 'tweet', class: 'speech', content: 'clause' },
  { lemma: 'post', class: 'speech', content: 'clause' },
  { lemma: 'testify', class: 'speech', content: 'clause', bare: true, forms: ['testify', 'testifies', 'testified', 'testifying'] },
  { lemma: 'recall', class: 'speech', content: 'clause' },
  { lemma: 'maintain', class: 'speech', content: 'clause', bare: true },
  { lemma: 'reply', class: 'speech', content: 'clause', forms: ['reply', 'replies', 'replied', 'replying'] },
  { lemma: 'respond', class: 'speech', content: 'clause' },
  { lemma: 'ask', class: 'speech', content: 'clause' },
];
