/**
 * Role nouns written in lower case around a name: "Die Welt’s correspondent Christoph Vanner",
 * "Hugh Hill, a doctor at ...", "the spokeswoman". Lower case, singular and plural where both
 * occur; multi-word roles as one string, matched longest first. Hand-curated; callers add more
 * through the `roles` lexicon option.
 */

/** Roles and occupations that describe a person in news text. */
export const ROLES: readonly string[] = [
  'actor', 'actress', 'adviser', 'advisor', 'aide', 'ambassador', 'analyst', 'anchor', 'architect', 'artist',
  'attorney', 'author', 'biologist', 'blogger', 'boss', 'campaigner', 'candidate', 'captain', 'ceo', 'cfo',
  'chair', 'chairman', 'chairwoman', 'chancellor', 'chef', 'chemist', 'chief', 'chief economist',
  'challenger', 'chief executive', 'chief executive officer', 'chief financial officer', 'chief of staff', 'chief operating officer',
  'citizen', 'coach', 'forecaster', 'meteorologist', 'librarian', 'co-founder', 'colleague', 'columnist', 'commander', 'commentator', 'commissioner',
  'consultant', 'correspondent', 'councillor', 'critic', 'defence secretary', 'defence minister', 'delegate',
  'deputy', 'deputy director', 'deputy minister', 'diplomat', 'director', 'director general', 'director-general',
  'doctor', 'economist', 'editor', 'editor-in-chief', 'engineer', 'envoy', 'epidemiologist', 'executive',
  'expert', 'farmer', 'finance minister', 'foreign minister', 'founder', 'general', 'governor', 'head',
  'health minister', 'historian', 'host', 'inspector', 'interior minister', 'investigator', 'journalist',
  'judge', 'lawmaker', 'lawyer', 'leader', 'lecturer', 'manager', 'mayor', 'member', 'minister', 'moderator', 'mp',
  'negotiator', 'nominee', 'nurse', 'officer', 'official', 'organiser', 'organizer', 'owner', 'partner', 'pastor',
  'physician', 'pilot', 'police officer', 'political scientist', 'politician', 'pollster', 'president',
  'press officer', 'press secretary', 'priest', 'prime minister', 'producer', 'professor', 'prosecutor',
  'psychologist', 'reporter', 'representative', 'researcher', 'resident', 'running mate', 'scientist', 'secretary',
  'secretary general', 'senator', 'senior fellow', 'senior official', 'senior researcher', 'soldier',
  'specialist', 'spokesman', 'spokesperson', 'spokeswoman', 'strategist', 'student', 'surgeon', 'teacher',
  'trader', 'treasurer', 'vice president', 'vice-president', 'victim', 'witness', 'writer',
];
