import { type Static, Type } from 'typebox';

/**
 * An amount the user set for a food the parser had to guess the amount of (v1.1); a later text naming
 * the food without an amount gets it.
 */
export const RememberedPortion = Type.Object({
  food_id: Type.String(),
  name: Type.String({ description: "The food's name when the portion was remembered" }),
  quantity: Type.Number(),
  unit: Type.String(),
  grams: Type.Number(),
  updated_at: Type.String({ format: 'date-time' }),
});
export type RememberedPortion = Static<typeof RememberedPortion>;

export const PortionList = Type.Object({
  portions: Type.Array(RememberedPortion, { description: 'Most recently set first' }),
});
export type PortionList = Static<typeof PortionList>;
