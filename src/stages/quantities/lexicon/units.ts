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
  kilogrammes: 'kg', gram: 'g', grams: 'g', tonne: 't', tonnes: 't', ton: 't', tons: 't', lb: 'lb', lbs: 'lb',
  litre: 'l', litres: 'l', liter: 'l', liters: 'l', gallon: 'gal', gallons: 'gal', barrel: 'barrels',
  barrels: 'barrels', mph: 'mph', 'km/h': 'km/h', kph: 'km/h', knots: 'knots', degree: '°', degrees: '°',
  '°c': '°C', '°f': '°F', celsius: '°C', fahrenheit: '°F', acre: 'acres', acres: 'acres', hectare: 'ha',
  hectares: 'ha', 'square miles': 'sq mi', 'square kilometres': 'km2', 'square kilometers': 'km2',
  'square metres': 'm2', 'square meters': 'm2', 'square feet': 'sq ft', mw: 'MW', megawatt: 'MW',
  megawatts: 'MW', gw: 'GW', gigawatts: 'GW', kw: 'kW', kilowatts: 'kW', kwh: 'kWh', twh: 'TWh', gwh: 'GWh',
  gb: 'GB', tb: 'TB', mb: 'MB', mbps: 'Mbps', gbps: 'Gbps', calories: 'kcal', kcal: 'kcal', mg: 'mg', ml: 'ml',
  ppm: 'ppm', volts: 'V', watts: 'W',
};
