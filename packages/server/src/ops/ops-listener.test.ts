import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { ConfigError, loadConfig } from '../config.js';
import { registerUser, request } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';

let server: RunningServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('FITIQ_OPS_PORT', () => {
  it('moves /metrics to the ops listener: the main port answers 404 for it and keeps /healthz and /readyz', async () => {
    server = await startTestServer({ config: testConfig({}, { FITIQ_OPS_PORT: '0' }) });
    const opsUrl = server.opsUrl as string;
    expect(opsUrl).not.toBe(server.url);

    const onMain = await request<{ type: string }>(server.url, 'GET', '/metrics');
    expect(onMain.status).toBe(404);
    expect(onMain.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await request(server.url, 'GET', '/healthz')).status).toBe(200);
    expect((await request(server.url, 'GET', '/readyz')).status).toBe(200);

    const scraped = await request<string>(opsUrl, 'GET', '/metrics');
    expect(scraped.status).toBe(200);
    expect(scraped.body).toMatch(/^# HELP fitiq_/m);
    expect((await request(opsUrl, 'GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await request(opsUrl, 'GET', '/readyz')).body).toEqual({ status: 'ready' });
  });

  it('the ops listener serves nothing of the API, the web app or the OpenAPI document', async () => {
    server = await startTestServer({ config: testConfig({}, { FITIQ_OPS_PORT: '0' }) });
    const opsUrl = server.opsUrl as string;
    const { access_token: token } = await registerUser(server.url);
    for (const path of ['/api/v1/meal-logs', '/api/v1/me/connection-health', '/api/v1/openapi.json', '/'])
      expect((await request(opsUrl, 'GET', path, { token })).status).toBe(404);
    const register = await request(opsUrl, 'POST', '/api/v1/auth/register', {
      body: { email: 'someone@example.com', password: 'a long password' },
    });
    expect(register.status).toBe(404);
  });

  it('unset, there is no second listener and /metrics stays on the main port', async () => {
    server = await startTestServer();
    expect(server.opsUrl).toBeNull();
    expect((await request(server.url, 'GET', '/metrics')).status).toBe(200);
  });

  it('is a port number other than PORT', () => {
    expect(loadConfig({ FITIQ_OPS_PORT: '9090' }).opsPort).toBe(9090);
    expect(loadConfig({}).opsPort).toBeNull();
    expect(() => loadConfig({ FITIQ_OPS_PORT: 'metrics' })).toThrow(ConfigError);
    expect(() => loadConfig({ FITIQ_OPS_PORT: '70000' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '8080', FITIQ_OPS_PORT: '8080' })).toThrow(ConfigError);
  });
});
