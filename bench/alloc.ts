// What a run allocates per event, and where: V8's sampling heap profiler over seeds of one
// scenario (in process, the compiled harness, after warm-up seeds), counting the objects the
// collector has already freed as well. The collector's share of a checked run (bench/profile.ts)
// follows from these bytes; a count of bytes does not move with the machine's load as times
// do. Builtins (Map.set, Array.push, sort) are credited to the harness function that called
// them. Not a test.
//
//   node --import tsx bench/alloc.ts [scenario=mixed] [seeds=300] [on|off] [top=25]

import { spawnSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import type { runOnce as RunOnce } from '../sim/runner.ts';
import type { loadScenario as LoadScenario } from '../sim/scenario-file.ts';

const { buildIsFresh } = (await import(new URL('../sim/entry.mjs', import.meta.url).href)) as { buildIsFresh(): boolean };
if (!buildIsFresh()) spawnSync(process.execPath, ['sim/build.mjs'], { stdio: 'ignore' });
const from = (path: string) => (buildIsFresh() ? `../.build/${path}.js` : `../${path}.ts`);
const { runOnce } = (await import(from('sim/runner'))) as { runOnce: typeof RunOnce };
const { loadScenario } = (await import(from('sim/scenario-file'))) as { loadScenario: typeof LoadScenario };

const [name = 'mixed', seedsText = '300', mode = 'on', topText = '25'] = process.argv.slice(2);
const scenario = loadScenario(name);
const check = mode !== 'off';
for (let seed = 1; seed <= 200; seed++) runOnce({ scenario, seed: BigInt(1_000_000 + seed), check }).world?.trace.release();

interface Node {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: Node[];
}
const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
let events = 0;
for (let seed = 1; seed <= Number(seedsText); seed++) {
  const result = runOnce({ scenario, seed: BigInt(seed), check });
  events += result.countedEvents;
  result.world?.trace.release();
}
const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: Node } };

// self bytes by harness function; a builtin's bytes go to the nearest harness caller
const bySite = new Map<string, number>();
let total = 0;
const walk = (node: Node, caller: string): void => {
  const frame = node.callFrame;
  const own = frame.url === '' ? null : `${frame.functionName || '(anonymous)'} (${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1})`;
  const site = own ?? `${caller} via ${frame.functionName || '(native)'}`;
  bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const child of node.children) walk(child, own ?? caller);
};
walk(profile.head, '(root)');

const perEvent = (bytes: number) => (bytes / events).toFixed(0);
process.stdout.write(`${seedsText} seeds of ${name}, invariants ${check ? 'on' : 'off'}: ${events.toLocaleString('en-US')} events, ${perEvent(total)} bytes allocated per event\n\n| bytes per event | share | where |\n|---:|---:|---|\n`);
for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, Number(topText))) {
  process.stdout.write(`| ${perEvent(bytes)} | ${((100 * bytes) / total).toFixed(1)}% | ${site} |\n`);
}
