import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startServer } from '@fitiq/server';
const config = loadConfig({ ...process.env, PORT: '18080', FITIQ_DATA_DIR: mkdtempSync(join(tmpdir(), 'hz-')), FITIQ_RATE_LIMIT: 'off', FITIQ_LOG_LEVEL: 'warn' });
await startServer({ config });
console.log('up');
process.on('SIGTERM', () => process.exit(0));
