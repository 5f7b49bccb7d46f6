#!/usr/bin/env bash
# Whole-process `harden lint` against dockerfilelint (npm) on the same file: medians of interleaved
# runs in one session, printed as a ratio (target: <= 1.0). Installs dockerfilelint@1.8.0 into
# bench/out/npm on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
FILE=${1:-../shared/corpus/real-dockerfiles/docker-library_python__3.14_trixie_Dockerfile.Dockerfile}
RUNS=${RUNS:-11}
OUT=bench/out; mkdir -p "$OUT/npm"
if [ ! -x "$OUT/npm/node_modules/.bin/dockerfilelint" ]; then
  (cd "$OUT/npm" && npm install --silent --no-audit --no-fund dockerfilelint@1.8.0 >/dev/null)
fi
[ -f target/harden-all.jar ] || ./mvnw -q -B -DskipTests package
./harden lint "$FILE" > /dev/null || true   # first run creates the class-data archive
ms() { local s e; s=$(date +%s%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
h=(); d=()
for _ in $(seq "$RUNS"); do
  h+=("$(ms ./harden lint "$FILE")")
  d+=("$(ms "$OUT/npm/node_modules/.bin/dockerfilelint" -j "$FILE")")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
mh=$(median "${h[@]}"); md=$(median "${d[@]}")
echo "harden lint: ${mh} ms, dockerfilelint: ${md} ms (medians of $RUNS), ratio $(echo "scale=2; $mh / $md" | bc)"
