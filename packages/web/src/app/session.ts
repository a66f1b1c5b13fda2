/** Who is signed in on this browser: kept in localStorage so a reload (even offline) stays signed in. */
export type Session = Readonly<{ token: string; user: Readonly<{ id: string; email: string }> }>;

const KEY = 'fitiq.session';

export const loadSession = (): Session | null => {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.token !== 'string' || typeof parsed.user?.id !== 'string') return null;
    return { token: parsed.token, user: { id: parsed.user.id, email: String(parsed.user.email ?? '') } };
  } catch {
    return null;
  }
};

export const saveSession = (session: Session): void => localStorage.setItem(KEY, JSON.stringify(session));

export const clearSession = (): void => localStorage.removeItem(KEY);
