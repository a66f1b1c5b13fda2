import type {
  CloseCode,
  POLL_LIMIT_MAX as ContractPollLimitMax,
  RAW_INPUT_MAX_LENGTH as ContractRawInputMax,
} from '@fitiq/contract';

/*
 * The contract's runtime constants, restated: '@fitiq/contract' has one entry point, and it loads the
 * schema library, which browsers must not download for three numbers. The `typeof` annotations make
 * the compiler fail here the day the contract changes one of them.
 */

export const CLOSE_CODES = {
  goingAway: 1001,
  messageTooBig: 1009,
  badToken: 4001,
  helloTimeout: 4002,
  malformedFrame: 4400,
  tooManyConnections: 4429,
} as const satisfies Record<string, CloseCode>;

export const POLL_LIMIT_MAX: typeof ContractPollLimitMax = 500;

export const RAW_INPUT_MAX_LENGTH: typeof ContractRawInputMax = 1000;
