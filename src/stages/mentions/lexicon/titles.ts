/**
 * Titles written capitalised before a name ("President Vladimir Putin", "Foreign Minister Sergei
 * Lavrov", "Dr Amelia Grant"). Lower case, multi-word titles as one string; matched longest
 * first. Hand-curated; callers add more through the `titles` lexicon option.
 */

/** Titles and honorifics that can stand before a person's name. */
export const TITLES: readonly string[] = [
  'acting president', 'admiral', 'adm', 'ambassador', 'archbishop', 'assemblyman', 'assemblywoman',
  'attorney general', 'baron', 'baroness', 'bishop', 'brig', 'brigadier', 'brigadier general', 'cardinal',
  'capt', 'captain', 'chancellor', 'chairman', 'chairwoman', 'chair', 'chief', 'chief constable',
  'chief executive', 'chief justice', 'cllr', 'coach', 'col', 'colonel', 'commander', 'commissioner',
  'congressman', 'congresswoman', 'constable', 'councillor', 'councilman', 'councilwoman', 'cpl', 'dame',
  'defence minister', 'defence secretary', 'defense minister', 'defense secretary', 'deputy',
  'deputy prime minister', 'det', 'detective', 'detective chief inspector', 'detective inspector',
  'detective sergeant', 'director', 'dr', 'dr.', 'duchess', 'duke', 'economy minister', 'emperor', 'emir',
  'finance minister', 'first lady', 'first minister', 'foreign minister', 'foreign secretary', 'gen', 'gen.',
  'general', 'gov', 'gov.', 'governor', 'health minister', 'health secretary', 'home secretary', 'imam',
  'inspector', 'interior minister', 'judge', 'justice', 'justice minister', 'king', 'lady', 'lieutenant',
  'lieutenant general', 'lord', 'lt', 'lt.', 'maj', 'major general', 'mayor', 'minister', 'miss', 'mr', 'mr.',
  'mrs', 'mrs.', 'ms', 'ms.', 'mx', 'officer', 'patriarch', 'pope', 'premier', 'president', 'president-elect',
  'pres.', 'presidential candidate', 'prime minister', 'prince', 'princess', 'prof', 'prof.', 'professor',
  'prosecutor', 'prosecutor general', 'queen', 'rabbi', 'rep', 'rep.', 'representative', 'rev', 'rev.',
  'reverend', 'secretary', 'secretary general', 'secretary of state', 'secretary-general', 'sen', 'sen.',
  'senator', 'sergeant', 'sgt', 'sheikh', 'sir', 'speaker', 'state secretary', 'sultan', 'superintendent',
  'supt', 'vice president', 'vice-president',
];
