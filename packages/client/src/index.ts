/**
 * @fitiq/client: the FitIQ SDK for browsers and Node 20. In Node, import `@fitiq/client/node` for the
 * file storage and a client preset with `ws`.
 */
export { FitIQApi, type LoggedMeal, type LogMealInput } from './api/api-client.js';
export {
  ApiError,
  AuthError,
  type ClientErrorCode,
  ClosedError,
  FitIQError,
  InvalidInputError,
  NetworkError,
  ProtocolError,
  TimeoutError,
} from './api/errors.js';
export { type FetchLike, HttpClient } from './api/http.js';
export { type SessionStore, storageSessionStore } from './api/session-store.js';
export { type RenewToken, type SessionTokens, TokenManager } from './api/token-manager.js';
export {
  type ClientEvents,
  type EditOutcome,
  FitIQClient,
  type MealConflict,
  type PendingEdit,
  type SignOutReason,
} from './client.js';
export { DEFAULT_TIMING, type FitIQClientOptions, type Timing } from './client-options.js';
export { type BackoffOptions, backoffDelay } from './connection/backoff.js';
export { Connection, type ConnectionEvents, type ConnectionOptions } from './connection/connection.js';
export { type CursorStore, memoryCursorStore } from './connection/cursor-store.js';
export { ConnectionState, type ConnectionStatus, type StateChange } from './connection/state.js';
export type { DeliveryStats, DiagnosticEvent, TransportStats } from './diagnostics/diagnostics.js';
export { Diagnostics } from './diagnostics/diagnostics.js';
export { editApplied } from './edits/edit-applied.js';
export { addItem, itemEdit, removeItem, replaceItem } from './edits/item-edits.js';
export {
  gramsPerUnit,
  itemTotals,
  LOCAL_ITEM_PREFIX,
  MASS_GRAMS,
  previewMeal,
} from './edits/meal-preview.js';
export { Foods } from './foods/foods.js';
export { Portions } from './foods/portions.js';
export { type GoalsState, GoalsStore } from './goals/goals-store.js';
export { isGoals, NO_GOALS } from './goals/goals-value.js';
export type { EditRecord } from './outbox/edit-record.js';
export { Outbox, type OutboxEvents } from './outbox/outbox.js';
export {
  type CopySource,
  isEditRecord,
  type LogOptions,
  type OutboxEntry,
  type OutboxRecord,
} from './outbox/outbox-record.js';
export { RecentMeals, type RecentState } from './recent/recent-meals.js';
export { indexedDbStorage } from './storage/indexeddb-storage.js';
export { memoryStorage } from './storage/memory-storage.js';
export type { ClientStorage } from './storage/storage.js';
export { dayTotals, localDate, today } from './store/day.js';
export { type DayState, DayStore } from './store/day-store.js';
export type { MealEntry } from './store/meal-entry.js';
export { type LoadedSummary, rangeDays, Summaries } from './summary/summaries.js';
export { longPollTransport } from './transports/long-poll-transport.js';
export { sseTransport } from './transports/sse-transport.js';
export type { Transport, TransportEnd, TransportFactory, TransportKind } from './transports/transport.js';
export type { WebSocketConstructor, WebSocketLike } from './transports/websocket-like.js';
export { webSocketTransport } from './transports/websocket-transport.js';
