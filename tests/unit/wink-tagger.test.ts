import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { serializeDocument } from '../../src/formats/serialize.js';
import { forgetAllDocuments, readDocument, taggerKnows } from '../../src/stages/segment/wink-tagger.js';
import { WINK_TYPED_LETTER_PIECES } from '../../src/stages/segment/lexicon/wink-pieces.js';
import { fixtureDocuments } from '../helpers.js';

describe('wink tagger isolation', () => {
  it('forgets the words of a document whose reading depends on where they stand', () => {
    forgetAllDocuments();
    expect(taggerKnows('4471')).toBe(false);
    readDocument('Order 4471 was paid in USD500.');
    expect(taggerKnows('4471')).toBe(true);
    expect(taggerKnows('USD')).toBe(true);
    readDocument('Another text.');
    // "USD" split off "USD500" is a currency, alone it is a word; numbers are typed by context.
    expect(taggerKnows('4471')).toBe(false);
    expect(taggerKnows('USD')).toBe(false);
    expect(taggerKnows('the')).toBe(true);
  });

  it('keeps a word of letters, which it reads the same anywhere', () => {
    forgetAllDocuments();
    readDocument('The Zorblaxian envoy arrived.');
    readDocument('Another text.');
    expect(taggerKnows('Zorblaxian')).toBe(true);
    expect(taggerKnows('zorblaxian')).toBe(true);
    forgetAllDocuments();
    expect(taggerKnows('Zorblaxian')).toBe(false);
  });

  it('reads a document the same after any other as after none (property)', () => {
    // Pieces that wink types by context (currency codes, numbers, times, ordinals, emoticons),
    // glued in every way its tokenizer splits.
    const piece = fc.constantFrom('USD', 'usd', 'Usd', 'GBP', 'gbp', 'INR', 'AUD', 'am', 'pm', 'hours', 'hrs', 'th', 'st', 'XD', 'xP', 'P', 'D', 'Zork', 'zork', 'ZORK', 'Qwx', 'Mr', 'etc', 'Ltd', 'cannot', 'us', 'US', 'It', '05', '10', '3', '1st');
    const glue = fc.constantFrom('', ' ', ' ', '.', ',', ':', ';', '-', "'", '’', '5', '$', '£', '#', '@', '(', ')', '/', '&', ':)', '...', '\n');
    const text = fc.array(fc.tuple(piece, glue), { minLength: 1, maxLength: 25 }).map((parts) => parts.map(([p, g]) => p + g).join(''));
    const tokens = (t: string): string => {
      const { doc, its } = readDocument(t);
      const all = doc.tokens();
      return JSON.stringify([all.out(its.value), all.out(its.type), all.out(its.pos), doc.sentences().out()]);
    };
    fc.assert(
      fc.property(text, text, (before, probe) => {
        forgetAllDocuments();
        const fresh = tokens(probe);
        forgetAllDocuments();
        tokens(before);
        expect(tokens(probe)).toBe(fresh);
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('lists every letter string that the splitting patterns of wink type as other than a word', () => {
    const core = (createRequire(import.meta.url)('wink-eng-lite-web-model') as { core: () => { trex: { rtc: [string, string, number][] }; tcat: { hash: Record<string, number> }; features: { lexeme: { list: string[] } } } }).core();
    const word = core.tcat.hash['word'];
    const typed = core.trex.rtc.filter(([, , category]) => category !== word).map(([source, flags]) => new RegExp(`^(?:${source})$`, flags.replace('g', '')));
    const candidates = new Set(['am', 'pm', 'hours', 'hrs', 'th', 'st', 'nd', 'rd', 'XD', 'xP', 'P', 'D', 'O', 'S', 'X', 'o', 'us', ...WINK_TYPED_LETTER_PIECES]);
    for (const w of core.features.lexeme.list) if (/^[A-Za-z]+$/.test(w)) candidates.add(w);
    const found = new Set<string>();
    for (const c of candidates) {
      for (const form of [c, c.toUpperCase(), c.toLowerCase()]) if (typed.some((r) => r.test(form))) found.add(form);
    }
    expect([...found].sort()).toEqual([...WINK_TYPED_LETTER_PIECES].sort());
  });

  it('does not answer prototype keys as words', () => {
    readDocument('x');
    expect(taggerKnows('hasOwnProperty')).toBe(false);
    expect(taggerKnows('__defineGetter__')).toBe(false);
  });

  it('gives every fixture the same document whatever was read before it', async () => {
    const docs = await fixtureDocuments();
    const forward = docs.map((d) => serializeDocument(extract(d.text, { referenceDate: '2025-01-01' })));
    const backward = [...docs].reverse().map((d) => serializeDocument(extract(d.text, { referenceDate: '2025-01-01' }))).reverse();
    expect(backward).toEqual(forward);
  });
});
