// @ts-nocheck
// breaks spec 9 (audit record includes the failure's Time): records are buffered and written at the batch timer stamped with the flush time, up to GROUP_MS after the failure.
import { GCBuffered, makeSut } from './lib/gcbase.ts';
class M extends GCBuffered {}
export default makeSut('rt33 gc-stamp-at-flush', M);
