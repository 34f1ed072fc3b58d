import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { serializeDocument } from '../../src/formats/serialize.js';
import { readDocument, taggerKnows } from '../../src/stages/segment/wink-tagger.js';
import { fixtureDocuments } from '../helpers.js';

describe('wink tagger isolation', () => {
  it('forgets the words of a document when the next one starts', () => {
    readDocument('The Zorblaxian envoy arrived.');
    expect(taggerKnows('Zorblaxian')).toBe(true);
    expect(taggerKnows('the')).toBe(true);
    readDocument('Another text.');
    expect(taggerKnows('Zorblaxian')).toBe(false);
    expect(taggerKnows('the')).toBe(true);
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
