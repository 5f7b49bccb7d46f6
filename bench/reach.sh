#!/usr/bin/env bash
# bench/reach.sh [RUNS] [ARCHIVE...]
# What reachability adds to a scan: each fixture image is scanned the way `harden scan` reads it
# (open, verify, read the layered tree once, catalogue) without reachability ("plain") and with it
# ("reach": its content selector and ELF summariser in the same read, then the analysis). Runs
# are separate JVMs, interleaved; prints the medians of wall time and of CPU time (user+system)
# and their ratios. Asserts nothing: the target (reach/plain <= 1.20) is judged from the figures.
# Default images: the prebuilt fixtures plus the on-demand ones when they were built
# ($HARDEN_FIXTURES, default $TMPDIR/harden-fixture-images).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
shift || true
W=${BENCH_DIR:-/tmp/harden-bench-reach}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
mkdir -p "$W"
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile="$W/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat "$W/cp.txt")"
if [ $# -eq 0 ]; then
  F=${HARDEN_FIXTURES:-${TMPDIR:-/tmp}/harden-fixture-images}
  set -- ../shared/images/{node-app,static-bin,distroless-static,debian-slim}.docker.tar
  for i in java-app node-app-hardened debian-full; do
    [ -f "$F/$i.docker.tar" ] && set -- "$@" "$F/$i.docker.tar"
  done
fi
med() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
run() { /usr/bin/time -f "%e %U %S" -o "$W/time" java $JAVA_OPTS -cp "$CP" dev.harden.reach.ReachBench "$@" >"$W/out" 2>&1 \
  || { cat "$W/out" >&2; exit 1; }; read -r e u s < "$W/time"; echo "$e $(echo "$u + $s" | bc)"; }
printf '%-22s %10s %10s %10s %10s %8s %8s\n' image plain-wall reach-wall plain-cpu reach-cpu wall× cpu×
for target in "$@"; do
  pw=(); rw=(); pc=(); rc=()
  for _ in $(seq "$RUNS"); do
    read -r w c < <(run plain "$target"); pw+=("$w"); pc+=("$c")
    read -r w c < <(run reach "$target"); rw+=("$w"); rc+=("$c")
  done
  mpw=$(med "${pw[@]}"); mrw=$(med "${rw[@]}"); mpc=$(med "${pc[@]}"); mrc=$(med "${rc[@]}")
  printf '%-22s %9ss %9ss %9ss %9ss %8.2f %8.2f\n' "$(basename "$target" .docker.tar)" \
    "$mpw" "$mrw" "$mpc" "$mrc" "$(echo "$mrw / $mpw" | bc -l)" "$(echo "$mrc / $mpc" | bc -l)"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (shared machine: compare the CPU column)"
