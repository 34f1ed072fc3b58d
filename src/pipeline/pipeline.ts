import type { DocumentDraft } from './draft.js';
import type { Stage } from './stage.js';

/** Milliseconds spent per stage name, accumulated over documents (for benchmarks). */
export type StageTimings = Map<string, number>;

/** An ordered, checked list of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  /**
   * Run every stage over the draft, in order; with `timings`, add each stage's time to it; with
   * `check`, call it after each stage (it throws to stop the run, e.g. past a time limit).
   */
  readonly run: (draft: DocumentDraft, timings?: StageTimings, check?: () => void) => void;
}

/** Add the time since `start` to a timing bucket. */
export function addTiming(timings: StageTimings, name: string, start: number): void {
  timings.set(name, (timings.get(name) ?? 0) + performance.now() - start);
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
    run(draft: DocumentDraft, timings?: StageTimings, check?: () => void): void {
      for (const stage of frozen) {
        const start = timings ? performance.now() : 0;
        stage.run(draft);
        if (timings) addTiming(timings, stage.name, start);
        draft.completed.push(stage.name);
        check?.();
      }
    },
  });
}
