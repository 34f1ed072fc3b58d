/** Third-person pronouns and what they can refer to. Lower case. */

/** A pronoun's reference class: a woman, a man, a plural or collective, a thing or organisation. */
export type PronounClass = 'female' | 'male' | 'plural' | 'neuter';

/** Third-person pronouns → reference class. */
export const PRONOUNS: Readonly<Record<string, PronounClass>> = {
  she: 'female', her: 'female', hers: 'female', herself: 'female',
  he: 'male', him: 'male', his: 'male', himself: 'male',
  they: 'plural', them: 'plural', their: 'plural', theirs: 'plural', themselves: 'plural',
  it: 'neuter', its: 'neuter',
};

/** Pronouns resolved even when they are not a source ("his commitment" → Putin). */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself', 'he', 'him', 'his', 'himself']);

/** Nouns that, after "the", take up the latest organisation whatever its name ("Greenpeace said ... The group said"). */
export const GENERIC_ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'group', 'company', 'firm', 'organisation', 'organization', 'body', 'charity', 'corporation', 'business', 'outfit',
]);
