import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLexicons } from '../../src/lexicons.js';
import { createDraft } from '../../src/pipeline/draft.js';
import { segmentStage } from '../../src/stages/segment/index.js';

const lexicons = buildLexicons();

/** The tokens of a text after the segment stage. */
function tokens(text: string) {
  const draft = createDraft(text, { id: 'x', title: null, url: null, source: { path: null, format: 'text', sha256: null, record: null } }, { value: null, origin: 'none' }, lexicons);
  segmentStage.run(draft);
  return draft.tokens;
}

describe('numeric token repair', () => {
  it.each([
    ['It fell at 10.45pm.', '10.45pm'],
    ['worth $US12,400,000 in all', '12,400,000'],
    ['closed at RM12.40 today', '12.40'],
    ['a rate of .001 per cent', '.001'],
    ['one 1⁄32 share', '1⁄32'],
    ['dated 2019-05-03 here', '2019-05-03'],
  ])('keeps the number in %s whole', (text, number) => {
    expect(tokens(text).map((t) => t.text)).toContain(number);
  });

  it.each([
    ['a meal at RM12, then', ['RM', '12', ',']],
    ['paid PS30m.', ['PS', '30', 'm', '.']],
    ['worth EUR5bn in all', ['EUR', '5', 'bn']],
  ])('splits a currency code written against its number in %s', (text, pieces) => {
    const texts = tokens(text).map((t) => t.text);
    const at = texts.indexOf(pieces[0]!);
    expect(texts.slice(at, at + pieces.length)).toEqual(pieces);
  });

  it('leaves numbers glued to letters in one token alone ("5pm", "G7")', () => {
    const texts = tokens('at 5pm the G7 met').map((t) => t.text);
    expect(texts).toContain('5pm');
    expect(texts).toContain('G7');
  });

  it('keeps every token exact, in order and without overlap', () => {
    const piece = fc.constantFrom('10.4', '5pm', '$US12', ',', '400,000', 'RM12', 'PS4m', 'Y=', 'μm', '.', '50', '001', '1', '⁄', '32', 'x', ' ', '-', '2019-05', '03', ':', '30', 'a');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
        const ts = tokens(text);
        for (let i = 0; i < ts.length; i++) {
          expect(text.slice(ts[i]!.start, ts[i]!.end)).toBe(ts[i]!.text);
          expect(ts[i]!.index).toBe(i);
          if (i > 0) expect(ts[i]!.start).toBeGreaterThanOrEqual(ts[i - 1]!.end);
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
