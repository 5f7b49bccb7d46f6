#!/usr/bin/env bash
# bench/image-walk.sh [RUNS]
# Times harden's image reading (open, verify every digest and diff id, decompress layers in parallel,
# build the layered tree with a cataloguer-like content selector, walk every entry) against
# `gzip -dc` of the same layers to /dev/null, on ../shared/images/node-app.docker.tar and on a
# generated ~2 GB image (built once into $BENCH_DIR from host directories). Prints medians of RUNS
# interleaved runs (wall and user CPU) and harden's peak RSS under -Xmx512m. Asserts nothing:
# the figures go into the report. A last line per image gives the steady-state cost: the third pass
# of one JVM over the same image (no start-up, JIT warm).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
W=${BENCH_DIR:-/tmp/harden-bench}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC}
mkdir -p "$W"
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile="$W/cp.txt" -Dmdep.includeScope=runtime >/dev/null
CP="target/classes:target/test-classes:$(cat "$W/cp.txt")"

timeit() { /usr/bin/time -f "%e %U %M" -o "$W/time" "$@" >"$W/out" 2>&1 || { cat "$W/out" >&2; exit 1; }; cat "$W/time"; }
med() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# ~2 GB uncompressed OCI layout from host directories (real binaries, libraries, text, jars)
make_big() {
  local d=$W/big
  [ -f "$d/index.json" ] && return
  echo "building the ~2 GB image in $d (once; a few minutes)" >&2
  rm -rf "$d"; mkdir -p "$d/blobs/sha256"
  local diffs=() layers=() n=0
  for src in usr/lib/x86_64-linux-gnu usr/lib/jvm usr/share usr/bin usr/lib/gcc usr/include \
             usr/lib/x86_64-linux-gnu usr/lib/jvm; do
    [ -d "/$src" ] || continue
    n=$((n + 1))
    tar -C / --transform "s,^,layer$n/," -cf "$W/layer.tar" "$src" 2>/dev/null || true
    diffs+=("sha256:$(sha256sum "$W/layer.tar" | cut -c1-64)")
    gzip -6 -c "$W/layer.tar" > "$W/layer.tar.gz"
    local h; h=$(sha256sum "$W/layer.tar.gz" | cut -c1-64)
    mv "$W/layer.tar.gz" "$d/blobs/sha256/$h"
    layers+=("{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:$h\",\"size\":$(stat -c %s "$d/blobs/sha256/$h")}")
  done
  rm -f "$W/layer.tar"
  local ids; ids=$(printf '"%s",' "${diffs[@]}"); ids=${ids%,}
  printf '{"architecture":"amd64","os":"linux","config":{},"rootfs":{"type":"layers","diff_ids":[%s]}}' "$ids" > "$W/config.json"
  local c; c=$(sha256sum "$W/config.json" | cut -c1-64); mv "$W/config.json" "$d/blobs/sha256/$c"
  local ls; ls=$(printf '%s,' "${layers[@]}"); ls=${ls%,}
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[%s]}' \
    "$c" "$(stat -c %s "$d/blobs/sha256/$c")" "$ls" > "$W/manifest.json"
  local m; m=$(sha256sum "$W/manifest.json" | cut -c1-64); local ms; ms=$(stat -c %s "$W/manifest.json")
  mv "$W/manifest.json" "$d/blobs/sha256/$m"
  printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s}]}' "$m" "$ms" > "$d/index.json"
  echo '{"imageLayoutVersion":"1.0.0"}' > "$d/oci-layout"
}

# layer blob paths of an OCI layout directory
layer_paths() {
  local d=$1 m
  m=$(jq -r '.manifests[0].digest' "$d/index.json" | cut -d: -f2)
  jq -r '.layers[].digest' "$d/blobs/sha256/$m" | cut -d: -f2 | sed "s#^#$d/blobs/sha256/#"
}

bench() {
  local name=$1 target=$2 layout=$3
  local layers; layers=$(layer_paths "$layout" | tr '\n' ' ')
  local gw=() gu=() hw=() hu=() hr=()
  for _ in $(seq "$RUNS"); do
    read -r w u _ < <(timeit sh -c "for l in $layers; do gzip -dc \$l; done")
    gw+=("$w"); gu+=("$u")
    read -r w u r < <(timeit java $JAVA_OPTS -cp "$CP" dev.harden.image.fs.WalkBench "$target")
    hw+=("$w"); hu+=("$u"); hr+=("$r")
  done
  local mg mh; mg=$(med "${gw[@]}"); mh=$(med "${hw[@]}")
  tail -n 1 "$W/out"
  java $JAVA_OPTS -cp "$CP" dev.harden.image.fs.WalkBench "$target" 0 3 > "$W/warm"
  local warm; warm=$(tail -n 1 "$W/warm" | sed -E 's/pass 3: ([0-9]+) ms.*/\1/')
  printf '%s: gzip -dc %ss wall (%ss user); harden read+walk %ss wall (%ss user), peak RSS %s MiB; ratio %s\n' \
    "$name" "$mg" "$(med "${gu[@]}")" "$mh" "$(med "${hu[@]}")" \
    "$(( $(printf '%s\n' "${hr[@]}" | sort -n | tail -1) / 1024 ))" \
    "$(echo "scale=2; $mh / $mg" | bc)"
  printf '%s: steady state (3rd pass in one JVM) %s ms; ratio %s\n' "$name" "$warm" \
    "$(echo "scale=2; $warm / 1000 / $mg" | bc)"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); java opts: $JAVA_OPTS"
mkdir -p "$W/node-app"
tar -xf ../shared/images/node-app.docker.tar -C "$W/node-app"
bench node-app ../shared/images/node-app.docker.tar "$W/node-app"
make_big
echo "big image: $(du -sh "$W/big" | cut -f1) stored, $(ls "$W/big/blobs/sha256" | wc -l) blobs"
bench big-2GB "$W/big" "$W/big"
