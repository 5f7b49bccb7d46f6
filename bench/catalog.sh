#!/usr/bin/env bash
# Times the built-in cataloguers over the fixture images (figures only, no thresholds).
# Usage: bench/catalog.sh [ARCHIVE...]   (default: the prebuilt images in ../shared/images)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
if [ $# -eq 0 ]; then
  set -- ../shared/images/{debian-slim,node-app,distroless-static,static-bin}.docker.tar
fi
java -Xmx1g -cp "target/classes:target/test-classes:$cp" dev.harden.catalog.CatalogBench "$@"
