import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times: 100 on every Linux build Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (ms) the main thread of process `pid` has used, from /proc: the thread that runs the
 * server's event loop, without its GC helpers and the WAL checkpointer. null where /proc is missing
 * (not Linux). Divided by the requests served, it tells what a request costs the server itself,
 * where req/s also depend on the load generator, which shares the machine's cores.
 */
export const mainThreadCpuMs = (pid: number): number | null => {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime, stime are 14, 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
};
