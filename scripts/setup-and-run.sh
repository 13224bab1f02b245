#!/usr/bin/env bash
# First README command: install packages, build, run the main job on the
# sample inputs under examples/: extract and annotate every article, then
# ingest them into the corpus database tidings.db and list its events.
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

# A fresh database each time, so the table shows exactly examples/ (a rerun
# into the same file would add nothing anyway: ingest is idempotent).
rm -f tidings.db tidings.db-wal tidings.db-shm
set +e
"$build_dir/tidings" ingest examples/ --db tidings.db
rc=$?
set -e
if ((rc > 1)); then exit "$rc"; fi
"$build_dir/tidings" db info --db tidings.db
echo "events in tidings.db, most reported first:" >&2
"$build_dir/tidings" db events --db tidings.db --limit 25
