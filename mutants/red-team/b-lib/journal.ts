// red-team (b) helper, NOT a mutant: a small durable journal of INTENT records, the kind of
// write-ahead log a control-plane or client engineer might add "for robustness". Each entry
// is JSON in an INTENT record, appended and synced (both are crash points, like any port call).

import type { Port } from '../../../src/ports.ts';

export interface JournalEntry {
  readonly t: string;
  readonly [key: string]: unknown;
}

export function journal(port: Port, entry: JournalEntry): void {
  port.append({ kind: 'INTENT', data: JSON.stringify(entry) });
  port.sync();
}

export function readJournal(port: Port): JournalEntry[] {
  const entries: JournalEntry[] = [];
  for (const record of port.records()) {
    if (record.kind !== 'INTENT') continue;
    try {
      const entry = JSON.parse(record.data) as JournalEntry;
      if (entry !== null && typeof entry === 'object' && typeof entry.t === 'string') entries.push(entry);
    } catch {
      // not ours
    }
  }
  return entries;
}
