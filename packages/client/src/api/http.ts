import { AuthError, FitIQError, NetworkError, TimeoutError } from './errors.js';
import { problemError } from './problem.js';
import type { TokenManager } from './token-manager.js';

export type FetchLike = typeof fetch;

export type HttpRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** false for register and login. */
  auth?: boolean;
  signal?: AbortSignal;
  /** Aborts a request that has no answer after this long; 0 for none (streams). */
  timeoutMs?: number;
};

export type HttpOptions = { baseUrl: string; tokens: TokenManager; fetch?: FetchLike; timeoutMs?: number };

/**
 * The one place requests are made: URL, bearer token, timeouts, problem+json into ApiError, and the
 * 401 rule (renew the token once, retry once, then AuthError).
 */
export class HttpClient {
  readonly baseUrl: string;
  private readonly fetchImpl: FetchLike;
  private readonly timeoutMs: number;

  constructor(private readonly options: HttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  get tokens(): TokenManager {
    return this.options.tokens;
  }

  /** Sends the request and returns the response if it is a 2xx; anything else is thrown as a typed error. */
  async send(request: HttpRequest): Promise<Response> {
    const auth = request.auth ?? true;
    let token = auth ? this.requireToken() : null;
    let response = await this.once(request, token);
    if (response.status === 401 && auth && token) {
      // Only a refused token is renewed: a refused password (deleting the account) is the caller's answer.
      const refusal = await problemError(response);
      if (refusal.code !== 'unauthorized') throw this.pastTheToken(token, refusal);
      const fresh = await this.tokens.renew(token);
      if (!fresh) throw new AuthError('the server refused the access token and no new one is available');
      token = fresh;
      response = await this.once(request, token);
      if (response.status === 401) {
        // The renewed token can be fine and the password still wrong: that refusal is the caller's answer.
        const second = await problemError(response);
        if (second.code !== 'unauthorized') throw this.pastTheToken(token, second);
        throw new AuthError('the server refused the renewed access token');
      }
    }
    if (!response.ok) throw await problemError(response);
    if (token) this.tokens.confirm(token);
    return response;
  }

  async json<T>(request: HttpRequest): Promise<{ body: T; status: number; headers: Headers }> {
    const response = await this.send(request);
    const text = await response.text();
    return {
      body: (text ? JSON.parse(text) : null) as T,
      status: response.status,
      headers: response.headers,
    };
  }

  url(path: string, query?: HttpRequest['query']): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {}))
      if (value !== undefined) params.set(key, `${value}`);
    const search = params.toString();
    return `${this.baseUrl}${path}${search ? `?${search}` : ''}`;
  }

  /**
   * A 401 about something else than the token (the password) comes after the server accepted the
   * token: it is proven, so its later expiry may be renewed again.
   */
  private pastTheToken(token: string, refusal: FitIQError): FitIQError {
    this.tokens.confirm(token);
    return refusal;
  }

  private requireToken(): string {
    const token = this.tokens.current;
    if (!token) throw new AuthError('no access token: log in first, or pass a token');
    return token;
  }

  private async once(request: HttpRequest, token: string | null): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    const timeoutMs = request.timeoutMs ?? this.timeoutMs;
    const timeout = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : null;
    const signals = [request.signal, timeout].filter((s): s is AbortSignal => s != null);
    try {
      return await this.fetchImpl(this.url(request.path, request.query), {
        method: request.method,
        headers,
        ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
        ...(signals.length > 0 ? { signal: AbortSignal.any(signals) } : {}),
      });
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      if (timeout?.aborted)
        throw new TimeoutError(`${request.method} ${request.path}: no answer in ${timeoutMs} ms`);
      if (error instanceof FitIQError) throw error;
      throw new NetworkError(`${request.method} ${request.path}: ${(error as Error).message}`, error);
    }
  }
}
