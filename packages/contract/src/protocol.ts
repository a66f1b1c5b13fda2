/**
 * The runtime parts of the contract that clients need, without the schema library: close codes,
 * socket error codes, the error catalog and the limits. Types come from the main entry point.
 */
export * from './errors.js';
export * from './etag.js';
export * from './frames.js';
export * from './limits.js';
