/** The contract's numeric limits, in a module that imports nothing (browsers load it for free). */
export const RAW_INPUT_MAX_LENGTH = 1000;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 128;
export const POLL_LIMIT_MAX = 500;
export const POLL_LIMIT_DEFAULT = 100;
export const POLL_WAIT_MAX_SECONDS = 30;
