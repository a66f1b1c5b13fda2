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
});
export type Session = Static<typeof Session>;
