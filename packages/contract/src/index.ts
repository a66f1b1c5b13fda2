export * from './account-export.js';
export * from './auth.js';
export * from './errors.js';
export * from './events.js';
export * from './frames.js';
export * from './limits.js';
export * from './meal-log.js';
