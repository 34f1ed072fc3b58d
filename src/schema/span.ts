import { z } from 'zod';

/** A stretch of `document.text`: `text.slice(start, end) === span.text`. */
export const SpanSchema = z
  .object({
    start: z
      .number()
      .int()
      .nonnegative()
      .describe('Offset of the first character, in UTF-16 code units into document.text.'),
    end: z
      .number()
      .int()
      .nonnegative()
      .describe('Offset just past the last character (exclusive), in UTF-16 code units.'),
    text: z.string().describe('The covered text, exactly document.text.slice(start, end).'),
  })
  .meta({ id: 'Span', description: 'A character span of document.text, end exclusive.' });

/** A character span of the document text, `end` exclusive. */
export type Span = z.infer<typeof SpanSchema>;
