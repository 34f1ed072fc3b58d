/**
 * Quantity phrases with their expected reading, written for claimkit (not taken from any gold
 * data). Each row: a sentence, the quantity's span as it should read, and what it should mean.
 * A row with an empty span expects no quantity at all in the sentence.
 */
export interface QuantityRow {
  readonly sentence: string;
  readonly text: string;
  readonly value?: number | null;
  readonly range?: { readonly low: number; readonly high: number } | null;
  readonly bound?: '=' | '~' | '>' | '>=' | '<' | '<=';
  readonly approximate?: boolean;
  readonly unit?: string | null;
  readonly kind?: 'count' | 'money' | 'percent' | 'measure' | 'ordinal' | 'other';
  readonly rate?: string | null;
  readonly per?: string | null;
  readonly trend?: 'up' | 'down' | null;
  readonly trendOf?: 'level' | 'amount' | null;
  readonly from?: number | null;
}

const q = (sentence: string, text: string, value: number | null, unit: string | null, kind: QuantityRow['kind'], extra: Partial<QuantityRow> = {}): QuantityRow => ({
  sentence,
  text,
  value,
  unit,
  kind,
  range: null,
  bound: '=',
  ...extra,
});
const range = (sentence: string, text: string, low: number, high: number, unit: string | null, kind: QuantityRow['kind'], extra: Partial<QuantityRow> = {}): QuantityRow =>
  q(sentence, text, null, unit, kind, { range: { low, high }, ...extra });
const none = (sentence: string): QuantityRow => ({ sentence, text: '' });

