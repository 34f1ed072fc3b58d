import type { DocumentDraft } from '../../pipeline/draft.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Attribution, AttributionCore, StatementContext, TimeAnnotation } from '../../pipeline/types.js';
import { nominalAttributions } from './nominal-cues.js';
import { accordingToAttributions, pollOpeningAttributions } from './according-to.js';
import { clipAtNextSpeaker } from './clip.js';
import { colonAttributions } from './colon-cues.js';
import { questionAttributions } from './questions.js';
import { quotationAttributions } from './quotations.js';
import { createContext } from './sentence-view.js';
import { sentenceStatement, statementTimeOf, type SentenceStatement } from './statement.js';
import { verbAttributions } from './verbs.js';

/** Whether two attributions claim the same cue. */
function sameCue(a: AttributionCore, b: AttributionCore): boolean {
  return a.cue !== null && b.cue !== null && a.cue.start < b.cue.end && b.cue.start < a.cue.end;
}

/**
 * attribution: cue, source and content of every reporting event: "according to", questions
 * put with "asked" ("Asked whether ..., X said"), reporting verbs (indirect, parenthetical,
 * inverted, participial, colon), a speaker's name and a colon
 * (headlines, transcripts), direct quotations (cue after the quotation, a dash and a name,
 * split quotations, quotations over paragraphs, floating quotations), with the
 * statement time and cited sources of each sentence.
 */
export const attributionStage: Stage = {
  name: 'attribution',
  needs: ['segment', 'mentions', 'times'],
  run(draft: DocumentDraft): void {
    const ctx = createContext(draft);
    const perSentence: AttributionCore[] = [];
    const statements: SentenceStatement[] = [];
    const timesBySentence: TimeAnnotation[][] = draft.sentences.map(() => []);
    for (const t of draft.times) timesBySentence[t.sentence]!.push(t);
    for (const sentence of draft.sentences) {
      const according = [...accordingToAttributions(ctx, sentence), ...pollOpeningAttributions(ctx, sentence)];
      const questions = questionAttributions(ctx, sentence);
      const verbs = verbAttributions(ctx, sentence).filter((v) => !according.some((a) => sameCue(a, v)) && !questions.some((q) => sameCue(q, v)));
      // A transcript's speaker label ("HOLT: Well, I think ...") opens a turn whatever it reports.
      const colon = colonAttributions(ctx, sentence, according.length + questions.length + verbs.length > 0);
      const nominal = nominalAttributions(ctx, sentence);
      perSentence.push(...clipAtNextSpeaker(ctx, [...according, ...questions, ...verbs, ...colon, ...nominal]));
      statements.push(sentenceStatement(ctx, sentence));
    }
    const quoted = quotationAttributions(ctx, perSentence);
    const all: (AttributionCore & { sourceInherited?: boolean })[] = [...perSentence, ...quoted];
    all.sort((a, b) => (a.cue?.start ?? a.fragments[0]!.start) - (b.cue?.start ?? b.fragments[0]!.start));

    draft.attributions = all.map((a): Attribution => {
      const statement = statements[a.sentence]!;
      // One literal, fields in one order: every attribution shares one hidden class.
      return {
        kind: a.kind,
        cue: a.cue,
        source: a.source,
        fragments: a.fragments,
        sentence: a.sentence,
        confidence: a.confidence,
        negated: a.negated,
        sourceInherited: a.sourceInherited ?? false,
        statementTime: statementTimeOf(a, statement, timesBySentence[a.sentence]!),
        cited: statement.cited,
      };
    });
    const contexts: StatementContext[] = [];
    for (const sentence of draft.sentences) {
      const s = statements[sentence.index]!;
      if (!s.subject || (!s.time && s.cited.length === 0)) continue;
      contexts.push({ sentence: sentence.index, source: s.subject, timeId: s.time?.id ?? null, cited: s.cited });
    }
    draft.statementContexts = contexts;
  },
};
