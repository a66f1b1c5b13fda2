import type * as WebPush from 'web-push';

let loaded: Promise<typeof WebPush> | null = null;

/**
 * The web-push library, loaded the first time a push is sent rather than when the server starts:
 * with its ASN.1, big-number and JWS dependencies it cost every start (and every test file that
 * starts a server) about half a second on a loaded 2-core machine, and most nodes never push.
 */
export const loadWebPush = (): Promise<typeof WebPush> => {
  loaded ??= import('web-push').then((module) => (module as { default?: typeof WebPush }).default ?? module);
  return loaded;
};
