/**
 * "chips and salsa", "chips and guac", "a basket of chips with queso": chips eaten with a dip are
 * tortilla chips, whatever "chips" alone means (a bag of potato chips).
 */
import type { FoodDatabase } from '../foods/database.js';
import type { Food } from '../foods/food.js';

const DIP_WORDS = ['salsa', 'guacamole', 'guac', 'queso', 'pico de gallo', 'bean dip'];
const GENERIC_CHIPS = new Set(['chip', 'chips']);
const TORTILLA_CHIPS = 'tortilla-chips';

const isDip = (food: Food) => food.names.some((name) => DIP_WORDS.includes(name));

type ChipsDraft = { food: Food; range: { span: { key: string } } };

/** Switches chips named by the word alone to tortilla chips when the meal has a dip. */
export function chipsForDip(drafts: readonly ChipsDraft[], database: FoodDatabase): void {
  if (!drafts.some((draft) => isDip(draft.food))) return;
  const tortillaChips = database.byId(TORTILLA_CHIPS);
  if (tortillaChips === undefined) return;
  for (const draft of drafts) {
    if (GENERIC_CHIPS.has(draft.range.span.key)) draft.food = tortillaChips;
  }
}
