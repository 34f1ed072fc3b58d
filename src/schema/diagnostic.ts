import { z } from 'zod';
import { SpanSchema } from './span.js';

/** Something worth knowing about how an article was read or analysed. */
export const DiagnosticSchema = z
  .object({
    code: z
      .string()
      .describe('Stable kebab-case identifier of the condition, e.g. "empty-text" or "quote-unclosed".'),
    severity: z
      .enum(['error', 'warning', 'info'])
      .describe('error: part of the article could not be analysed; warning: a result may be wrong; info: a note.'),
    stage: z.string().describe('The reader or pipeline stage that reported it, e.g. "io" or "segment".'),
    message: z.string().describe('Human-readable explanation, in one sentence.'),
    span: SpanSchema.nullable().describe('Where in document.text it applies, or null for the whole article.'),
  })
  .meta({ id: 'Diagnostic', description: 'A note about the analysis of one article, kept as data.' });

/** A note about the analysis of one article. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
