import type { User } from '@fitiq/contract';

export type UserRecord = { id: string; email: string; passwordHash: string; createdAt: string };

export const toUserDto = (user: UserRecord): User => ({
  id: user.id,
  email: user.email,
  created_at: user.createdAt,
});
