import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export type CheckpointResult = { busy: number; log: number; checkpointed: number };

export type WalCheckpointer = {
  /** Resolves with the outcome of a checkpoint run now (tests, and a last pass before closing). */
  checkpoint(): Promise<CheckpointResult>;
  stop(): Promise<void>;
};

/*
 * The worker's whole program. It runs as an eval'd CommonJS script so it needs no file of its own
 * next to the compiled output (the server runs from TypeScript sources in tests and from dist/ in
 * production, and a worker file would have to be found in both).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.filename);
db.pragma('busy_timeout = 1000');
const run = () => {
  const [row] = db.pragma('wal_checkpoint(PASSIVE)');
  return { busy: row.busy, log: row.log, checkpointed: row.checkpointed };
};
const timer = setInterval(() => { try { run(); } catch {} }, workerData.everyMs);
parentPort.on('message', (message) => {
  if (message.type === 'checkpoint') {
    try { parentPort.postMessage({ id: message.id, result: run() }); }
    catch (error) { parentPort.postMessage({ id: message.id, error: String(error) }); }
  } else if (message.type === 'stop') {
    clearInterval(timer);
    db.close();
    parentPort.close();
  }
});
`;

/**
 * Copies the write-ahead log back into the database file from a worker thread. SQLite's automatic
 * checkpoint runs inside whichever COMMIT pushes the log past 1,000 pages, on the event loop, and
 * includes an fsync: one request in a few hundred paid milliseconds for everyone's writes, and every
 * event committed in that window reached its sockets that much later. The server's own connection
 * turns automatic checkpoints off and this thread runs passive ones instead, which never block the
 * writer: the commit path only appends to the log.
 */
export const startWalCheckpointer = (filename: string, everyMs: number): WalCheckpointer => {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { filename, everyMs, driver } });
  // The thread must never keep a finished process alive, nor take it down.
  worker.unref();
  worker.on('error', () => {});
  const waiting = new Map<number, { resolve: (r: CheckpointResult) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  worker.on('message', (message: { id: number; result?: CheckpointResult; error?: string }) => {
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.result) pending?.resolve(message.result);
    else pending?.reject(new Error(`WAL checkpoint failed: ${message.error}`));
  });
  let running = true;
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      running = false;
      for (const pending of waiting.values()) pending.reject(new Error('WAL checkpointer stopped'));
      waiting.clear();
      resolve();
    }),
  );

  return {
    checkpoint: () =>
      new Promise((resolve, reject) => {
        if (!running) {
          reject(new Error('WAL checkpointer stopped'));
          return;
        }
        const id = nextId++;
        // Awaited answers keep the process alive until they come (an unref'd thread would not).
        worker.ref();
        waiting.set(id, {
          resolve: (result) => {
            if (waiting.size === 0) worker.unref();
            resolve(result);
          },
          reject,
        });
        worker.postMessage({ type: 'checkpoint', id });
      }),
    async stop() {
      if (running) {
        worker.ref();
        worker.postMessage({ type: 'stop' });
      }
      await exited;
    },
  };
};
