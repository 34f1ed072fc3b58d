/**
 * Words a unit claimkit writes may be spelled as in gold data (CQE's normalised units): an ISO
 * currency code as its currency's name, a symbol or abbreviation as its word. Used only to compare
 * units in the quantities evaluation. Lower case.
 */

/** claimkit unit → the names it stands for. */
export const UNIT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  usd: ['dollar', 'us dollar', 'united states dollar'],
  gbp: ['pound', 'pound sterling', 'british pound'],
  eur: ['euro'],
  jpy: ['yen', 'japanese yen'],
  cny: ['yuan', 'chinese yuan', 'renminbi'],
  inr: ['rupee', 'indian rupee'],
  rub: ['rouble', 'ruble', 'russian ruble', 'russian rouble'],
  aud: ['australian dollar'],
  cad: ['canadian dollar'],
  hkd: ['hong kong dollar'],
  nzd: ['new zealand dollar'],
  sgd: ['singapore dollar'],
  chf: ['swiss franc', 'franc'],
  uah: ['hryvnia', 'ukrainian hryvnia'],
  krw: ['won', 'south korean won'],
  try: ['lira', 'turkish lira'],
  ils: ['shekel', 'israeli new shekel'],
  brl: ['real', 'brazilian real'],
  ngn: ['naira', 'nigerian naira'],
  zar: ['rand', 'south african rand'],
  mxn: ['peso', 'mexican peso'],
  pln: ['zloty', 'polish zloty'],
  sek: ['krona', 'swedish krona'],
  nok: ['krone', 'norwegian krone'],
  aed: ['dirham', 'uae dirham'],
  sar: ['riyal', 'saudi riyal'],
  '%': ['percentage', 'percent', 'per cent'],
  'percentage points': ['percentage point', 'point'],
  km: ['kilometre', 'kilometer'],
  m: ['metre', 'meter'],
  cm: ['centimetre', 'centimeter'],
  mm: ['millimetre', 'millimeter'],
  miles: ['mile'],
  ft: ['foot'],
  in: ['inch'],
  yd: ['yard'],
  kg: ['kilogram', 'kilogramme'],
  g: ['gram'],
  t: ['tonne', 'ton', 'metric ton'],
  lb: ['pound'],
  l: ['litre', 'liter'],
  gal: ['gallon'],
  mph: ['mile per hour'],
  'km/h': ['kilometre per hour', 'kilometer per hour'],
  '°': ['degree'],
  '°c': ['degree celsius', 'celsius'],
  '°f': ['degree fahrenheit', 'fahrenheit'],
  ha: ['hectare'],
  mw: ['megawatt'],
  gw: ['gigawatt'],
  kw: ['kilowatt'],
  kwh: ['kilowatt hour', 'kilowatt-hour'],
  gb: ['gigabyte'],
  tb: ['terabyte'],
  mb: ['megabyte'],
};

/** TIMEX3 duration letters → unit names, for durations counted as quantities ("5 years"). */
export const DURATION_UNITS: Readonly<Record<string, string>> = {
  Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', TM: 'minute', S: 'second', DE: 'decade', CE: 'century',
};
