#!/usr/bin/env bash
# Regenerates the reference orderings the version-scheme tests compare against, from the real
# tools: dpkg (installed on Debian), rpm (apt-get install python3-rpm; Debian's own python3, hence
# /usr/bin/python3), Python's packaging, and
# node-semver (npm install into a temp dir). apk has no Debian package: apk/version.data holds
# apk-tools' own upstream test vectors instead (see apk/README.md).
set -euo pipefail
cd "$(dirname "$0")"
python3 generate_reference.py deb deb/dpkg-reference.csv 3000
/usr/bin/python3 generate_reference.py rpm rpm/rpm-reference.csv 2000
python3 generate_reference.py pep440 pep440/packaging-reference.csv 2000
python3 generate_reference.py npm semver/node-semver-reference.csv 2000
wc -l deb/*.csv rpm/*.csv pep440/*.csv semver/*.csv
