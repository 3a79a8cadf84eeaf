#!/bin/bash
# usage: lib/hunt.sh NAME [MAX]  — replays the passing runs of /tmp/rt37-out/NAME with RT37_PROBE=1
# and lists those in which the mutant's harmful path ran (stops after MAX, default 5)
cd /tmp/rt37
n=${1%.ts}; n=${n##*/}; max=${2:-5}; found=0
python3 -c "
import json
rows=[]
for l in open('/tmp/rt37-out/$n/results.jsonl'):
    d=json.loads(l)
    if 'scenario' in d and d['verdict']['kind']=='pass': rows.append((d['scenario'], d['seed']))
pref=['mixed','late-replies','duplicate-requests','kernel-crash-after-fence','cp-crash-during-dispatch','timing-swarm','swarm','skewed-clocks','kernel-rejection','index-limits','invalid-request']
rows.sort(key=lambda r:(pref.index(r[0]) if r[0] in pref else 99, int(r[1])))
for r in rows: print(*r)
" > /tmp/rt37-out/$n.passing
while read sc seed; do
  c=$(RT37_PROBE=1 node bin/aerosim.mjs run --scenario $sc --seed $seed --sut mutants/red-team-37/$n.ts --quiet 2>&1 | grep -c '^RT37_PROBE')
  if [ "$c" -gt 0 ]; then echo "$n PASS-WITH-HARM $sc $seed probes=$c"; found=$((found+1)); [ $found -ge $max ] && break; fi
done < /tmp/rt37-out/$n.passing
echo "$n hunted: $found found (passing runs: $(wc -l < /tmp/rt37-out/$n.passing))"
