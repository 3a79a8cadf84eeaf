#!/bin/bash
# usage: lib/hunt.sh NAME SEEDS [SCENARIOS...] — runs each (scenario, seed) with RT36_PROBE=1
# (two at a time) and counts the runs where the probe fired, by verdict; lists fired+pass runs.
cd /tmp/rt36
n=$1; seeds=$2; shift 2
scen=${@:-abandon calm client-crash-after-confirm client-crash-before-confirm client-crash-before-submit cp-crash-after-ack cp-crash-before-dispatch cp-crash-during-dispatch dispatch-lost duplicate-requests edge-values impatient-operators index-limits invalid-request kernel-crash-after-observe kernel-crash-append-sync kernel-rejection late-replies mixed skewed-clocks swarm timing-swarm}
one() { o=$(RT36_PROBE=1 node bin/aerosim.mjs run --scenario $2 --seed $3 --sut mutants/red-team-36/$1.ts --quiet 2>&1)
  f=$(echo "$o" | grep -c "^RT36_PROBE"); v=fail; echo "$o" | grep -q "verdict: pass" && v=pass; echo "$2:$3 $f $v"; }
export -f one
out=/tmp/rt36-out/hunt-$n.txt
for s in $scen; do for seed in $(seq 1 $seeds); do echo "$n $s $seed"; done; done | xargs -P 2 -n 3 bash -c 'one "$@"' _ > $out
fp=$(awk '$2>0 && $3=="pass"' $out | wc -l); ff=$(awk '$2>0 && $3=="fail"' $out | wc -l)
np=$(awk '$2==0 && $3=="pass"' $out | wc -l); nf=$(awk '$2==0 && $3=="fail"' $out | wc -l)
ex=$(awk '$2>0 && $3=="pass" {print $1}' $out | head -4 | tr '\n' ' ')
echo "$n HUNT seeds=1..$seeds runs=$(wc -l < $out) fired+pass=$fp fired+fail=$ff nofire+pass=$np nofire+fail=$nf e.g. $ex" | tee -a /tmp/rt36-out/HUNT.txt
