// @ts-nocheck
// 7.1: when the outcome comes from the kernel's DUPLICATE or an outcome query (an old
// decision), the client normalises the rejection text's double quotes to single quotes
// "for the terminal". The rejection is no longer shown verbatim, but only in those rare answers.
import { Client } from '../../src/client.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  onMessage(from: Address, message: Message): void {
    if (message.kind === 'answer' && message.rejection !== null && (message.source === 'kernel-duplicate' || message.source === 'kernel-query')) {
      const self = this as any;
      const r = self.requests.get(message.requestId);
      if (r !== undefined && r.phase !== 'done' && r.phase !== 'challenged') {
        probe('cl-dup-text-quotes', `${message.requestId} ${message.source} ${message.rejection.code}`);
        const text = message.text.replace(/"/g, "'");
        return super.onMessage(from, { ...message, text, rejection: { code: message.rejection.code, text } });
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('cl-dup-text-quotes', { createClient: (p, c) => new C(p, c) });
