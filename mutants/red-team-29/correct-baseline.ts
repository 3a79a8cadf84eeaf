// @ts-nocheck
import { sut } from './_sut.ts';
export default sut('correct-baseline', {});
