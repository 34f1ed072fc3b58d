import type { DocumentDraft } from './draft.js';
import type { Stage } from './stage.js';

/** An ordered, checked list of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Run every stage over the draft, in order. */
  readonly run: (draft: DocumentDraft) => void;
}

/**
 * Build a pipeline from an ordered list of stages, checking that names are unique and that each
 * stage comes after the stages it needs.
 *
 * @throws TypeError naming the stage and the fix when the order is wrong.
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const seen = new Set<string>();
  for (const stage of stages) {
    if (seen.has(stage.name)) {
      throw new TypeError(`claimkit: stage "${stage.name}" appears twice in the pipeline; list each stage once.`);
    }
    for (const need of stage.needs) {
      if (!seen.has(need)) {
        throw new TypeError(
          `claimkit: stage "${stage.name}" needs "${need}" to run before it (order: ${stages.map((s) => s.name).join(', ')}).`,
        );
      }
    }
    seen.add(stage.name);
  }
  const frozen = Object.freeze([...stages]);
  return Object.freeze({
    stages: frozen,
    run(draft: DocumentDraft): void {
      for (const stage of frozen) {
        stage.run(draft);
        draft.completed.push(stage.name);
      }
    },
  });
}
