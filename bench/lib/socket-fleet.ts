import WebSocket from 'ws';

export type FleetSocket = { ws: WebSocket; userId: string };

/**
 * Opens `count` sockets to `url`, `concurrency` handshakes at a time, each sending `hello(i)` and
 * resolving on the first frame matching `isReady`.
 */
export const openFleet = async (
  url: string,
  count: number,
  hello: (index: number) => { frame: string; userId: string },
  onFrame: (socket: FleetSocket, data: string) => void,
  isReady: (data: string) => boolean,
  concurrency = 200,
): Promise<FleetSocket[]> => {
  const sockets: FleetSocket[] = [];
  let next = 0;
  const openOne = (index: number) =>
    new Promise<void>((resolve, reject) => {
      const { frame, userId } = hello(index);
      const ws = new WebSocket(url, { perMessageDeflate: false });
      const socket = { ws, userId };
      let ready = false;
      ws.once('open', () => ws.send(frame));
      ws.on('message', (data) => {
        const text = data.toString();
        if (!ready && isReady(text)) {
          ready = true;
          sockets.push(socket);
          resolve();
          return;
        }
        onFrame(socket, text);
      });
      ws.once('error', reject);
      ws.once(
        'close',
        (code) => !ready && reject(new Error(`socket ${index} closed with ${code} before ready`)),
      );
    });
  const worker = async () => {
    while (next < count) await openOne(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return sockets;
};

export const closeFleet = (sockets: readonly FleetSocket[]): void => {
  for (const { ws } of sockets) ws.terminate();
};
