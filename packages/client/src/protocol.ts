/*
 * The contract's runtime constants come from its schema-free entry point, so browsers do not download
 * the schema library for a few numbers.
 */
export {
  CloseCode as CLOSE_CODES,
  ITEM_GRAMS_MAX,
  ITEM_QUANTITY_MAX,
  isRawInputLengthValid,
  POLL_LIMIT_MAX,
  RAW_INPUT_MAX_LENGTH,
  SUMMARY_RANGE_MAX_DAYS,
} from '@fitiq/contract/protocol';
