#!/usr/bin/env bash
# bench/sbom-floor.sh [IMAGE] [RUNS]
# Whole-process `./harden sbom` (the launcher, as users run it) against one `gzip -dc` pass over the
# same layers to /dev/null, interleaved, medians of RUNS. Prints wall and user CPU of both and the
# wall ratio (issue 5's target: <= 0.6). The layer loop reads the layer list one path per line:
# a list expanded inside one `sh -c "for l in $list"` string breaks on its newlines.
# A third line times bench/LayerFloor.java: only the work no reader can skip (both digests and one
# inflate per layer, layers in parallel) in a fresh JVM, the floor of any one-shot Java reader here.
set -euo pipefail
cd "$(dirname "$0")/.."
IMG=${1:-../shared/images/node-app.docker.tar}
RUNS=${2:-5}
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
tar -xf "$IMG" -C "$W"
jq -r '.[0].Layers[]' "$W/manifest.json" | sed "s#^#$W/#" > "$W/layers"
gunzip_all() { while read -r l; do gzip -dc "$l"; done < "$W/layers" > /dev/null; }
export -f gunzip_all; export W
javac -d "$W/floor" bench/LayerFloor.java
floor() { xargs java -XX:+UseSerialGC -cp "$W/floor" LayerFloor < "$W/layers"; }
export -f floor
./harden sbom --format json "$IMG" > /dev/null   # builds the jar and records the class-data archive
t() { /usr/bin/time -f "%e %U" -o "$W/t" "$@" > /dev/null 2>&1; cat "$W/t"; }
h=(); hu=(); g=(); gu=(); f=(); fu=()
for _ in $(seq "$RUNS"); do
  read -r a b < <(t ./harden sbom --format json "$IMG"); h+=("$a"); hu+=("$b")
  read -r a b < <(t bash -c gunzip_all); g+=("$a"); gu+=("$b")
  read -r a b < <(t bash -c floor); f+=("$a"); fu+=("$b")
done
med() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
H=$(med "${h[@]}"); G=$(med "${g[@]}"); F=$(med "${f[@]}")
echo "harden sbom $(basename "$IMG"): ${H}s wall, $(med "${hu[@]}")s user"
echo "gzip -dc of its layers:     ${G}s wall, $(med "${gu[@]}")s user"
echo "LayerFloor (digests + inflate only, fresh JVM): ${F}s wall, $(med "${fu[@]}")s user"
echo "ratio (wall): $(echo "scale=2; $H / $G" | bc)  (target <= 0.6); floor's: $(echo "scale=2; $F / $G" | bc)"
