/** claimkit's version, written into every document's `generator`. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';

/** claimkit's name, written into every document's `generator`. */
export const NAME = 'claimkit';
