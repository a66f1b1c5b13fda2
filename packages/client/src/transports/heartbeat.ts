/**
 * Detects a silent peer. The WebSocket of a half-open TCP connection (a dead Wi-Fi, a NAT that forgot
 * us) stays "open" forever; only the absence of traffic tells. Every tick sends a ping (when `ping` is
 * given) and declares the peer dead once nothing was heard for `silenceMs`.
 */
export class Heartbeat {
  private lastHeard = Date.now();
  private handle: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly options: {
      intervalMs: number;
      silenceMs: number;
      hidden: () => boolean;
      ping?: () => void;
      onSilent: () => void;
    },
  ) {}

  start(): void {
    this.stop();
    this.lastHeard = Date.now();
    this.handle = setInterval(() => this.tick(), this.options.intervalMs);
  }

  heard(): void {
    this.lastHeard = Date.now();
  }

  /** Back in the foreground: a peer silent for longer than allowed is dead now, not at the next tick. */
  check(): void {
    if (this.handle === null) return;
    if (Date.now() - this.lastHeard > this.options.silenceMs) this.options.onSilent();
    else this.options.ping?.();
  }

  stop(): void {
    if (this.handle !== null) clearInterval(this.handle);
    this.handle = null;
  }

  private tick(): void {
    // Hidden pages get their timers throttled to a minute or more; a verdict from such a clock would be
    // wrong, and the platform closes idle sockets of hidden pages anyway. We judge again on foreground.
    if (this.options.hidden()) {
      this.lastHeard = Date.now();
      return;
    }
    if (Date.now() - this.lastHeard > this.options.silenceMs) {
      this.stop();
      this.options.onSilent();
      return;
    }
    this.options.ping?.();
  }
}
