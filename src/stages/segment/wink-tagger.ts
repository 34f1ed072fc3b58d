import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;

/** The part of wink's core model that holds the lexeme table (not in its published types). */
interface CoreModel {
  features: { lexeme: { hash: Record<string, number> } };
}

let tagger: WinkNLP | undefined;
/** The lexeme table as wink sees it: the model's own words plus `seenInDocument`. */
let lexemeView: Record<string, number> | undefined;
/** Lexemes wink added while loading. */
let loaded = new Map<string, number>();
/** Lexemes added while loading and while reading the current document. */
let seenInDocument = new Map<string, number>();

/** Put the lexeme table of wink's core model behind the per-document view described below. */
function isolateLexemes(core: CoreModel): CoreModel {
  const own = core.features.lexeme.hash;
  lexemeView = new Proxy(own, {
    get(target, key, receiver) {
      if (typeof key !== 'string') return Reflect.get(target, key, receiver);
      const added = seenInDocument.get(key);
      if (added !== undefined) return added;
      return Object.hasOwn(target, key) ? target[key] : undefined;
    },
    set(target, key, value, receiver) {
      if (typeof key !== 'string') return Reflect.set(target, key, value, receiver);
      seenInDocument.set(key, value as number);
      return true;
    },
    has(target, key) {
      return typeof key === 'string' ? seenInDocument.has(key) || Object.hasOwn(target, key) : Reflect.has(target, key);
    },
  });
  core.features.lexeme.hash = lexemeView;
  return core;
}

/**
 * wink-nlp keeps one cache of words for all documents: a word it meets for the first time is
 * added to its lexeme table, and later documents tokenize and type that word by what was
 * recorded then (a "05" once recorded as a number stays a number). Output would depend on which
 * articles were read before, and so on batch order and worker count. To keep every document
 * independent, the lexeme table is put behind a view that shows the model's own entries plus
 * those added while reading the current document; entries from earlier documents are hidden
 * (wink re-adds them as new, consistently with its other tables).
 *
 * Notes: relies on wink-nlp 2.4's core model layout (`features.lexeme.hash`), which is pinned;
 * the tagger tests fail if that changes. Hidden entries still take memory, a few dozen bytes per
 * new word per document.
 */
function createTagger(): WinkNLP {
  const source = model as unknown as { core: () => CoreModel };
  const wrapped = { ...model, core: () => isolateLexemes(source.core()) } as unknown as typeof model;
  const nlp = winkNLP(wrapped, ['sbd', 'pos']);
  // What wink added while it loaded belongs to every document.
  loaded = new Map(seenInDocument);
  return nlp;
}

/**
 * Read one document with wink-nlp (tokens, sentences, part-of-speech tags), as if it were the
 * first document read: independent of every document before it.
 */
export function readDocument(text: string): { doc: ReturnType<WinkNLP['readDoc']>; its: WinkNLP['its'] } {
  tagger ??= createTagger();
  seenInDocument = new Map(loaded);
  const doc = tagger.readDoc(text);
  return { doc, its: tagger.its };
}

/** Whether wink's lexeme table, as the document being read sees it, holds a word (for tests). */
export function taggerKnows(word: string): boolean {
  tagger ??= createTagger();
  return lexemeView !== undefined && word in lexemeView;
}
