import type { RememberedPortion } from '@fitiq/contract';
import type { FitIQApi } from '../api/api-client.js';

/**
 * The amounts the server remembered from the user's corrections: a later text naming one of these
 * foods without an amount gets it (`source: "memory"`). Listed most recent first; forgetting one
 * brings back the parser's default for that food.
 */
export class Portions {
  constructor(private readonly api: FitIQApi) {}

  list(signal?: AbortSignal): Promise<RememberedPortion[]> {
    return this.api.portions(signal);
  }

  forget(foodId: string, signal?: AbortSignal): Promise<void> {
    return this.api.forgetPortion(foodId, signal);
  }
}
