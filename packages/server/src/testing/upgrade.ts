import WebSocket from 'ws';

export type UpgradeAnswer = { status: number; retryAfter: string | null; body: string };

/**
 * Attempts a WebSocket upgrade and reports how the server answered: 101 when it was accepted (the
 * socket is closed again at once), else the status, Retry-After and body of the refusal.
 */
export const tryUpgrade = (baseUrl: string, options: { origin?: string } = {}): Promise<UpgradeAnswer> =>
  new Promise((resolve, reject) => {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/v1/realtime`, options);
    ws.once('open', () => {
      resolve({ status: 101, retryAfter: null, body: '' });
      ws.close();
    });
    ws.once('unexpected-response', (req, res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.once('end', () => {
        const retryAfter = res.headers['retry-after'];
        resolve({ status: res.statusCode ?? 0, retryAfter: retryAfter ?? null, body });
        req.destroy();
      });
    });
    ws.once('error', reject);
  });
