import type { Goals } from '@fitiq/contract';

/** What a user who never set goals has: none of them. */
export const NO_GOALS: Goals = { calories: null, protein_g: null, carbs_g: null, fat_g: null };
