import { createBuiltinParser } from '../parser/builtin-parser.js';
import type { MealParser } from '../parser/meal-parser.js';
import { GatedParser } from './gated-parser.js';

/**
 * The built-in parser, except while `hold` is set: then each call waits in `gate` until the test
 * releases it (with the built-in parser's own answer by default). For tests of what happens while a
 * meal is processing, with the real parser's items everywhere else.
 */
export class HoldingParser implements MealParser {
  readonly gate = new GatedParser();
  hold = false;
  private readonly builtin = createBuiltinParser();

  parse(text: string, signal: AbortSignal) {
    return this.hold ? this.gate.parse(text, signal) : this.builtin.parse(text, signal);
  }

  /** Releases the oldest held call with what the built-in parser makes of its text. */
  async releaseNext(): Promise<void> {
    const [text] = this.gate.pendingTexts();
    if (text === undefined) throw new Error('no parser call is waiting');
    this.gate.completeNext(await this.builtin.parse(text, new AbortController().signal));
  }
}
