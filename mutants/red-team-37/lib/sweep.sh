#!/bin/bash
# usage: lib/sweep.sh NAME...   (sweeps each mutants/red-team-37/NAME.ts; writes /tmp/rt37-out/NAME and a summary line)
cd /tmp/rt37
for n in "$@"; do
  n=${n%.ts}; n=${n##*/}
  rm -rf /tmp/rt37-out/$n
  node bin/aerosim.mjs sweep --scenario all --seeds 20 --jobs 2 --check-determinism 0 --sut mutants/red-team-37/$n.ts --out /tmp/rt37-out/$n --no-progress > /tmp/rt37-out/$n.log 2>&1
  python3 - "$n" <<'PY'
import json,sys,collections
n=sys.argv[1]
tot=0;fail=0;inv=collections.Counter();kinds=collections.Counter()
for line in open(f'/tmp/rt37-out/{n}/results.jsonl'):
    d=json.loads(line)
    if 'scenario' not in d: continue
    tot+=1
    v=d['verdict']
    if v['kind']!='pass':
        fail+=1; kinds[v['kind']]+=1
        for x in set(x['invariant'] for x in v.get('violations',[])): inv[x]+=1
print(f"{n}: {fail}/{tot} failed; kinds={dict(kinds)}; invariants={dict(inv)}")
PY
done
