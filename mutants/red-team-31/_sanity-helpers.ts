// @ts-nocheck
// not a system (leading _): helpers with no flags, must behave as the reference
import { CP } from './_cp.ts';
import { K } from './_kernel.ts';
import { C } from './_client.ts';
export default { name: 'rt31-helpers-noflags', createClient: (p, c) => new C(p, c, {}), createControlPlane: (p, c) => new CP(p, c, {}), createKernel: (p, c) => new K(p, c, {}) };
