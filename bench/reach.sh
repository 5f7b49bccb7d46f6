#!/usr/bin/env bash
# bench/reach.sh [RUNS] [ARCHIVE...]
# What reachability adds to a scan (issue 7: at most 20 %). Each fixture image is scanned twice
# per round, interleaved, as users run it: the whole `./harden scan --format json` process with
# reachability (the default) and with --no-reachability, against the advisories of
# ../shared/advisories/osv. Prints the medians of wall and CPU time (user+system) and their
# ratios, then one in-process line per image (ReachBench: read, catalogue and analysis CPU
# seconds, what was reached). Asserts nothing: the target (reach/plain <= 1.20) is judged from
# the figures. Default images: the prebuilt fixtures plus the on-demand ones when they were
# built ($HARDEN_FIXTURES, default $TMPDIR/harden-fixture-images).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
shift || true
W=${BENCH_DIR:-/tmp/harden-bench-reach}
mkdir -p "$W"
./mvnw -q -B -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$W/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat "$W/cp.txt")"
DB="$W/db/harden.db"
if [ ! -s "$DB" ]; then
  mkdir -p "$W/db"
  ./harden db import --db "$DB" ../shared/advisories/osv >/dev/null
fi
# The first run after a build records the launcher's class-data archive from the classes it
# loads: record it with a full scan, as a user's first scan would, so neither side pays for
# loading classes from the jar.
./harden scan --db "$DB" --format json ../shared/images/node-app.docker.tar >/dev/null || [ $? -eq 1 ]
if [ $# -eq 0 ]; then
  F=${HARDEN_FIXTURES:-${TMPDIR:-/tmp}/harden-fixture-images}
  set -- ../shared/images/{node-app,static-bin,distroless-static,debian-slim}.docker.tar
  for i in java-app node-app-hardened debian-full; do
    [ -f "$F/$i.docker.tar" ] && set -- "$@" "$F/$i.docker.tar"
  done
fi
med() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
timed() { /usr/bin/time -f "%e %U %S" -o "$W/time" "$@" >"$W/out" 2>"$W/err" \
  || [ $? -eq 1 ] || { cat "$W/err" >&2; exit 1; }; read -r e u s < <(tail -n 1 "$W/time"); echo "$e $(echo "$u + $s" | bc)"; }
echo "whole process: ./harden scan --format json (reach) vs the same with --no-reachability (plain)"
printf '%-22s %10s %10s %10s %10s %8s %8s\n' image plain-wall reach-wall plain-cpu reach-cpu wall× cpu×
for target in "$@"; do
  pw=(); rw=(); pc=(); rc=()
  for _ in $(seq "$RUNS"); do
    read -r w c < <(timed ./harden scan --db "$DB" --format json --no-reachability "$target"); pw+=("$w"); pc+=("$c")
    read -r w c < <(timed ./harden scan --db "$DB" --format json "$target"); rw+=("$w"); rc+=("$c")
  done
  mpw=$(med "${pw[@]}"); mrw=$(med "${rw[@]}"); mpc=$(med "${pc[@]}"); mrc=$(med "${rc[@]}")
  printf '%-22s %9ss %9ss %9ss %9ss %8.2f %8.2f\n' "$(basename "$target" .docker.tar)" \
    "$mpw" "$mrw" "$mpc" "$mrc" "$(echo "$mrw / $mpw" | bc -l)" "$(echo "$mrc / $mpc" | bc -l)"
done
echo "in process (one JVM per line, steady state over 3 passes): where the time goes"
for target in "$@"; do
  java -Xmx512m -cp "$CP" dev.harden.reach.ReachBench reach "$target" 3
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (shared machine: compare the CPU column)"
