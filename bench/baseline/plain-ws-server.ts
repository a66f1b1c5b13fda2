import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

/**
 * The memory baseline: the plain `ws` library with the same options as FitIQ's gateway and no
 * application state, answering each text frame with a tiny frame. Prints its port on stdout.
 */
const server = createServer((_req, res) => res.end('ok'));
const wss = new WebSocketServer({
  server,
  perMessageDeflate: false,
  clientTracking: false,
  maxPayload: 65536,
});
wss.on('connection', (ws) => {
  ws.on('message', () => ws.send('{"type":"ready"}'));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`listening ${address.port}`);
});
