/**
 * Letter strings that wink-nlp's tokenizer can type as something other than a word when it splits
 * them off a longer token: the currency codes of its recursive patterns ("USD" in "USD500" is a
 * currency, "USD" alone is a word). Taken from the splitting patterns of
 * wink-eng-lite-web-model 1.x (`trex.rtc`, category "currency"); a unit test checks the list
 * against the installed model.
 */
export const WINK_TYPED_LETTER_PIECES: readonly string[] = ['USD', 'AUD', 'INR', 'GBP'];
