import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../api/errors.js';
import { newOutboxRecord } from './outbox-record.js';

describe('newOutboxRecord refuses what the server would refuse', () => {
  it('keeps the text trimmed', () => {
    expect(newOutboxRecord('  2 eggs \n').raw_input).toBe('2 eggs');
  });

  it.each([
    ['empty text', ''],
    ['only white space', ' \t\n '],
    ['1001 characters after trimming', `  ${'a'.repeat(1001)}  `],
  ])('refuses %s', (_name, text) => {
    expect(() => newOutboxRecord(text)).toThrow(InvalidInputError);
  });

  // The contract counts characters (code points): an emoji is one, though JavaScript's length says two.
  it('accepts 1000 characters outside the Basic Multilingual Plane, and padding around them', () => {
    const pizzas = '🍕'.repeat(1000);
    expect(newOutboxRecord(`${' '.repeat(5000)}${pizzas} `).raw_input).toBe(pizzas);
    expect(() => newOutboxRecord(`${pizzas}🍕`)).toThrow(InvalidInputError);
  });
});
