// @ts-nocheck
// 7.1: the kernel's rejection object is passed through, but the answer's human text is
// "polished" for operators: first letter capitalised, a full stop added
// ('Collection "events" does not exist.'). Only for kernel rejections (validation texts are
// the control plane's own and left alone).
import { ControlPlane } from '../../src/control-plane.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

export function polish(text: string): string {
  const t = text.charAt(0).toUpperCase() + text.slice(1);
  return t.endsWith('.') ? t : `${t}.`;
}
class CP extends ControlPlane {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      send: (to: any, m: any) => {
        if (m.kind === 'answer' && m.rejection !== null && m.source !== 'validation') {
          probe('cp-text-polish', `${m.requestId} ${m.source}`);
          return port.send(to, { ...m, text: polish(m.rejection.text) });
        }
        port.send(to, m);
      },
    }), config);
  }
}
export default sut('cp-text-polish', { createControlPlane: (p, c) => new CP(p, c) });
