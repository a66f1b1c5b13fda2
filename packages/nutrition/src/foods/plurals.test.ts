import { describe, expect, it } from 'vitest';
import { pluralForms } from './plurals.js';

describe('pluralForms', () => {
  it('adds s to most nouns and inflects only the last word of a name', () => {
    expect(pluralForms('egg')).toEqual(['eggs']);
    expect(pluralForms('chicken wing')).toEqual(['chicken wings']);
  });

  it('knows es, ies and ves endings', () => {
    expect(pluralForms('sandwich')).toEqual(['sandwiches']);
    expect(pluralForms('berry')).toEqual(['berries', 'berrys']);
    expect(pluralForms('tomato')).toContain('tomatoes');
    expect(pluralForms('loaf')).toContain('loaves');
  });

  it('leaves words with digits or symbols alone', () => {
    expect(pluralForms('2 %')).toEqual([]);
  });
});
