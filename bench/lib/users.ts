import { registerUser } from '@fitiq/server/testing';

/** Registers `count` users, a few at a time (scrypt makes each registration ~50 ms of CPU). */
export const registerUsers = async (
  url: string,
  count: number,
): Promise<Array<{ id: string; token: string }>> => {
  const users: Array<{ id: string; token: string }> = [];
  for (let i = 0; i < count; i += 8) {
    const batch = await Promise.all(Array.from({ length: Math.min(8, count - i) }, () => registerUser(url)));
    users.push(...batch.map((s) => ({ id: s.user.id, token: s.access_token })));
  }
  return users;
};
