/** Test utilities for the other packages' tests: a real server in-process or as a child process. */
export { createFitiqDatabase, createSqliteFileOfAnotherApp } from './fitiq-sqlite-file.js';
export { GatedParser } from './gated-parser.js';
export { HoldingParser } from './holding-parser.js';
export { logMeal, registerUser, request } from './http-client.js';
export { getMeal, patchMeal, streamHead, waitForEvent, waitForOutcomeAfter } from './meal-edits.js';
export { type PushService, startPushService, type TestSubscription } from './push-service.js';
export { type ServerProcess, spawnServer } from './server-process.js';
export { readSse } from './sse-client.js';
export { startTestServer, testConfig } from './test-server.js';
export { assertContiguous, TestSocket } from './ws-client.js';