/** The table. */
export const QUANTITY_ROWS: readonly QuantityRow[] = [
  // Digits, separators, decimals
  q('Police counted 21,600 protesters.', '21,600 protesters', 21600, 'protesters', 'count'),
  q('The index stood at 3.5 points.', '3.5 points', 3.5, 'points', 'count'),
  q('Officials reported 1,234,567 votes.', '1,234,567 votes', 1234567, 'votes', 'count'),
  q('The rate fell to .5 per cent.', '.5 per cent', 0.5, '%', 'percent', { trend: 'down', trendOf: 'level' }),
  q('The fund holds 0.75 tonnes of gold.', '0.75 tonnes', 0.75, 't', 'measure'),
  q('There were 300 applicants.', '300 applicants', 300, 'applicants', 'count'),
  q('It employs 12 people.', '12 people', 12, 'people', 'count'),
  q('The town has 40 000 residents.', '40 000 residents', 40000, 'residents', 'count'),
  q('Each box holds 24 cans.', '24 cans', 24, 'cans', 'count'),
  q('The survey asked 1000 adults.', '1000 adults', 1000, 'adults', 'count'),
  // Scale words and suffixes
  q('The deal is worth £15.8m.', '£15.8m', 15800000, 'GBP', 'money'),
  q('It raised $2bn last year.', '$2bn', 2000000000, 'USD', 'money'),
  q('The firm lost $1.2 billion.', '$1.2 billion', 1200000000, 'USD', 'money'),
  q('About two million voters stayed home.', 'About two million voters', 2000000, 'voters', 'count', { bound: '~', approximate: true }),
  q('The app has 5k users.', '5k users', 5000, 'users', 'count'),
  q('The budget is €3 trillion.', '€3 trillion', 3000000000000, 'EUR', 'money'),
  q('There were 4 hundred million people.', '4 hundred million people', 400000000, 'people', 'count'),
  q('The loan was 2.5m euros.', '2.5m euros', 2500000, 'EUR', 'money'),
  q('They spent 10 million dollars.', '10 million dollars', 10000000, 'USD', 'money'),
  q('Sales reached 300 million units.', '300 million units', 300000000, 'units', 'count'),
  q('The bill came to 1.5 trillion yen.', '1.5 trillion yen', 1500000000000, 'JPY', 'money'),
  q('Costs hit 60bn roubles.', '60bn roubles', 60000000000, 'RUB', 'money'),
  // Numbers in words
  q('Three soldiers were hurt.', 'Three soldiers', 3, 'soldiers', 'count'),
  q('She bought a dozen eggs.', 'a dozen eggs', 12, 'eggs', 'count'),
  q('Twenty-one schools closed.', 'Twenty-one schools', 21, 'schools', 'count'),
  q('A hundred people came.', 'A hundred people', 100, 'people', 'count'),
  q('They hired one hundred and twenty staff.', 'one hundred and twenty staff', 120, 'staff', 'count'),
  q('One soldier died.', 'One soldier', 1, 'soldier', 'count'),
  q('Two thousand homes lost power.', 'Two thousand homes', 2000, 'homes', 'count'),
  q('Seven European countries signed.', 'Seven European countries', 7, 'European countries', 'count'),
  q('Nine new cases were found.', 'Nine new cases', 9, 'new cases', 'count'),
  q('The 12 euro zone countries grew.', '12 euro zone countries', 12, 'euro zone countries', 'count'),
  none('The one that got away was bigger.'),
  // Fractions
  q('Nearly half of voters agreed.', 'Nearly half', 0.5, null, 'other', { bound: '~', approximate: true }),
  q('Two-thirds of the budget went on wages.', 'Two-thirds', 0.666666666667, null, 'other'),
  q('A third of staff left.', 'A third', 0.333333333333, null, 'other'),
  q('One in five adults smokes.', 'One in five adults', 0.2, 'adults', 'count'),
  q('The dose is 1/4 of a teaspoon.', '1/4', 0.25, null, 'other'),
  q('An ounce is 1/16 of a pint.', '1/16 of a pint', 0.0625, 'pints', 'measure'),
  // Negative numbers
  q('Temperatures fell to minus 5 degrees.', 'minus 5 degrees', -5, '°', 'measure', { trend: 'down', trendOf: 'level' }),
  q('The balance was -3.2%.', '-3.2%', -3.2, '%', 'percent'),
  q('The deficit reached $-50.8bn.', '$-50.8bn', -50800000000, 'USD', 'money'),
  q('It can fall to minus-130 degrees Fahrenheit.', 'minus-130 degrees Fahrenheit', -130, '°F', 'measure', { trend: 'down', trendOf: 'level' }),
  // Money
  q('Tickets cost £40.', '£40', 40, 'GBP', 'money'),
  q('The bonus was €500.', '€500', 500, 'EUR', 'money'),
  q('It sold for ¥2,000.', '¥2,000', 2000, 'JPY', 'money'),
  q('It cost 5,000 roubles.', '5,000 roubles', 5000, 'RUB', 'money'),
  q('Rent is 900 euros.', '900 euros', 900, 'EUR', 'money'),
  q('The fine was 200 dollars.', '200 dollars', 200, 'USD', 'money'),
  q('The price was US$58.24.', 'US$58.24', 58.24, 'USD', 'money'),
  q('Fares rose to HK$216.', 'HK$216', 216, 'HKD', 'money', { trend: 'up', trendOf: 'level' }),
  q('The house is worth A$1.2m.', 'A$1.2m', 1200000, 'AUD', 'money'),
  q('The yacht cost USD10m.', 'USD10m', 10000000, 'USD', 'money'),
  q('Shares closed at RM23.50.', 'RM23.50', 23.5, 'MYR', 'money'),
  q('Gold is at USD1,700.', 'USD1,700', 1700, 'USD', 'money'),
  q('A notebook for 1,200€ was bought.', '1,200€', 1200, 'EUR', 'money'),
  q('He was fined 5 million pounds.', '5 million pounds', 5000000, 'GBP', 'money'),
  q('The package was worth 2,000 pounds sterling.', '2,000 pounds sterling', 2000, 'GBP', 'money'),
  q('It costs 300 rupees.', '300 rupees', 300, 'INR', 'money'),
  q('The stake was worth 10.5 million Australian dollars.', '10.5 million Australian dollars', 10500000, 'AUD', 'money'),
  // Percentages and points
  q('Turnout was 12%.', '12%', 12, '%', 'percent'),
  q('Turnout was 12 per cent.', '12 per cent', 12, '%', 'percent'),
  q('Turnout was 12 percent.', '12 percent', 12, '%', 'percent'),
  q('Support rose 3 percentage points.', '3 percentage points', 3, 'percentage points', 'percent', { trend: 'up', trendOf: 'amount' }),
  q('Shares were up 5pc.', '5pc', 5, '%', 'percent', { trend: 'up', trendOf: 'amount' }),
  q('The bank cut rates by 25 basis points.', '25 basis points', 25, 'basis points', 'measure', { trend: 'down', trendOf: 'amount' }),
  q('The Dow gained +0.2% by noon.', '+0.2%', 0.2, '%', 'percent', { trend: 'up', trendOf: 'amount' }),
  q('The index closed at 1,478 points.', '1,478 points', 1478, 'points', 'count'),
  // Measurements
  q('The road is 12km long.', '12km', 12, 'km', 'measure'),
  q('They walked 30 miles.', '30 miles', 30, 'miles', 'measure'),
  q('The ship carried 40 tonnes.', '40 tonnes', 40, 't', 'measure'),
  q('Winds reached 155mph.', '155mph', 155, 'mph', 'measure'),
  q('It was 35°C in Madrid.', '35°C', 35, '°C', 'measure'),
  q('The bird weighs 3 kilograms.', '3 kilograms', 3, 'kg', 'measure'),
  q('The plant makes 500MW.', '500MW', 500, 'MW', 'measure'),
  q('The phone has 64GB of storage.', '64GB', 64, 'GB', 'measure'),
  q('The field covers 311 square miles.', '311 square miles', 311, 'sq mi', 'measure'),
  q('The car does 40 miles per gallon.', '40 miles per gallon', 40, 'mpg', 'measure'),
  q('He drove at 80 miles per hour.', '80 miles per hour', 80, 'mph', 'measure'),
  q('The screen runs at 120Hz.', '120Hz', 120, 'Hz', 'measure'),
  q('The battery holds 4500 mAh.', '4500 mAh', 4500, 'mAh', 'measure'),
  q('The chips use a 7 nanometer process.', '7 nanometer', 7, 'nm', 'measure'),
  q('It has a 6.1-inch display.', '6.1-inch', 6.1, 'in', 'measure'),
  q('The trip covered 1.8 billion-mile distance.', '1.8 billion-mile', 1800000000, 'miles', 'measure'),
  q('The engine makes 296 hp.', '296 hp', 296, 'hp', 'measure'),
  q('The engine makes 450 lb-ft of torque.', '450 lb-ft', 450, 'lb-ft', 'measure'),
  q('The concert reached 120 decibels.', '120 decibels', 120, 'dB', 'measure'),
  q('Temperatures dropped by 1.5 degrees Celsius.', '1.5 degrees Celsius', 1.5, '°C', 'measure', { trend: 'down', trendOf: 'amount' }),
  q('He weighs 208 pounds.', '208 pounds', 208, 'lb', 'measure'),
  q('The field produced 1 million barrels of oil.', '1 million barrels', 1000000, 'barrels', 'measure'),
  q('The plot is 1,520 sq m.', '1,520 sq m', 1520, 'm2', 'measure'),
  q('The oven reaches 500 degrees Fahrenheit.', '500 degrees Fahrenheit', 500, '°F', 'measure'),
  // Counted nouns and ages
  q('More than 230,000 criminal cases were opened.', 'More than 230,000 criminal cases', 230000, 'criminal cases', 'count', { bound: '>' }),
  q('As many as 14 first-team players left.', 'As many as 14 first-team players', 14, 'first-team players', 'count', { bound: '<=' }),
  q('Lampard won four FA Cup finals.', 'four FA Cup finals', 4, 'FA Cup finals', 'count'),
  q('In total, 1,307,000 Americans claimed aid.', '1,307,000 Americans', 1307000, 'Americans', 'count'),
  q('He averaged 3.7 rebounds.', '3.7 rebounds', 3.7, 'rebounds', 'count'),
  q('He released 300 recorded songs.', '300 recorded songs', 300, 'recorded songs', 'count'),
  q('The stock trades at 6.5 times earnings.', '6.5 times', 6.5, 'times', 'other'),
  q('A 50-year-old man was arrested.', '50-year-old', 50, 'years old', 'measure'),
  q('His daughter is 18 months old.', '18 months old', 18, 'months old', 'measure'),
  q('The 2,900 year-old site was found.', '2,900 year-old', 2900, 'years old', 'measure'),
  q('The bedrock is 400 million-year-old.', '400 million-year-old', 400000000, 'years old', 'measure'),
  q('The number of deserters has climbed to 180,000.', '180,000', 180000, 'deserters', 'count', { trend: 'up', trendOf: 'level' }),
  // Ranges
  range('Between 15,000 and 18,000 deserters leave.', '15,000 and 18,000 deserters', 15000, 18000, 'deserters', 'count'),
  range('It took 5-10 attempts.', '5-10 attempts', 5, 10, 'attempts', 'count'),
  range('Support rose 5–10%.', '5–10%', 5, 10, '%', 'percent', { trend: 'up', trendOf: 'amount' }),
  range('From 15,000 to 18,000 deserters leave.', '15,000 to 18,000 deserters', 15000, 18000, 'deserters', 'count'),
  range('Prices are expected to rise between 5% and 6%.', '5% and 6%', 5, 6, '%', 'percent'),
  range('Fees range from 1 per cent to 1.5 per cent.', '1 per cent to 1.5 per cent', 1, 1.5, '%', 'percent'),
  range('A fine of $3 billion to $5 billion is likely.', '$3 billion to $5 billion', 3000000000, 5000000000, 'USD', 'money'),
  range('Claims ranged from $200 to $4 million.', '$200 to $4 million', 200, 4000000, 'USD', 'money'),
  range('The cost is 3 to 5 billion euros.', '3 to 5 billion euros', 3000000000, 5000000000, 'EUR', 'money'),
  range('Tens of thousands of students protested.', 'Tens of thousands of students', 10000, 100000, 'students', 'count'),
  range('Thousands of people marched.', 'Thousands of people', 1000, 10000, 'people', 'count'),
  range('Hundreds of miles of road flooded.', 'Hundreds of miles', 100, 1000, 'miles', 'measure'),
  range('It traveled at 15 to 22 miles per hour.', '15 to 22 miles per hour', 15, 22, 'mph', 'measure'),
  range('Temperatures dropped by 1 to 1.5 degrees Celsius.', '1 to 1.5 degrees Celsius', 1, 1.5, '°C', 'measure', { trend: 'down', trendOf: 'amount' }),
  // Changes from one value to another
  q('Horsepower jumped from 240 to 273.', '240 to 273', 273, null, 'other', { trend: 'up', trendOf: 'level', from: 240 }),
  q('He dropped from 208 pounds to 193.', '208 pounds to 193', 193, 'lb', 'measure', { trend: 'down', trendOf: 'level', from: 208 }),
  q('Inflation has fallen from 9% to 7%.', '9% to 7%', 7, '%', 'percent', { trend: 'down', trendOf: 'level', from: 9 }),
  q('Growth will slow from 4.8 to 4.7 percent.', '4.8 to 4.7 percent', 4.7, '%', 'percent', { trend: 'down', trendOf: 'level', from: 4.8 }),
  // Bounds
  q('At least 40 tonnes fell.', 'At least 40 tonnes', 40, 't', 'measure', { bound: '>=' }),
  q('Fewer than 20 cases were found.', 'Fewer than 20 cases', 20, 'cases', 'count', { bound: '<' }),
  q('Over 300 people came.', 'Over 300 people', 300, 'people', 'count', { bound: '>' }),
  q('Up to 5,000 jobs are at risk.', 'Up to 5,000 jobs', 5000, 'jobs', 'count', { bound: '<=' }),
  q('Under 10% voted.', 'Under 10%', 10, '%', 'percent', { bound: '<' }),
  q('No more than 12 players may join.', 'No more than 12 players', 12, 'players', 'count', { bound: '<=' }),
  q('More than 3,000 flights were cancelled.', 'More than 3,000 flights', 3000, 'flights', 'count', { bound: '>' }),
  q('Less than $5 was left.', 'Less than $5', 5, 'USD', 'money', { bound: '<' }),
  q('In excess of 100 homes burned.', 'In excess of 100 homes', 100, 'homes', 'count', { bound: '>' }),
  q('A maximum of 50 guests is allowed.', 'A maximum of 50 guests', 50, 'guests', 'count', { bound: '<=' }),
  q('It had 500 or more branches.', '500 or more branches', 500, 'branches', 'count', { bound: '>=' }),
  q('Just under 296 hp is produced.', 'Just under 296 hp', 296, 'hp', 'measure', { bound: '<', approximate: true }),
  // Approximations
  q('About 300 people came.', 'About 300 people', 300, 'people', 'count', { bound: '~', approximate: true }),
  q('Around 70% voted.', 'Around 70%', 70, '%', 'percent', { bound: '~', approximate: true }),
  q('Roughly 2,000 homes were hit.', 'Roughly 2,000 homes', 2000, 'homes', 'count', { bound: '~', approximate: true }),
  q('Some 40 ships sailed.', 'Some 40 ships', 40, 'ships', 'count', { bound: '~', approximate: true }),
  q('An estimated 180,000 fled.', 'An estimated 180,000', 180000, null, 'other', { bound: '~', approximate: true }),
  q('Approximately 12 km were covered.', 'Approximately 12 km', 12, 'km', 'measure', { bound: '~', approximate: true }),
  q('Nearly 600 people applied.', 'Nearly 600 people', 600, 'people', 'count', { bound: '~', approximate: true }),
  q('Cooking takes ~25 minutes here, at ~45g each.', '~45g', 45, 'g', 'measure', { bound: '~', approximate: true }),
  // Rates and prices per unit
  q('Exports climbed to 5,000 tonnes each month.', '5,000 tonnes', 5000, 't', 'measure', { rate: 'P1M', trend: 'up', trendOf: 'level' }),
  q('They pay $3500 a month in rent.', '$3500', 3500, 'USD', 'money', { rate: 'P1M' }),
  q('Oil was up at $58.24 per barrel.', '$58.24 per barrel', 58.24, 'USD', 'money', { per: 'barrels' }),
  q('Gold traded at $1,271.2 an ounce.', '$1,271.2 an ounce', 1271.2, 'USD', 'money', { per: 'oz' }),
  q('The loss was 63 cents per share.', '63 cents per share', 63, 'cents', 'count', { per: 'share' }),
  q('Space costs $80 per sq m.', '$80 per sq m', 80, 'USD', 'money', { per: 'm2' }),
  q('Sea levels rise 11 feet per century.', '11 feet', 11, 'ft', 'measure', { rate: 'P100Y', trend: 'up', trendOf: 'amount' }),
  q('About 15,000 to 18,000 deserters leave each month.', 'About 15,000 to 18,000 deserters', null, 'deserters', 'count', { range: { low: 15000, high: 18000 }, bound: '~', approximate: true, rate: 'P1M' }),
  // Trends
  q('Unemployment rose 7,000 in November.', '7,000', 7000, null, 'other', { trend: 'up', trendOf: 'amount' }),
  q('Sales fell by 5%.', '5%', 5, '%', 'percent', { trend: 'down', trendOf: 'amount' }),
  q('Profits doubled to £40m.', '£40m', 40000000, 'GBP', 'money', { trend: 'up', trendOf: 'level' }),
  q('Shares were down 2.3%.', '2.3%', 2.3, '%', 'percent', { trend: 'down', trendOf: 'amount' }),
  q('There was a 5% rise in prices.', '5%', 5, '%', 'percent', { trend: 'up', trendOf: 'amount' }),
  q('The team gave up 517 rushing yards.', '517 rushing yards', 517, 'rushing yards', 'count'),
  q('Revenue plunged 40% last year.', '40%', 40, '%', 'percent', { trend: 'down', trendOf: 'amount' }),
  q('Prices surged to a record $150.', '$150', 150, 'USD', 'money'),
  q('Shares plummeted 65% during 2022.', '65%', 65, '%', 'percent', { trend: 'down', trendOf: 'amount' }),
  q('The debris stretched for some seven miles (11 km).', '11 km', 11, 'km', 'measure', { bound: '~', approximate: true }),
  // Not quantities
  none('It happened in 2022, on November 9th, in its fourth year.'),
  none('The meeting starts at 10:30 a.m.'),
  none('Bitcoin fell at 10.45pm last night.'),
  none('The new iPhone 11 is out.'),
  none('The S&P 500 closed higher.'),
  none('It tied Game 7 at 89-89.'),
  none('Chelsea won 3-1 at home.'),
  none('The office is at 575 Wilbraham Road.'),
  none('Call 020 7946 0018 for details.'),
  none('The category 4 hurricane hit land.'),
  none('Boeing grounded its 787 Dreamliner fleet.'),
  none('The G7 met in May.'),
  none('Keytruda 2018 sales were strong.'),
  none('1. Introduction'),
  none('The Three Gorges Dam is vast.'),
  none('May I ask a question?'),
  none('He lives at No. 10 Downing Street.'),
];
