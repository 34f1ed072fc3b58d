/** Currency symbols and words → ISO 4217 codes. Hand-curated. */

/** Currency symbols, and symbols with a country prefix ("US$"). */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD', 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', 'HK$': 'HKD', 'NZ$': 'NZD', 'S$': 'SGD', '£': 'GBP', '€': 'EUR',
  '¥': 'JPY', '₽': 'RUB', '₴': 'UAH', '₹': 'INR', '₩': 'KRW', '₺': 'TRY', '₪': 'ILS', 'R$': 'BRL', '₦': 'NGN',
};

/** Currency words and codes written after the number ("5 million euros", "10bn roubles"). Lower case. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', usd: 'USD', euro: 'EUR', euros: 'EUR', eur: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', gbp: 'GBP', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', rub: 'RUB', yen: 'JPY',
  jpy: 'JPY', yuan: 'CNY', renminbi: 'CNY', cny: 'CNY', rupee: 'INR', rupees: 'INR', inr: 'INR', hryvnia: 'UAH',
  hryvnias: 'UAH', uah: 'UAH', franc: 'CHF', francs: 'CHF', chf: 'CHF', lira: 'TRY', liras: 'TRY',
  krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', shekel: 'ILS', shekels: 'ILS', naira: 'NGN', rand: 'ZAR',
  peso: 'MXN', pesos: 'MXN', real: 'BRL', reais: 'BRL', zloty: 'PLN', zlotys: 'PLN', dirham: 'AED', dirhams: 'AED',
  riyal: 'SAR', riyals: 'SAR', bitcoin: 'BTC', bitcoins: 'BTC',
};
