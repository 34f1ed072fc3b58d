import { z } from 'zod';
import { SpanSchema } from './span.js';

/** What kind of thing an entity is. */
export const EntityKindSchema = z
  .enum(['person', 'organization', 'place', 'group', 'document', 'unknown'])
  .describe('person, organization, place, group (a collective such as "critics"), document ("a report", "polls"), or unknown.');

/** A person, organisation, place, group or document that the article mentions, with all its mentions. */
export const EntitySchema = z
  .object({
    id: z.string().describe('Identifier unique within the document, e.g. "e3".'),
    kind: EntityKindSchema,
    name: z.string().describe('Canonical name: the fullest form the article uses, e.g. "Maria Zakharova".'),
    mentions: z
      .array(SpanSchema)
      .describe('Every mention in text order, including resolved pronouns ("she") and surnames ("Zakharova").'),
    roles: z
      .array(z.string())
      .describe('Roles and titles the article gives it, e.g. ["spokesperson"], in order of first appearance.'),
    affiliations: z
      .array(z.string())
      .describe('Organisations or countries it belongs to, as written, e.g. ["Russian Foreign Ministry"].'),
  })
  .meta({ id: 'Entity', description: 'Something the article refers to, with all its mentions.' });

/** A person, organisation, place, group or document mentioned in the article. */
export type Entity = z.infer<typeof EntitySchema>;
/** The kind of an entity. */
export type EntityKind = z.infer<typeof EntityKindSchema>;
