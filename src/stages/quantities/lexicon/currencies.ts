/** Currency symbols and words → ISO 4217 codes. Hand-curated. */

/** Currency symbols, and symbols with a country prefix ("US$"). */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD', 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', 'HK$': 'HKD', 'NZ$': 'NZD', 'S$': 'SGD', '£': 'GBP', '€': 'EUR',
  '¥': 'JPY', '₽': 'RUB', '₴': 'UAH', '₹': 'INR', '₩': 'KRW', '₺': 'TRY', '₪': 'ILS', 'R$': 'BRL', '₦': 'NGN',
  '$US': 'USD', '$A': 'AUD', '$NZ': 'NZD', '$C': 'CAD', 'AU$': 'AUD', 'CA$': 'CAD', 'Can$': 'CAD', 'NT$': 'TWD',
};

/**
 * Currency codes and local abbreviations written right before the number, with or without a
 * space ("USD10m", "EUR 5bn", "RM12.40", "Rs 500"). Case-sensitive: only as written here.
 */
export const CURRENCY_CODES_GLUED: Readonly<Record<string, string>> = {
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', CHF: 'CHF', AUD: 'AUD', CAD: 'CAD',
  HKD: 'HKD', NZD: 'NZD', SGD: 'SGD', INR: 'INR', RUB: 'RUB', UAH: 'UAH', KRW: 'KRW', TRY: 'TRY', ILS: 'ILS',
  BRL: 'BRL', NGN: 'NGN', ZAR: 'ZAR', MXN: 'MXN', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK', PLN: 'PLN', AED: 'AED',
  SAR: 'SAR', RM: 'MYR', Rs: 'INR', 'Rs.': 'INR', Dh: 'AED', Dhs: 'AED',
};

/** Currency words and codes written after the number ("5 million euros", "10bn roubles"). Lower case. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', usd: 'USD', euro: 'EUR', euros: 'EUR', eur: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', gbp: 'GBP', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', rub: 'RUB', yen: 'JPY',
  jpy: 'JPY', yuan: 'CNY', renminbi: 'CNY', cny: 'CNY', rupee: 'INR', rupees: 'INR', inr: 'INR', hryvnia: 'UAH',
  hryvnias: 'UAH', uah: 'UAH', franc: 'CHF', francs: 'CHF', chf: 'CHF', lira: 'TRY', liras: 'TRY',
  krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', shekel: 'ILS', shekels: 'ILS', naira: 'NGN', rand: 'ZAR',
  peso: 'MXN', pesos: 'MXN', real: 'BRL', reais: 'BRL', zloty: 'PLN', zlotys: 'PLN', dirham: 'AED', dirhams: 'AED',
  riyal: 'SAR', riyals: 'SAR', bitcoin: 'BTC', bitcoins: 'BTC', ringgit: 'MYR', baht: 'THB', won: 'KRW',
  crowns: 'DKK', 'hong kong dollars': 'HKD', 'australian dollars': 'AUD', 'canadian dollars': 'CAD',
  'new zealand dollars': 'NZD', 'singapore dollars': 'SGD', 'us dollars': 'USD', 'danish crowns': 'DKK',
  'swiss francs': 'CHF', 'south african rand': 'ZAR', 'indian rupees': 'INR', 'pounds sterling': 'GBP',
};

/**
 * Currency symbols as ASCII transliteration writes them (Unidecode, iconv `//TRANSLIT`), found in
 * archives folded to ASCII: "£4.5m" becomes "PS4.5m", "¥1,200" becomes "Y=1,200". Counted only
 * written against the number.
 */
export const TRANSLITERATED_CURRENCIES: Readonly<Record<string, string>> = { PS: 'GBP', 'Y=': 'JPY' };
