#!/usr/bin/env bash
# Installs the Debian 12 packages tidings builds and tests with. Idempotent:
# apt-get is only called when a package is missing, so reruns cost nothing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config python3
  libicu-dev zlib1g-dev libsqlite3-dev
  libmodest-dev libre2-dev libsimdjson-dev nlohmann-json3-dev libcpp-httplib-dev
  libcli11-dev libfmt-dev libzstd-dev libhowardhinnant-date-dev libxxhash-dev
  libcld2-dev libutf8proc-dev libjemalloc-dev
  libgtest-dev libgmock-dev libbenchmark-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y --no-install-recommends "${missing[@]}"
fi
