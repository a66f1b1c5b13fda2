/** A session family: every token pair descending from one login shares it, and is revoked with it. */
export type SessionFamily = {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
};

/** A refresh token as stored: its selector, the hash of its secret, and whether it was used. */
export type RefreshTokenRecord = {
  id: string;
  familyId: string;
  secretHash: string;
  createdAt: string;
  expiresAt: string;
  rotatedAt: string | null;
};

/** A refresh token read with the family it belongs to. */
export type RefreshTokenWithFamily = RefreshTokenRecord & { family: SessionFamily };
