/** Units of measurement and percentage words. Lower case, as written after a number. Hand-curated. */

/** Percentage words and symbols → unit written in the output. */
export const PERCENT_WORDS: Readonly<Record<string, string>> = {
  '%': '%', percent: '%', 'per cent': '%', pc: '%', 'percentage point': 'percentage points',
  'percentage points': 'percentage points', 'per cent points': 'percentage points',
};

/** Measurement units → canonical unit name. */
export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', mile: 'miles',
  miles: 'miles', metre: 'm', metres: 'm', meter: 'm', meters: 'm', cm: 'cm', centimetres: 'cm', centimeters: 'cm',
  mm: 'mm', millimetres: 'mm', millimeters: 'mm', ft: 'ft', foot: 'ft', feet: 'ft', inch: 'in', inches: 'in',
  yard: 'yd', yards: 'yd', kg: 'kg', kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg',
  kilogrammes: 'kg', gram: 'g', grams: 'g', g: 'g', tonne: 't', tonnes: 't', ton: 't', tons: 't', lb: 'lb', lbs: 'lb',
  litre: 'l', litres: 'l', liter: 'l', liters: 'l', gallon: 'gal', gallons: 'gal', barrel: 'barrels',
  barrels: 'barrels', mph: 'mph', 'km/h': 'km/h', kph: 'km/h', knots: 'knots', degree: '°', degrees: '°',
  '°c': '°C', '°f': '°F', celsius: '°C', fahrenheit: '°F', acre: 'acres', acres: 'acres', hectare: 'ha',
  hectares: 'ha', 'square miles': 'sq mi', 'square kilometres': 'km2', 'square kilometers': 'km2',
  'square metres': 'm2', 'square meters': 'm2', 'square feet': 'sq ft', mw: 'MW', megawatt: 'MW',
  megawatts: 'MW', gw: 'GW', gigawatts: 'GW', kw: 'kW', kilowatts: 'kW', kwh: 'kWh', twh: 'TWh', gwh: 'GWh',
  gb: 'GB', tb: 'TB', mb: 'MB', mbps: 'Mbps', gbps: 'Gbps', calories: 'kcal', kcal: 'kcal', mg: 'mg', ml: 'ml',
  ppm: 'ppm', volts: 'V', volt: 'V', v: 'V', watts: 'W', watt: 'W', w: 'W', hz: 'Hz', hertz: 'Hz', khz: 'kHz',
  mhz: 'MHz', ghz: 'GHz', mah: 'mAh', 'μm': 'μm', micrometre: 'μm', micrometres: 'μm', micrometer: 'μm',
  micrometers: 'μm', micron: 'μm', microns: 'μm', nm: 'nm', nanometre: 'nm', nanometres: 'nm', nanometer: 'nm',
  nanometers: 'nm', gpa: 'GPa', gigapascal: 'GPa', gigapascals: 'GPa', mpa: 'MPa', kpa: 'kPa', hp: 'hp',
  bhp: 'bhp', horsepower: 'hp', 'lb-ft': 'lb-ft', 'pound-feet': 'lb-ft', 'pound-foot': 'lb-ft', rpm: 'rpm',
  mpg: 'mpg', 'miles per gallon': 'mpg', 'miles per hour': 'mph', 'mile per hour': 'mph',
  'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h', 'km/hr': 'km/h', 'km per hour': 'km/h',
  'degrees celsius': '°C', 'degree celsius': '°C', 'degrees fahrenheit': '°F', 'degree fahrenheit': '°F',
  'degrees c': '°C', 'degrees f': '°F', '″': 'in', 'sq m': 'm2', 'sq km': 'km2', 'sq ft': 'sq ft', m2: 'm2',
  km2: 'km2', 'square foot': 'sq ft', 'square metre': 'm2', 'square meter': 'm2', 'square mile': 'sq mi',
  'square kilometre': 'km2', 'square kilometer': 'km2', decibels: 'dB', decibel: 'dB', db: 'dB',
  'basis points': 'basis points', 'basis point': 'basis points', bps: 'basis points', bp: 'basis points',
  milligrams: 'mg', milligram: 'mg', millilitres: 'ml', milliliters: 'ml', ounce: 'oz', ounces: 'oz', oz: 'oz',
  pint: 'pints', pints: 'pints', quart: 'quarts', quarts: 'quarts', 'cubic metres': 'm3',
  'cubic meters': 'm3', gigabytes: 'GB', terabytes: 'TB', megabytes: 'MB', mwh: 'MWh',
  kilowatt: 'kW', 'kilowatt-hours': 'kWh', gigawatt: 'GW', mmbtu: 'mmBtu', btu: 'Btu',
  knot: 'knots', 'light years': 'light years', 'light-years': 'light years', calorie: 'kcal', cal: 'kcal',
};

/** Units of weight spelled like a currency: "pounds" is weight unless it is money by its scale ("5 million pounds"). */
export const WEIGHT_OR_MONEY: readonly string[] = ['pound', 'pounds'];

/** Imperial lengths that, in brackets after "40m", show that "m" is metres ("40m (131ft)"). */
export const IMPERIAL_LENGTHS: readonly string[] = ['ft', 'foot', 'feet', 'in', 'inch', 'inches', 'yd', 'yard', 'yards', 'mile', 'miles'];

/** Nouns after a number glued to "m" that make it metres, not millions: races and the like ("the 300m final", "a 50m pool"). */
export const METRE_EVENTS: readonly string[] = [
  'race', 'final', 'finals', 'hurdles', 'freestyle', 'backstroke', 'breaststroke', 'butterfly', 'medley', 'relay',
  'sprint', 'dash', 'heat', 'heats', 'stage', 'record', 'title', 'event', 'champion', 'gold', 'silver', 'bronze',
  'pool', 'swim', 'run', 'semi-final', 'semi-finals', 'walk', 'steeplechase',
];
