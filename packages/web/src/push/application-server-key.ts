/**
 * The server's VAPID key (base64url, as GET /push/key gives it) as the bytes PushManager.subscribe
 * takes. Safari accepts only bytes, not the string other browsers also take.
 */
export const applicationServerKey = (base64url: string): Uint8Array<ArrayBuffer> => {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** Whether a subscription was made with this key: one made with an older key is never pushed to. */
export const sameKey = (subscribedWith: ArrayBuffer | null, key: Uint8Array<ArrayBuffer>): boolean => {
  if (!subscribedWith || subscribedWith.byteLength !== key.length) return false;
  const bytes = new Uint8Array(subscribedWith);
  return bytes.every((byte, i) => byte === key[i]);
};
