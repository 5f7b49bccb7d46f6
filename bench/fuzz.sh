#!/usr/bin/env bash
# Longer fuzzing runs (docs/fuzzing.md): JAZZER_FUZZ=1, one fuzz test per JVM (Jazzer fuzzes one
# per run), each for DURATION, seeded from the committed inputs plus the real files of ../shared.
# Prints the CPU seconds each target used. Crashing inputs land in
# src/test/resources/<package>/<Class>Inputs/<method>/ (commit them with the fix).
#   bench/fuzz.sh [DURATION] [Class#method ...]      e.g. bench/fuzz.sh 5m DockerfileFuzzTest#parse
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-2m}
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(DockerfileFuzzTest#parse ShellFuzzTest#parse TarFuzzTest#readLayer LayerFuzzTest#buildTree
    ImageJsonFuzzTest#manifestOrIndex ImageJsonFuzzTest#config DpkgFuzzTest#status
    DpkgFuzzTest#copyrightAndFileList ApkFuzzTest#installed RpmFuzzTest#database RpmFuzzTest#berkeleyDb
    RpmFuzzTest#header NpmFuzzTest#lock NpmFuzzTest#packageJson MavenFuzzTest#jar PythonFuzzTest#metadata
    PythonFuzzTest#record GoFuzzTest#executable ManifestFuzzTest#loadLintAndFix OsvFuzzTest#jsonRecord
    OsvFuzzTest#yamlRecord)
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
for t in "${TARGETS[@]}"; do
  echo "=== $t for $DURATION"
  /usr/bin/time -f "cpu_seconds=%U+%S wall=%e" -o /tmp/harden-fuzz-time.$$ \
    env JAZZER_FUZZ=1 ./mvnw -q -B -o surefire:test -Dtest="$t" -Djazzer.max_duration="$DURATION" \
    -Dsurefire.failIfNoSpecifiedTests=false > "target/fuzz-${t//#/-}.log" 2>&1 \
    && echo "ok" || echo "FAILED (finding?): see target/fuzz-${t//#/-}.log"
  grep -h -E '^#[0-9]+\s+DONE|Done [0-9]+ runs' "target/fuzz-${t//#/-}.log" | tail -2 || true
  cat /tmp/harden-fuzz-time.$$
done
rm -f /tmp/harden-fuzz-time.$$
