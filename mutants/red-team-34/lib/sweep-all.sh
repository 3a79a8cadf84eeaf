#!/bin/bash
# usage: lib/sweep-all.sh [names...]  — sweeps each module, prints a one-line summary
cd /tmp/rt34
SEEDS=${SEEDS:-20}
names=("$@")
[ ${#names[@]} -eq 0 ] && names=($(cd mutants/red-team-34 && ls *.ts | sed 's/\.ts$//'))
for n in "${names[@]}"; do
  out=/tmp/rt34-out/$n
  rm -rf $out
  node bin/aerosim.mjs sweep --scenario all --seeds $SEEDS --jobs 2 --check-determinism 0 --sut mutants/red-team-34/$n.ts --out $out --no-progress > $out.log 2>&1
  rc=$?
  fails=$(grep -c "^FAIL" $out.log)
  inv=$(grep 'failures by invariant' $out.log)
  echo "$n rc=$rc failed=$fails :: $inv"
done
