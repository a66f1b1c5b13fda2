import autocannon from 'autocannon';
import { startBenchServer, stopBenchServer } from '../bench/lib/bench-server.ts';
const s = await startBenchServer();
const r: any = await new Promise((res, rej) => autocannon({ url: `${s.url}/healthz`, connections: 50, duration: 5 }, (e, x) => e ? rej(e) : res(x)));
console.log('healthz', r.requests.average);
await stopBenchServer(s);
