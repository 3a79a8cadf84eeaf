#!/bin/bash
# usage: lib/sweep.sh NAME  (runs the 440-run sweep for mutants/red-team-36/NAME.ts)
cd /tmp/rt36
n=$1
out=/tmp/rt36-out/$n
rm -rf $out
node bin/aerosim.mjs sweep --scenario all --seeds 20 --jobs 2 --check-determinism 0 --out $out --sut mutants/red-team-36/$n.ts > $out.log 2>&1
rc=$?
fails=$(grep -c '"verdict"' $out/results.jsonl 2>/dev/null)
line=$(grep "failures by invariant" $out.log)
total=$(grep -E "^results:" $out.log | sed -E "s/.* ([0-9]+) failed.*/\1/")
echo "$n rc=$rc failed=$total/440 | $line" | tee -a /tmp/rt36-out/SUMMARY.txt
