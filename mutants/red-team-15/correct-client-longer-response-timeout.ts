// @ts-nocheck
// CORRECT: the client waits 1.5x the configured time before it tells the operator
// "no response — outcome unknown". The spec fixes no timer values.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
export default { ...reference, name: 'correct-client-longer-response-timeout',
  createClient: (port, config) => new Client(port, { ...config, responseTimeoutMs: Math.round(config.responseTimeoutMs * 1.5) }) };
