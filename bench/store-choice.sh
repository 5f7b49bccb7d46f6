#!/usr/bin/env bash
# SQLite vs H2 on the vulnerability store's workload (docs/vulndb.md, "Store choice").
# H2 is not a dependency of harden; it is fetched into the local Maven repository for this run.
set -euo pipefail
cd "$(dirname "$0")/.."
H2=2.5.252
./mvnw -q -B dependency:get -Dartifact=com.h2database:h2:$H2 >/dev/null
cp="$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)"
cp="$cp:$HOME/.m2/repository/com/h2database/h2/$H2/h2-$H2.jar"
java -Xmx1g -cp "$cp" bench/StoreChoiceBench.java "${1:-100000}"
