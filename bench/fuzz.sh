#!/usr/bin/env bash
# Longer fuzzing runs (docs/fuzzing.md): JAZZER_FUZZ=1, one fuzz test per JVM (Jazzer fuzzes one
# per run), each for DURATION, seeded from the committed inputs plus the real files of ../shared.
# Prints each target's runs and CPU seconds (also into target/fuzz-summary.tsv). Crashing inputs land in
# src/test/resources/<package>/<Class>Inputs/<method>/ (commit them with the fix).
#   bench/fuzz.sh [DURATION] [Class#method ...]      e.g. bench/fuzz.sh 5m DockerfileFuzzTest#parse
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-2m}
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  # every @FuzzTest method in the test sources, so a new target is never left out
  mapfile -t TARGETS < <(grep -rl --include='*FuzzTest.java' '@FuzzTest' src/test/java | sort |
    while read -r f; do
      grep -A1 '@FuzzTest' "$f" | grep -o 'void [A-Za-z0-9_]*' | sed "s/^void /$(basename "$f" .java)#/"
    done)
fi
SHARED=../shared
# real files as extra seeds (not committed: they belong to ../shared); only small ones
seed() { # Class#method, files...
  local cls=${1%#*} method=${1#*#}; shift
  local fqcn
  fqcn=$(cd src/test/java && grep -rl --include="$cls.java" "class $cls" . | head -1 | sed 's#^\./##; s#\.java$##; s#/#.#g')
  local dir=".cifuzz-corpus/$fqcn/$method"
  mkdir -p "$dir"
  for f in "$@"; do
    [ -f "$f" ] && [ "$(stat -c %s "$f")" -le 65536 ] && cp "$f" "$dir/seed-$(sha1sum "$f" | cut -c1-12)"
  done
  return 0
}
if [ -d "$SHARED" ]; then
  seed DockerfileFuzzTest#parse "$SHARED"/corpus/real-dockerfiles/*
  seed ManifestFuzzTest#loadLintAndFix $(find "$SHARED"/corpus -name '*.yaml' -o -name '*.yml' | head -200)
  seed RpmFuzzTest#database $(find "$SHARED"/pkgdb -name Packages -o -name Packages.db | head -20)
  seed RpmFuzzTest#berkeleyDb $(find "$SHARED"/pkgdb -name Packages | head -20)
  seed DpkgFuzzTest#status $(find "$SHARED"/pkgdb -path '*dpkg*' -name 'status*' -type f | head -50)
  seed ApkFuzzTest#installed $(find "$SHARED"/pkgdb -path '*apk*' -name 'installed*' -type f | head -50)
  seed NpmFuzzTest#lock $(find "$SHARED"/pkgdb -name 'package-lock*.json' | head -50)
  seed NpmFuzzTest#packageJson $(find "$SHARED"/pkgdb -name 'package.json' | head -50)
  seed MavenFuzzTest#jar $(find "$SHARED"/pkgdb -name '*.jar' | head -50)
  seed PythonFuzzTest#metadata $(find "$SHARED"/pkgdb -name 'METADATA' -o -name 'PKG-INFO' | head -50)
  seed OsvFuzzTest#jsonRecord $(find "$SHARED"/advisories -name '*.json' | head -100)
fi
./mvnw -q -B -o test-compile
SUMMARY=target/fuzz-summary.tsv
printf 'target\tduration\truns\tfuzz_seconds\tcpu_seconds\twall_seconds\tresult\n' > "$SUMMARY"
for t in "${TARGETS[@]}"; do
  log="target/fuzz-${t//#/-}.log"
  echo "=== $t for $DURATION"
  if /usr/bin/time -f "%U %S %e" -o /tmp/harden-fuzz-time.$$ \
    env JAZZER_FUZZ=1 ./mvnw -q -B -o surefire:test -Dtest="$t" -Djazzer.max_duration="$DURATION" \
    -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1; then
    result=ok
  else
    result="FAILED (finding?): see $log"
  fi
  # libFuzzer's last line: "Done N runs in S second(s)"
  read -r runs secs < <(grep -h -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 |
    awk '{print $2, $5}') || true
  read -r user sys wall < <(tail -1 /tmp/harden-fuzz-time.$$)
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.1f", u + s}')
  echo "$result: ${runs:-?} runs in ${secs:-?} s of fuzzing; JVM and Maven together ${cpu} CPU s, ${wall} s wall"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$DURATION" "${runs:-}" "${secs:-}" "$cpu" "$wall" \
    "$result" >> "$SUMMARY"
done
rm -f /tmp/harden-fuzz-time.$$
echo "summary: $SUMMARY"
