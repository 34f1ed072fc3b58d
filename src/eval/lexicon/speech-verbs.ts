/**
 * Verbs of saying, for the speech-cue subset of the attribution evaluation (the subset the Gender
 * Gap Tracker's quote evaluation covers): a gold attribution is in the subset when its cue has
 * one of these verbs or "according to". Lemmas, hand-curated; forms are derived.
 */

/** Lemmas of verbs of saying. */
export const SPEECH_VERB_LEMMAS: readonly string[] = [
  'accuse', 'acknowledge', 'add', 'admit', 'advise', 'agree', 'allege', 'announce', 'answer', 'argue', 'ask',
  'assert', 'assure', 'boast', 'caution', 'claim', 'comment', 'complain', 'concede', 'conclude', 'confirm',
  'contend', 'continue', 'counter', 'cry', 'declare', 'deny', 'describe', 'disagree', 'dismiss', 'emphasise',
  'emphasize', 'explain', 'inform', 'insist', 'joke', 'maintain', 'mention', 'note', 'object', 'observe', 'pledge',
  'point', 'predict', 'promise', 'quip', 'quote', 'recall', 'reiterate', 'remark', 'reply', 'report', 'respond',
  'retort', 'reveal', 'say', 'scream', 'shout', 'speak', 'state', 'stress', 'suggest', 'talk', 'tell', 'testify',
  'threaten', 'tweet', 'urge', 'vow', 'warn', 'whisper', 'write', 'yell',
];

/** Irregular forms of the lemmas above. */
export const SPEECH_VERB_IRREGULAR: readonly string[] = [
  'said', 'told', 'spoke', 'spoken', 'wrote', 'written', 'cried', 'replied', 'denied', 'testified', 'admitted',
];
