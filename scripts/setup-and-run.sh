#!/usr/bin/env bash
# First README command: install packages, build, run the main job on the
# sample inputs under examples/: extract and annotate every article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build_dir=${BUILD_DIR:-build}
mkdir -p out
set +e
"$build_dir/tidings" annotate examples/ -o out/articles.jsonl
rc=$?
set -e
# Exit status 1 means some sample records were rejected on purpose (the WARC
# holds an image and a 404 to show the reasons); anything else is a failure.
if ((rc > 1)); then exit "$rc"; fi
echo "articles written to out/articles.jsonl:" >&2
python3 scripts/show_articles.py out/articles.jsonl
