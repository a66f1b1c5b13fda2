import { type Static, Type } from 'typebox';

export const PASSWORD_MIN_LENGTH = 8;

export const Credentials = Type.Object(
  {
    email: Type.String({ format: 'email', minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type Credentials = Static<typeof Credentials>;

export const User = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  created_at: Type.String({ format: 'date-time' }),
});
export type User = Static<typeof User>;

export const Session = Type.Object({
  user: User,
  access_token: Type.String(),
  token_type: Type.Literal('Bearer'),
  expires_in: Type.Integer({ description: 'Seconds until the access token expires' }),
  refresh_token: Type.String({
    description: 'Opaque; exchange it at /auth/refresh for a new pair. Each one works once.',
  }),
  refresh_expires_in: Type.Integer({ description: 'Seconds until the refresh token expires' }),
});
export type Session = Static<typeof Session>;

/** Refresh tokens are `<selector>.<secret>` in base64url; the bound only keeps junk out. */
export const RefreshRequest = Type.Object(
  { refresh_token: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export type RefreshRequest = Static<typeof RefreshRequest>;

/** The current password, asked again before an irreversible step (deleting the account). */
export const PasswordConfirmation = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 1024 }) },
  { additionalProperties: false },
);
export type PasswordConfirmation = Static<typeof PasswordConfirmation>;
