/**
 * Cues mined from the training split of PolNeAR (Newell, Margolin & Ruths, LREC 2018; 840
 * articles, 19,834 attributions) with `node scripts/mine-cues.mjs`, then curated by hand: the
 * words that head a gold cue at least 5 times and are a cue in at least 30% of their
 * occurrences, that the hand-written list in `cue-verbs.ts` lacks, kept when they report speech,
 * a stance or an act towards someone ("praised", "blamed", "endorsed") and dropped when they are
 * function words or adverbs ("'s", "widely", "quickly"). Words heading a gold cue 3 to 5
 * times and a cue in at least 60% of their occurrences are kept when they are reporting verbs
 * of any news lexicon ("yelled", "opined"). A word added later stays only if it lowers no figure
 * on either split. The counts in the comments are "cue / occurrences" in the training split.
 * Only word lists derived from the corpus are kept, none of its text.
 */
import type { CueVerbEntry } from './cue-verbs.js';

/** Reporting verbs learned from PolNeAR's training split. */
export const POLNEAR_CUE_VERBS: readonly CueVerbEntry[] = [
  { lemma: 'call', class: 'act', content: 'np' }, // called 225/388
  { lemma: 'describe', class: 'speech', content: 'np' }, // described 69/82
  { lemma: 'decline', class: 'speech', content: 'either' }, // declined 66/88 ("declined to comment")
  { lemma: 'endorse', class: 'act', content: 'np' }, // endorsed 64/99
  { lemma: 'seem', class: 'belief', content: 'either', subjectIsContent: true }, // seemed 63/104
  { lemma: 'criticize', class: 'act', content: 'np' }, // criticized 56/80
  { lemma: 'criticise', class: 'act', content: 'np' },
  { lemma: 'appear', class: 'belief', content: 'either', subjectIsContent: true }, // appeared 45/100, appears 38/72
  { lemma: 'express', class: 'speech', content: 'np' }, // expressed 42/55
  { lemma: 'urge', class: 'speech', content: 'either' }, // urged 39/46
  { lemma: 'agree', class: 'belief', content: 'either' }, // agreed 40/72
  { lemma: 'offer', class: 'speech', content: 'np' }, // offered 38/75
  { lemma: 'refuse', class: 'act', content: 'either' }, // refused 37/54
  { lemma: 'propose', class: 'speech', content: 'either' }, // proposed 36/78
  { lemma: 'cite', class: 'speech', content: 'np' }, // cited 35/45, citing 30/33
  { lemma: 'praise', class: 'act', content: 'np' }, // praised 32/39
  { lemma: 'defend', class: 'act', content: 'np' }, // defended 32/39
  { lemma: 'question', class: 'speech', content: 'either' }, // questioned 30/36
  { lemma: 'reject', class: 'act', content: 'np' }, // rejected 25/36
  { lemma: 'hope', class: 'belief', content: 'either' }, // hopes 25/58
  { lemma: 'attack', class: 'act', content: 'np' }, // attacked 25/52
  { lemma: 'mention', class: 'speech', content: 'either' }, // mentioned 21/42
  { lemma: 'blast', class: 'act', content: 'np' }, // blasted 21/24
  { lemma: 'dismiss', class: 'act', content: 'np' }, // dismissed 20/28
  { lemma: 'blame', class: 'act', content: 'np' }, // blamed 19/23
  { lemma: 'denounce', class: 'act', content: 'np' }, // denounced 18/26
  { lemma: 'order', class: 'act', content: 'either' }, // ordered 17/21
  { lemma: 'echo', class: 'speech', content: 'np', forms: ['echo', 'echoes', 'echoed', 'echoing'] }, // echoed 15/21
  { lemma: 'assure', class: 'speech', content: 'either' }, // assured 15/24
  { lemma: 'mock', class: 'act', content: 'np' }, // mocked 14/20
  { lemma: 'discuss', class: 'speech', content: 'np' }, // discussed 14/25
  { lemma: 'identify', class: 'speech', content: 'np', forms: ['identify', 'identifies', 'identified', 'identifying'] }, // identified 13/32
  { lemma: 'seek', class: 'act', content: 'either', forms: ['seek', 'seeks', 'sought', 'seeking'] }, // sought 39/80, seeks 11/20
  { lemma: 'sound', class: 'speech', content: 'either' }, // sounded 11/15
  { lemma: 'joke', class: 'speech', content: 'clause' }, // joked 10/12
  { lemma: 'rail', class: 'speech', content: 'np' }, // railed 10/11 ("railed against")
  { lemma: 'encourage', class: 'speech', content: 'either' }, // encouraged 10/18
  { lemma: 'slam', class: 'act', content: 'np', forms: ['slam', 'slams', 'slammed', 'slamming'] }, // slammed 10/14, slams 8/9
  { lemma: 'boast', class: 'speech', content: 'either' }, // boasted 10/13
  { lemma: 'voice', class: 'speech', content: 'np' }, // voiced 10/15
  { lemma: 'thank', class: 'act', content: 'np' }, // thanked 9/12
  { lemma: 'decry', class: 'act', content: 'np', forms: ['decry', 'decries', 'decried', 'decrying'] }, // decried 9/10
  { lemma: 'tout', class: 'speech', content: 'np' }, // touted 9/11, touting 7/9
  { lemma: 'remind', class: 'speech', content: 'either' }, // reminded 9/14
  { lemma: 'email', class: 'speech', content: 'clause' }, // emailed 8/15
  { lemma: 'lament', class: 'speech', content: 'either' }, // lamented 8/8
  { lemma: 'portray', class: 'speech', content: 'np' }, // portrayed 8/16
  { lemma: 'disclose', class: 'speech', content: 'either' }, // disclosed 8/16
  { lemma: 'quote', class: 'speech', content: 'either' }, // quoted 7/12
  { lemma: 'shout', class: 'speech', content: 'clause' }, // shouted 7/11
  { lemma: 'chant', class: 'speech', content: 'clause' }, // chanted 7/9
  { lemma: 'signal', class: 'speech', content: 'either', forms: ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'] }, // signaled 8/10
  { lemma: 'accept', class: 'act', content: 'np' },
  { lemma: 'request', class: 'speech', content: 'np' }, // requested 10/23
  { lemma: 'challenge', class: 'speech', content: 'np' }, // challenged 10/24
  { lemma: 'answer', class: 'speech', content: 'either' }, // answered 8/19
  { lemma: 'acknowledge', class: 'speech', content: 'either' },
  { lemma: 'applaud', class: 'act', content: 'np' },
  { lemma: 'condemn', class: 'act', content: 'np' },
  { lemma: 'welcome', class: 'act', content: 'np' },
  { lemma: 'want', class: 'belief', content: 'either' }, // wants 32/146
  { lemma: 'refer', class: 'speech', content: 'np', particle: 'to', forms: ['refer', 'refers', 'referred', 'referring'] }, // referring to 42/58, referred to 16/26
  { lemma: 'imply', class: 'speech', content: 'either', forms: ['imply', 'implies', 'implied', 'implying'] }, // implied 6/10
  { lemma: 'assail', class: 'act', content: 'np' }, // assailed 6/7
  { lemma: 'wonder', class: 'belief', content: 'either' }, // wondered 6/7
  { lemma: 'bemoan', class: 'speech', content: 'np' }, // bemoaned 6/6
  { lemma: 'invoke', class: 'speech', content: 'np' }, // invoked 6/9
  { lemma: 'side', class: 'act', content: 'np', particle: 'with', forms: ['side', 'sides', 'sided', 'siding'] }, // sided 6/8
  { lemma: 'retweet', class: 'speech', content: 'np' }, // retweeted 6/9
  { lemma: 'reference', class: 'speech', content: 'np', forms: ['referenced', 'referencing'] }, // referenced 7/7
  { lemma: 'hint', class: 'speech', content: 'either' }, // hints 6/11 ("hinted at")
  { lemma: 'recommend', class: 'speech', content: 'either' }, // recommended 7/14
  { lemma: 'deem', class: 'belief', content: 'np' }, // deemed 9/20
  { lemma: 'remember', class: 'belief', content: 'either' }, // remembered 7/12
  { lemma: 'see', class: 'belief', content: 'either', forms: ['sees'] }, // sees 17/42 (other forms of "see" far less often)
  { lemma: 'read', class: 'speech', content: 'clause', forms: ['reads'] }, // reads 8/13 ("The sign reads: ...")
  // Rarer in the training split (3 to 5 times, a cue in at least 60% of them), and reporting verbs in any news lexicon:
  { lemma: 'yell', class: 'speech', content: 'clause' }, // yelled 5/8
  { lemma: 'speculate', class: 'belief', content: 'either' }, // speculated 5/5
  { lemma: 'interject', class: 'speech', content: 'clause' }, // interjected 5/6
  { lemma: 'muse', class: 'speech', content: 'either' }, // mused 4/4
  { lemma: 'credit', class: 'act', content: 'np' }, // credited 4/5
  { lemma: 'allude', class: 'speech', content: 'np', particle: 'to' }, // alluding 4/5
  { lemma: 'opine', class: 'speech', content: 'either' }, // opined 3/3
  { lemma: 'proclaim', class: 'speech', content: 'either' }, // proclaimed 3/5
  { lemma: 'chide', class: 'act', content: 'np', forms: ['chide', 'chides', 'chided', 'chiding'] }, // chided 3/3, chiding 3/3
  { lemma: 'brag', class: 'speech', content: 'either', forms: ['brag', 'brags', 'bragged', 'bragging'] }, // bragged 3/3
  { lemma: 'clarify', class: 'speech', content: 'either', forms: ['clarify', 'clarifies', 'clarified', 'clarifying'] }, // clarified 3/4
  { lemma: 'reaffirm', class: 'speech', content: 'either' }, // reaffirmed 3/4
  { lemma: 'rebuke', class: 'act', content: 'np' }, // rebuked 3/5
  { lemma: 'hail', class: 'act', content: 'np' }, // hailed 3/4
  { lemma: 'downplay', class: 'speech', content: 'np' }, // downplayed 3/4
  { lemma: 'vouch', class: 'speech', content: 'np', particle: 'for' }, // vouched 3/3
  { lemma: 'elaborate', class: 'speech', content: 'either' }, // elaborated 3/3
];
