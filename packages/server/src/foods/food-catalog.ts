/**
 * The food table the server reads (search, a food's view, an item's nutrients from its amount): the
 * nutrition package's catalog, whose data and ranking may change underneath without this side
 * changing. Nutrients of a food item always come from here, never from a client.
 */
export type { FoodAmount, FoodCatalog, FoodView } from '@fitiq/nutrition';
