import { describe, expect, it } from 'vitest';
import { createSpellingCorrector } from './spelling.js';

const corrector = createSpellingCorrector(
  [
    'chicken',
    'broccoli',
    'banana',
    'bread',
    'steak',
    'beef',
    'beer',
    'rice',
    'spaghetti',
    'salmon',
    'salami',
  ],
  new Set(['break', 'speak']),
);

describe('spelling corrector', () => {
  it('corrects a food word one or two slips away', () => {
    expect(corrector.correct('chiken')).toBe('chicken');
    expect(corrector.correct('brocolli')).toBe('broccoli');
    expect(corrector.correct('bannana')).toBe('banana');
    expect(corrector.correct('spagetti')).toBe('spaghetti');
  });

  it('leaves short words alone: "been" is not "beef" and "ride" is not "rice"', () => {
    expect(corrector.correct('been')).toBeNull();
    expect(corrector.correct('ride')).toBeNull();
  });

  it('mends a dropped letter in a four-letter word ("aple" is an apple)', () => {
    const withApple = createSpellingCorrector(['apple', 'bread'], new Set());
    expect(withApple.correct('aple')).toBe('apple');
    expect(withApple.correct('bred')).toBe('bread');
  });

  it('never corrects everyday English words into foods ("break" stays a break)', () => {
    expect(corrector.correct('break')).toBeNull();
    expect(corrector.correct('speak')).toBeNull();
  });

  it('does not guess when the word is far from every food', () => {
    expect(corrector.correct('keyboard')).toBeNull();
    expect(corrector.correct('asdfghjkl')).toBeNull();
  });

  it('returns null for words already in the vocabulary', () => {
    expect(corrector.correct('chicken')).toBeNull();
  });
});
