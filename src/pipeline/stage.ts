import type { DocumentDraft } from './draft.js';

/**
 * One step of the pipeline: a named, synchronous function that reads the layers of the stages
 * it `needs` and adds its own to the draft.
 */
export interface Stage {
  /** Unique kebab-case name, also used as the `stage` of its diagnostics. */
  readonly name: string;
  /** Stages that must have run before this one. */
  readonly needs: readonly string[];
  /** Add this stage's layer to the draft. */
  readonly run: (draft: DocumentDraft) => void;
}
