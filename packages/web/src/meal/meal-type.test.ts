import { describe, expect, it } from 'vitest';
import { guessMealType } from './meal-type.js';

describe('the meal type guessed from the time', () => {
  it.each([
    [0, 0, 'breakfast'],
    [7, 45, 'breakfast'],
    [10, 29, 'breakfast'],
    [10, 30, 'lunch'],
    [14, 59, 'lunch'],
    [15, 0, 'snack'],
    [16, 59, 'snack'],
    [17, 0, 'dinner'],
    [21, 59, 'dinner'],
    [22, 0, 'snack'],
    [23, 59, 'snack'],
  ] as const)('%i:%i is %s', (hours, minutes, expected) => {
    expect(guessMealType(hours, minutes)).toBe(expected);
  });
});
