import { createRequire } from 'node:module';
import type winkNLPFactory from 'wink-nlp';
import type winkModel from 'wink-eng-lite-web-model';
import { WINK_TYPED_LETTER_PIECES } from './lexicon/wink-pieces.js';

type WinkNLP = ReturnType<typeof winkNLPFactory>;

// wink-nlp and its model (CommonJS) are loaded on first use, not on import: the main thread of a
// worker-pool run never tags and so never holds the model (about 60 MB).
const requireCjs = createRequire(import.meta.url);

/** The part of wink's core model that holds the lexeme table (not in its published types). */
interface CoreModel {
  features: { lexeme: { hash: Record<string, number>; list: string[] } };
}

let tagger: WinkNLP | undefined;
/** wink's lexeme table: a hash from word to index, and the list of words by index. */
let lexemes: CoreModel['features']['lexeme'] | undefined;
/** Index in the lexeme list where the document being read started adding words. */
let documentStart = 0;
/** Length of the lexeme list once wink had loaded: the words after it came from documents. */
let loadedSize = 0;

/**
 * After this many lexemes (model, load-time and hidden per-document ones), the tagger is
 * rebuilt from the model so that memory stays flat over an archive of any size. The model holds
 * about 88,000; a news article adds about 50, so the tagger is rebuilt about every 6,000
 * articles, which costs about 160 ms each time (0.03 ms an article) and keeps each thread's
 * memory within about 40 MB of its low point (1,500,000 let a thread grow by 150 MB and more).
 */
const MAX_LEXEMES = 400_000;

/** Keep a reference to the lexeme table of the core model wink builds, and make its hash prototype-free. */
function captureLexemes(core: CoreModel): CoreModel {
  // A prototype-free hash: words such as "constructor" or "toString" are not found in Object.prototype.
  Object.setPrototypeOf(core.features.lexeme.hash, null);
  lexemes = core.features.lexeme;
  return core;
}

const LETTERS_ONLY = /^[A-Za-z]+$/;

/**
 * Whether wink reads a word the same wherever it stands, so that the entry an earlier document
 * made for it is the one a fresh tagger would make. wink records a new word with the category
 * its tokenizer gave it where it first met it, and that category can depend on the context: "05"
 * alone is a number, and "USD" split off "USD500" is a currency where "USD" alone is a word. A
 * word of ASCII letters is a word wherever it stands, unless it holds one of the letter strings
 * wink's splitting patterns type otherwise ({@link WINK_TYPED_LETTER_PIECES}), in any letter
 * case, as its lower-case form is recorded with it.
 */
function readsAlwaysAsWord(word: string): boolean {
  if (!LETTERS_ONLY.test(word)) return false;
  const upper = word.toUpperCase();
  for (const piece of WINK_TYPED_LETTER_PIECES) if (upper.includes(piece)) return false;
  return true;
}

/**
 * wink-nlp keeps one cache of words for all documents: a word it meets for the first time is
 * added to its lexeme table, and later documents tokenize and type that word by what was
 * recorded then (a "05" once recorded as a number stays a number). Output would depend on which
 * articles were read before, and so on batch order and worker count. To keep every document
 * independent, the words a document added are removed from the lexeme hash when the next one
 * starts (wink re-adds them as new, consistently with its other tables), except the words it
 * reads the same in any context ({@link readsAlwaysAsWord}): reading those again would only
 * repeat the same work (it took a third of the tagger's time), and their entries are the ones a
 * fresh tagger would make. The words wink added while loading stay. The hidden entries still
 * take a little memory in wink's lists, so the tagger is rebuilt from the model after
 * {@link MAX_LEXEMES} of them.
 *
 * Notes: relies on wink-nlp 2.4's core model layout (`features.lexeme.hash` and `.list`),
 * which is pinned; the tagger tests fail if that changes.
 */
function createTagger(): WinkNLP {
  const winkNLP = requireCjs('wink-nlp') as typeof winkNLPFactory;
  const model = requireCjs('wink-eng-lite-web-model') as typeof winkModel;
  const source = model as unknown as { core: () => CoreModel };
  const wrapped = { ...model, core: () => captureLexemes(source.core()) } as unknown as typeof model;
  const nlp = winkNLP(wrapped, ['sbd', 'pos']);
  documentStart = lexemes!.list.length;
  loadedSize = documentStart;
  return nlp;
}

/** Remove from the lexeme hash the words the last document added, but those read the same anywhere. */
function forgetLastDocument(): void {
  const { hash, list } = lexemes!;
  for (let i = documentStart; i < list.length; i++) {
    const word = list[i]!;
    if (hash[word] === i && !readsAlwaysAsWord(word)) delete hash[word];
  }
  documentStart = list.length;
}

/**
 * Remove from the lexeme hash every word documents added, as if the tagger had just loaded (for
 * tests: a document read after this is read as by a fresh tagger).
 */
export function forgetAllDocuments(): void {
  if (!tagger) return;
  const { hash, list } = lexemes!;
  for (let i = loadedSize; i < list.length; i++) {
    const word = list[i]!;
    if (hash[word] === i) delete hash[word];
  }
  documentStart = list.length;
}

/**
 * Read one document with wink-nlp (tokens, sentences, part-of-speech tags), as if it were the
 * first document read: independent of every document before it.
 */
export function readDocument(text: string): { doc: ReturnType<WinkNLP['readDoc']>; its: WinkNLP['its'] } {
  if (!tagger || lexemes!.list.length > MAX_LEXEMES) tagger = createTagger();
  else forgetLastDocument();
  const doc = tagger.readDoc(text);
  return { doc, its: tagger.its };
}

/** Whether wink's lexeme table, as the document being read sees it, holds a word (for tests). */
export function taggerKnows(word: string): boolean {
  tagger ??= createTagger();
  return lexemes !== undefined && Object.hasOwn(lexemes.hash, word);
}
