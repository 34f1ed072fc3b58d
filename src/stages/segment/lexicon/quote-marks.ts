/**
 * Quotation marks and their roles. A mark is an opener, a closer, or ambiguous (the straight
 * marks), and belongs to the double or the single family; single marks double as apostrophes.
 */

/** Double quotation marks that only open. */
export const DOUBLE_OPENERS: readonly string[] = ['“', '„', '‟', '«', '``'];
/** Double quotation marks that only close. */
export const DOUBLE_CLOSERS: readonly string[] = ['”', '»'];
/** Double quotation marks that open or close depending on context. */
export const DOUBLE_AMBIGUOUS: readonly string[] = ['"', '＂', "''"];
/** Single quotation marks that only open. */
export const SINGLE_OPENERS: readonly string[] = ['‘', '‚', '‹'];
/** Single quotation marks that only close (’ is also the apostrophe). */
export const SINGLE_CLOSERS: readonly string[] = ['’', '›'];
/** Single quotation marks that open or close depending on context (also the apostrophe). */
export const SINGLE_AMBIGUOUS: readonly string[] = ["'"];
/** Closing brackets a sentence end may be followed by. */
export const CLOSING_BRACKETS: readonly string[] = [')', ']', '}'];
/** Opening brackets a sentence may start with. */
export const OPENING_BRACKETS: readonly string[] = ['(', '[', '{'];
