// @ts-nocheck
// 12: the client localises its own "no response" line from the operator's LANG ("tr" and "ar"
// terminals get a translation). The same run then displays different text on another host.
import { Client, NO_RESPONSE } from '../../../src/client.ts';
import { probe } from '../lib/probe.ts';
import { sut } from '../lib/sut.ts';
import { wrapPort } from '../lib/wrap.ts';

const LANG = (typeof process !== 'undefined' && process.env ? (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') : '').slice(0, 2);
const TEXT: Record<string, string> = { tr: 'yanıt yok — sonuç bilinmiyor', ar: 'لا استجابة — النتيجة غير معروفة' };
class C extends Client {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      display: (o: any) => {
        if (o.kind === 'outcome' && o.text === NO_RESPONSE && TEXT[LANG] !== undefined) {
          probe('cl-lang-env', `${o.requestId} ${LANG}`);
          return port.display({ ...o, text: TEXT[LANG] });
        }
        port.display(o);
      },
    }), config);
  }
}
export default sut('cl-lang-env', { createClient: (p, c) => new C(p, c) });
