// @ts-nocheck
// 4.1 / 1 (no ambiguity about what executed): the client keeps "operation → request id" for its
// status line and, when the operator re-issues the same operation, shows the id that operation
// had first, while the new submit goes out under a fresh id. Questions about "that request"
// then go to the old one.
import { Client } from '../../src/client.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class C extends Client {
  private readonly first = new Map<string, string>();
  private alias: string | null = null;
  constructor(port: any, config: any) {
    let me: C | null = null;
    super(wrapPort(port, {
      display: (o: any) => {
        if (o.kind === 'request-id' && me !== null && me.alias !== null && me.alias !== o.requestId) {
          probe('cl-reissue-shows-old-id', `shows ${me.alias} for ${o.requestId}`);
          return port.display({ ...o, requestId: me.alias });
        }
        port.display(o);
      },
    }), config);
    me = this;
  }
  onOperator(command: any): void {
    const self = this as any;
    if (command.kind !== 'submit') return super.onOperator(command);
    const key = JSON.stringify(command.operation);
    this.alias = this.first.get(key) ?? null;
    const before = new Set(self.requests.keys());
    try { super.onOperator(command); } finally { this.alias = null; }
    if (!this.first.has(key)) for (const id of self.requests.keys()) if (!before.has(id)) this.first.set(key, id);
  }
}
export default sut('cl-reissue-shows-old-id', { createClient: (p, c) => new C(p, c) });
