import WebSocket from 'ws';
import { readCompletion, type System } from './shared.js';

export type Completion = { job: number; committedAt: number; receivedAt: number };

/**
 * A load-generator client: one plain `ws` socket speaking each system's own wire protocol, with the
 * resume logic of that system's client library and nothing else, so both sides cost the load
 * generator the same. FitIQ: `hello` with the cursor, ack completions. Socket.IO (engine.io v4,
 * socket.io v5): CONNECT with `pid` and the last `offset`, as socket.io-client does for recovery.
 */
export abstract class LeanClient {
  live = false;
  liveAt = 0;
  recovered = false;
  protected ws: WebSocket | null = null;

  constructor(
    readonly url: string,
    readonly user: number,
    protected readonly token: string,
    private readonly onCompleted: (client: LeanClient, completion: Completion) => void,
    /** The event type whose receipt is measured. */
    private readonly measuredType: () => string,
  ) {}

  protected get measured(): string {
    return this.measuredType();
  }

  /** Opens (or reopens, resuming) the socket; resolves once the client is live, rejects if it cannot be. */
  connect(): Promise<void> {
    this.live = false;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.url, { perMessageDeflate: false });
      this.ws = ws;
      ws.on('message', (data) => {
        const text = data.toString();
        const wasLive = this.live;
        this.onFrame(ws, text);
        if (!wasLive && this.live) {
          this.liveAt = performance.now();
          resolve();
        }
      });
      ws.on('error', (error) => reject(error));
      ws.once('close', () => {
        if (this.ws === ws) this.live = false;
        reject(new Error('closed before live'));
      });
    });
  }

  /** The network drops: the socket dies without a closing handshake from the client's side. */
  drop(): void {
    this.live = false;
    this.ws?.terminate();
  }

  protected completed(frame: string): void {
    const completion = readCompletion(frame);
    if (completion) this.onCompleted(this, { ...completion, receivedAt: Date.now() });
  }

  protected abstract onFrame(ws: WebSocket, text: string): void;
}

const SEQ = /^\{"type":"event","event":\{"seq":(\d+)/;

export class FitiqLeanClient extends LeanClient {
  private cursor = 0;

  protected onFrame(ws: WebSocket, text: string): void {
    if (text.startsWith('{"type":"event"')) {
      const seq = Number(SEQ.exec(text)?.[1]);
      if (seq <= this.cursor) return;
      this.cursor = seq;
      if (text.includes(`"type":"${this.measured}"`)) {
        this.completed(text);
        ws.send(`{"type":"ack","seq":${seq}}`);
      }
    } else if (text.startsWith('{"type":"ready"')) {
      this.recovered = this.cursor > 0;
      this.live = true;
    } else if (text.startsWith('{"type":"ping"')) {
      ws.send(text.replace('"ping"', '"pong"'));
    }
  }

  override connect(): Promise<void> {
    const opened = super.connect();
    this.ws?.once('open', () =>
      this.ws?.send(JSON.stringify({ type: 'hello', token: this.token, after: this.cursor })),
    );
    return opened;
  }
}

const OFFSET = /,"([^"]*)"\]$/;

export class SocketIoLeanClient extends LeanClient {
  private pid: string | null = null;
  private offset: string | null = null;

  protected onFrame(ws: WebSocket, text: string): void {
    if (text.startsWith('42')) {
      const offset = OFFSET.exec(text)?.[1];
      if (offset !== undefined && this.pid) this.offset = offset;
      if (text.startsWith(`42["${this.measured}"`)) this.completed(text);
    } else if (text === '2') {
      ws.send('3');
    } else if (text.startsWith('0{')) {
      // engine.io open: connect to the main namespace, resuming the session if we have one.
      const auth: Record<string, string> = { token: this.token };
      if (this.pid) auth.pid = this.pid;
      if (this.offset !== null) auth.offset = this.offset;
      ws.send(`40${JSON.stringify(auth)}`);
    } else if (text.startsWith('40')) {
      const { pid } = JSON.parse(text.slice(2)) as { sid: string; pid?: string };
      this.recovered = pid !== undefined && pid === this.pid;
      this.pid = pid ?? null;
      this.live = true;
    } else if (text.startsWith('44')) {
      ws.close();
    }
  }
}

export const createLeanClient = (
  system: System,
  url: string,
  user: number,
  token: string,
  onCompleted: (client: LeanClient, completion: Completion) => void,
  measured: () => string,
): LeanClient =>
  system === 'fitiq'
    ? new FitiqLeanClient(url, user, token, onCompleted, measured)
    : new SocketIoLeanClient(url, user, token, onCompleted, measured);
