// @ts-nocheck
import { reference } from '../../src/index.ts';
export default { ...reference, name: 'rt31-reference-copy' };
