// @ts-nocheck
import { reference } from '../../../src/index.ts';
export function sutWith(name, parts) {
  return { ...reference, name: `red-team-35/${name}`, ...parts };
}
