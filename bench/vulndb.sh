#!/usr/bin/env bash
# Vulnerability DB figures: import of N generated OSV records (default 100,000), DB bytes per
# record, and matching 2,000 packages. Run from the project root: bench/vulndb.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package >/dev/null
cp="target/classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)"
java -Xmx2g -cp "$cp" bench/VulnDbBench.java "${1:-100000}"
