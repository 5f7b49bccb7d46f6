#!/usr/bin/env bash
# bench/zip-directory.sh [RUNS]: commons-compress ZipFile against harden's ZipArchive listing every
# jar of harden's class path, each in a fresh JVM (bench/ZipDirectoryBench.java); prints the
# medians of RUNS runs of each, interleaved. SKIP_BUILD=1 uses the jar already in target/.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package >/dev/null
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
CP="target/harden.jar:$(sed 's#lib/#target/lib/#g' target/classpath.txt)"
javac -cp "$CP" -d "$W" bench/ZipDirectoryBench.java
for _ in $(seq "$RUNS"); do
  for reader in commons harden; do
    java -XX:+UseSerialGC -cp "$W:$CP" ZipDirectoryBench "$reader" >> "$W/$reader"
  done
done
for reader in commons harden; do
  sort -t: -k2 -n "$W/$reader" | sed -n "$(( (RUNS + 1) / 2 ))p"
done
