#!/usr/bin/env bash
# Whole-process `harden fix` over every file of ../shared/corpus/real-dockerfiles, offline: the
# digests come from a lock file with a stand-in digest for each reference the corpus asks for (no
# registry is reachable here). Prints the median wall time of safe-only and --unsafe runs and what
# was fixed (files changed, fixes applied, suggested left out, not fixable). Works on a copy in a
# scratch directory; nothing in ../shared is written.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
SCRATCH=$(mktemp -d /tmp/harden-fix-bench.XXXXXX)
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$SCRATCH/df" "$SCRATCH/lock"
cp ../shared/corpus/real-dockerfiles/*.Dockerfile "$SCRATCH/df/"
LOCK="$SCRATCH/lock/harden.lock"
[ -f target/harden-all.jar ] || ./mvnw -q -B -DskipTests package
# every reference the corpus asks for, from the unresolved pins of offline runs (--unsafe, and
# --only=HD001 for the bases as written), until no new one appears (a base image another fix
# chose asks for its own digest); each gets a stand-in digest
touch "$SCRATCH/refs"
for _ in 1 2 3; do
  { [ -s "$SCRATCH/refs" ] && cat "$SCRATCH/refs"
    for mode in --unsafe --only=HD001; do
      ./harden fix $mode --lock "$LOCK" --format json "$SCRATCH/df" 2>/dev/null \
        | jq -r '.files[].problems[] | select(.blocking) | .description' \
        | sed -n 's/^pin \([^ ]*\) to a digest$/\1/p' || true
    done; } | sort -u > "$SCRATCH/refs.new"
  mv "$SCRATCH/refs.new" "$SCRATCH/refs"
  { echo "version: 1"; echo "images:"
    while read -r ref; do
      key=$(printf '%s' "$ref" | sed -E 's#^([^/]+)$#docker.io/library/\1#; s#^([^./:]+/[^/]+)$#docker.io/\1#')
      case "${key##*/}" in *:*) ;; *) key="$key:latest" ;; esac
      printf '  "%s": "sha256:%s"\n' "$key" "$(printf '%s' "$key" | sha256sum | cut -c1-64)"
    done < "$SCRATCH/refs"; } | awk '!seen[$0]++' > "$LOCK"
done
ms() { local s e; s=$(date +%s%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
files=$(ls "$SCRATCH"/df/*.Dockerfile | wc -l)
for mode in safe unsafe; do
  flags=(--lock "$LOCK" --format json); [ "$mode" = unsafe ] && flags+=(--unsafe)
  t=(); for _ in $(seq "$RUNS"); do t+=("$(ms ./harden fix "${flags[@]}" "$SCRATCH/df")"); done
  { ./harden fix "${flags[@]}" "$SCRATCH/df" 2>/dev/null || true; } | jq -r --arg m "$mode" --arg ms "$(median "${t[@]}")" \
    '"harden fix (\($m)) over \(.files|length) files: \($ms) ms (median of '"$RUNS"'); "
     + "\([.files[]|select(.changed)]|length) changed, \([.files[].applied[]]|length) fixes applied, "
     + "\([.files[].notApplied[]]|length) suggested left out, "
     + "\([.files[].problems[]|select(.blocking|not)]|length) not fixable, "
     + "\([.files[].problems[]|select(.blocking)]|length) unresolved"'
done
echo "corpus: $files Dockerfiles"
