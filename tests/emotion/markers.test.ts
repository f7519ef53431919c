import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stickyEmotion } from '../../src/emotion/emotion.ts';
import { emotionFromTagTitle, emotionFromTags, emotionTagTitle } from '../../src/emotion/tags.ts';
import { VALENCE_LEVELS, parseValenceMarker, withValenceMarker } from '../../src/model/valence.ts';

const VARIANTS: [string, number][] = [
  ['😡', -2], ['😠', -2], ['🤬', -2], ['😤', -2], ['😭', -2], ['😫', -2], ['😩', -2], ['😖', -2],
  ['😟', -1], ['🙁', -1], ['☹️', -1], ['☹', -1], ['😞', -1], ['😕', -1], ['😒', -1], ['😣', -1], ['😔', -1], ['😢', -1], ['👎', -1], ['👎🏽', -1],
  ['😐', 0], ['😶', 0], ['😑', 0],
  ['🙂', 1], ['😀', 1], ['😃', 1], ['😊', 1], ['😄', 1], ['☺️', 1], ['😌', 1], ['👍', 1], ['👍🏻', 1],
  ['😍', 2], ['🤩', 2], ['🥰', 2], ['😁', 2], ['🥳', 2], ['❤️', 2], ['❤', 2],
  ['(+2)', 2], ['(2)', 2], ['(+1)', 1], ['( 0 )', 0], ['(0)', 0], ['(-1)', -1], ['(−1)', -1], ['(-2)', -2], ['( - 2 )', -2],
];

describe('valence markers', () => {
  it.each(VARIANTS)('%s at the start of a sticky reads as %i and is cut from the text', (marker, level) => {
    expect(parseValenceMarker(`${marker} Checkout takes too long`)).toEqual({ valence: level, rest: 'Checkout takes too long' });
    expect(parseValenceMarker(`  ${marker}Checkout`)).toEqual({ valence: level, rest: 'Checkout' });
  });

  it.each(['Checkout 😡 takes long', '(3) too far', '(+-1) odd', '🎉 launch party', '2) second point', '🤔 hmm'])('"%s" carries no marker', (text) => {
    expect(parseValenceMarker(text)).toBeNull();
  });

  it('writing a marker and reading it back gives the level and the text, whatever marker was there', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALENCE_LEVELS), fc.constantFrom('', ...VARIANTS.map(([marker]) => `${marker} `)), fc.stringMatching(/^[a-zA-Z][a-zA-Z ,.]{0,30}$/), (level, old, text) => {
        expect(parseValenceMarker(withValenceMarker(`${old}${text}`, level))).toEqual({ valence: level, rest: text });
      }),
    );
  });
});

describe('emotion tags', () => {
  it.each([
    ['emotion: very negative', -2], ['Emotion: Negative', -1], ['EMOTION:neutral', 0], ['emotion :  positive ', 1], ['emotion: Very  Positive', 2], ['emotion: very-positive', 2],
  ])('"%s" is level %i', (title, level) => {
    expect(emotionFromTagTitle(title)).toBe(level);
  });

  it.each(['emotion: great', 'emotions: positive', 'channel: email', 'positive', 'emotion:'])('"%s" is no emotion tag', (title) => {
    expect(emotionFromTagTitle(title)).toBeNull();
  });

  it('the title written for each level reads back as that level', () => {
    for (const level of VALENCE_LEVELS) expect(emotionFromTagTitle(emotionTagTitle(level))).toBe(level);
  });

  it('the first emotion tag among a sticky’s tags counts', () => {
    expect(emotionFromTags(['channel: web', 'emotion: negative', 'emotion: positive'])).toBe(-1);
    expect(emotionFromTags(['owner: sales'])).toBeNull();
  });
});

describe('where a sticky’s emotion comes from', () => {
  const scoreText = (text: string) => (text.includes('love') ? 3 : text.includes('late') ? -1 : 0);
  const base = { palette: 'classic' as const, scoreText };

  it('a marker wins over a tag, the colour and the text', () => {
    expect(stickyEmotion({ text: '😡 I love it', tagTitles: ['emotion: very positive'], color: 'green' }, base)).toEqual({ valence: -2, source: 'marker' });
  });

  it('a tag wins over the colour and the text', () => {
    expect(stickyEmotion({ text: 'I love it', tagTitles: ['emotion: negative'], color: 'green' }, base)).toEqual({ valence: -1, source: 'tag' });
  });

  it('a palette colour is kept unless the text is asked for', () => {
    const facts = { text: 'I love it', tagTitles: [], color: 'red' };
    expect(stickyEmotion(facts, base)).toEqual({ valence: -2, source: 'colour' });
    expect(stickyEmotion(facts, { ...base, recomputeFromText: true })).toEqual({ valence: 2, source: 'text' });
  });

  it('the colour is read in the map’s palette', () => {
    expect(stickyEmotion({ text: 'x', tagTitles: [], color: 'orange' }, { ...base, palette: 'colour-blind' })).toEqual({ valence: -2, source: 'colour' });
  });

  it('the default colour and colours outside the palette fall through to the text', () => {
    expect(stickyEmotion({ text: 'Parcel came late', tagTitles: [], color: 'light_yellow' }, base)).toEqual({ valence: -1, source: 'text' });
    expect(stickyEmotion({ text: 'Parcel came late', tagTitles: [], color: 'pink' }, base)).toEqual({ valence: -1, source: 'text' });
    expect(stickyEmotion({ text: 'I love it', tagTitles: [], color: undefined }, base)).toEqual({ valence: 2, source: 'text' });
  });

  it('text with no sentiment is neutral', () => {
    expect(stickyEmotion({ text: 'Opens the app', tagTitles: [], color: 'light_yellow' }, base)).toEqual({ valence: 0, source: 'text' });
    expect(stickyEmotion({ text: '', tagTitles: [], color: 'light_yellow' }, base)).toEqual({ valence: 0, source: 'text' });
  });
});
