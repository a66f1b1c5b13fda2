import { jwtVerify, SignJWT } from 'jose';

/**
 * What both servers and the load generator agree on: users, tokens and the job a frame belongs to.
 * Both servers verify the same HS256 token in the handshake, so auth costs the same on both sides.
 */
export const BENCH_SECRET = 'fitiq-compare-bench-secret-not-for-production-use';
const secret = new TextEncoder().encode(BENCH_SECRET);
const ISSUER = 'fitiq';
const AUDIENCE = 'fitiq-api';

export const userId = (index: number): string => `bench-user-${index}`;

/** FitIQ refuses an access token whose session it does not know; the bench user's one session. */
export const sessionId = (index: number): string => `bench-session-${index}`;

export const mintToken = (index: number): Promise<string> =>
  new SignJWT({ sid: sessionId(index) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId(index))
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(secret);

/**
 * The access tokens a server's job source sends, one per user, minted when the users are set up:
 * a client holds its token before it posts, so minting is no part of what a step measures (minted
 * during the steps it took about 4% of the server's CPU at 1,000 new users/s, on both servers).
 */
export const createTokenBook = () => {
  const tokens = new Map<number, string>();
  return {
    async mintUpTo(count: number): Promise<void> {
      for (let user = 0; user < count; user++) if (!tokens.has(user)) tokens.set(user, await mintToken(user));
    },
    async token(user: number): Promise<string> {
      let value = tokens.get(user);
      if (!value) {
        value = await mintToken(user);
        tokens.set(user, value);
      }
      return value;
    },
  };
};

export const verifyToken = async (token: string): Promise<string> => {
  const { payload } = await jwtVerify(token, secret, {
    algorithms: ['HS256'],
    issuer: ISSUER,
    audience: AUDIENCE,
  });
  if (typeof payload.sub !== 'string') throw new Error('token has no subject');
  return payload.sub;
};

/** The meal text of job `job`: the job number rides in the text, so every frame says which job it is. */
export const rawInput = (job: number): string => `2 eggs and a slice of toast [job ${job}]`;

const JOB = /\[job (\d+)\]/;
const CREATED_AT = /"created_at":"([^"]+)"/;

/** Job number and commit time of an event frame (the first created_at in a frame is the event's). */
export const readCompletion = (frame: string): { job: number; committedAt: number } | null => {
  const job = JOB.exec(frame)?.[1];
  const createdAt = CREATED_AT.exec(frame)?.[1];
  if (job === undefined || createdAt === undefined) return null;
  return { job: Number(job), committedAt: Date.parse(createdAt) };
};

/** Which user job `job` belongs to: jobs go round-robin over the users. */
export const jobUser = (job: number, users: number): number => job % users;

/**
 * FitIQ; the stack a team would build instead (Socket.IO, the meal and its job in SQLite); and the
 * same Socket.IO server storing nothing, the upper bound of what a push layer can do here.
 */
export type System = 'fitiq' | 'sqlite' | 'socketio';
export const SYSTEMS: readonly System[] = ['fitiq', 'sqlite', 'socketio'];
export const BASELINES = ['sqlite', 'socketio'] as const;
export const LABEL: Record<System, string> = {
  fitiq: 'FitIQ',
  sqlite: 'Socket.IO + SQLite',
  socketio: 'Socket.IO in memory',
};
