import {
  createDecipheriv,
  createECDH,
  createHmac,
  createPublicKey,
  hkdfSync,
  randomBytes,
  verify,
} from 'node:crypto';

/**
 * The browser's side of a push subscription, written from the RFCs with node:crypto alone, as an
 * independent check of what the server (and its library) sends: a P-256 key pair and an auth secret
 * (RFC 8291 §2), and the decryption of an `aes128gcm` message (RFC 8188, RFC 8291 §3.4).
 */
export class BrowserKeys {
  private readonly ecdh = createECDH('prime256v1');
  readonly authSecret = randomBytes(16);
  readonly publicKey: Buffer;

  constructor() {
    this.publicKey = this.ecdh.generateKeys();
  }

  /** As `PushSubscription.toJSON().keys` gives them. */
  get keys(): { p256dh: string; auth: string } {
    return { p256dh: this.publicKey.toString('base64url'), auth: this.authSecret.toString('base64url') };
  }

  /** The plaintext of one aes128gcm body; throws when it does not authenticate. */
  decrypt(body: Buffer): string {
    // RFC 8188 §2.1 header: salt (16), record size (4), key id length (1), key id (the sender's key).
    const salt = body.subarray(0, 16);
    const recordSize = body.readUInt32BE(16);
    const idLength = body.readUInt8(20);
    const senderKey = body.subarray(21, 21 + idLength);
    const record = body.subarray(21 + idLength);
    if (idLength !== 65)
      throw new Error(`the key id must be the sender's 65-byte key, got ${idLength} bytes`);
    if (record.length > recordSize) throw new Error('one record was expected');

    // RFC 8291 §3.3-3.4: the input keying material from ECDH and the auth secret.
    const ecdhSecret = this.ecdh.computeSecret(senderKey);
    const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), this.publicKey, senderKey]);
    const prkKey = createHmac('sha256', this.authSecret).update(ecdhSecret).digest();
    const ikm = createHmac('sha256', prkKey)
      .update(Buffer.concat([keyInfo, Buffer.from([1])]))
      .digest();

    // RFC 8188 §2.2-2.3: content encryption key and nonce.
    const derive = (info: string, length: number) =>
      Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from(info), length));
    const key = derive('Content-Encoding: aes128gcm\0', 16);
    const nonce = derive('Content-Encoding: nonce\0', 12);

    const decipher = createDecipheriv('aes-128-gcm', key, nonce);
    decipher.setAuthTag(record.subarray(record.length - 16));
    const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
    // The last record ends with the delimiter 0x02, then zero padding (RFC 8188 §2).
    let end = padded.length - 1;
    while (end >= 0 && padded[end] === 0) end--;
    if (padded[end] !== 2) throw new Error('the last record must end with the delimiter 0x02');
    return padded.subarray(0, end).toString('utf8');
  }
}

export type VapidClaims = { aud: string; exp: number; sub: string };

/**
 * Checks an RFC 8292 `Authorization: vapid t=<JWT>, k=<key>` header: an ES256 JWT signed by `k`,
 * and returns its claims and key for the caller to compare with what it expects.
 */
export const verifyVapid = (header: string | undefined): { claims: VapidClaims; key: string } => {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? '');
  if (!match) throw new Error(`not a vapid Authorization header: ${header}`);
  const [, jwt = '', key = ''] = match;
  const [encodedHeader = '', encodedClaims = '', signature = ''] = jwt.split('.');
  const jose = JSON.parse(Buffer.from(encodedHeader, 'base64url').toString()) as {
    alg: string;
    typ?: string;
  };
  if (jose.alg !== 'ES256') throw new Error(`the JWT must be ES256, got ${jose.alg}`);
  const point = Buffer.from(key, 'base64url');
  const publicKey = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const signed = Buffer.from(`${encodedHeader}.${encodedClaims}`);
  // JWS ES256 signatures are r || s, 32 bytes each (RFC 7518 §3.4), not DER.
  const valid = verify(
    'sha256',
    signed,
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!valid) throw new Error('the VAPID JWT signature does not verify with k');
  const claims = JSON.parse(Buffer.from(encodedClaims, 'base64url').toString()) as VapidClaims;
  return { claims, key };
};
