// @ts-nocheck
// breaks spec 7.1 (verbatim): held rejections share one scratch object, so a batch releases every rejection with the last one's code and text.
import { GCBase, makeSut, probe } from './lib/gcbase.ts';
class M extends GCBase {
  releaseAll() {
    const held = this.batch.held;
    this.batch.held = [];
    let scratch = null;
    for (const { message } of held) if (message.kind === 'answer' && message.rejection !== null) scratch = message.rejection;
    for (const { to, message } of held) {
      if (message.kind === 'answer' && message.rejection !== null && scratch !== null) {
        if (scratch.text !== message.rejection.text || scratch.code !== message.rejection.code) probe('shared-scratch ' + message.requestId + ' ' + message.rejection.code + '->' + scratch.code);
        this.release(to, { ...message, rejection: scratch, text: scratch.text });
      } else this.release(to, message);
    }
  }
}
export default makeSut('rt33 gc-shared-scratch', M);
