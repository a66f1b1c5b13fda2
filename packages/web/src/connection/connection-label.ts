import type { ConnectionStatus, TransportKind } from '@fitiq/client';

export const TRANSPORT_LABEL: Record<TransportKind, string> = {
  websocket: 'WebSocket',
  sse: 'Server-Sent Events',
  'long-poll': 'long-polling',
};

export type ConnectionView = { label: string; tone: 'good' | 'warn' | 'bad' | 'idle'; detail: string };

/**
 * What the indicator says for the SDK's state. "Live" only when the SDK says live, which it does only
 * after the server's `ready`: an open socket alone is not shown as live.
 */
export const connectionView = (status: ConnectionStatus): ConnectionView => {
  const via = status.transport ? TRANSPORT_LABEL[status.transport] : 'the server';
  switch (status.state) {
    case 'live':
      return { label: 'Live', tone: 'good', detail: `Updates arrive instantly over ${via}.` };
    case 'fallback':
      return {
        label: 'Fallback',
        tone: 'warn',
        detail: `Updates arrive over ${via}; the WebSocket is retried in the background.`,
      };
    case 'connecting':
      return { label: 'Connecting', tone: 'warn', detail: `Connecting over ${via}…` };
    case 'reconnecting':
      return {
        label: 'Reconnecting',
        tone: 'warn',
        detail: status.error ? `Connection lost: ${status.error.message}` : 'Connection lost; reconnecting.',
      };
    case 'offline':
      return {
        label: 'Offline',
        tone: 'bad',
        detail: 'This device is offline. Meals you add are kept here and uploaded when it is back.',
      };
    case 'closed':
      return {
        label: 'Not connected',
        tone: 'idle',
        detail: status.error ? status.error.message : 'Not connected to the server.',
      };
  }
};
