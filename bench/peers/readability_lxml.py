#!/usr/bin/env python3
"""readability-lxml over a list of pages, all loaded first; only the
parse + extract loop is timed. Usage: python3 readability_lxml.py LIST"""
import logging
import os
import sys
import time

from readability import Document


def main():
    logging.disable(logging.CRITICAL)  # readability logs every retry
    pages = []
    with open(sys.argv[1], encoding="utf-8") as listing:
        for line in listing:
            line = line.rstrip("\n")
            if not line:
                continue
            path, _, url = line.partition("\t")
            with open(path, "rb") as f:
                pages.append((path, url or None, f.read()))
    total = sum(len(data) for _, _, data in pages)

    errors = empty = 0
    verbose = bool(os.environ.get("PEERS_VERBOSE"))
    t0, c0 = time.perf_counter(), time.process_time()
    for path, url, data in pages:
        try:
            # Raw bytes: readability-lxml picks the encoding itself.
            summary = Document(data, url=url).summary()
            if not summary:
                empty += 1
        except Exception as e:  # a crash counts as a processed page
            errors += 1
            if verbose:
                print(f"{path}: {e!r}", file=sys.stderr)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0

    n = len(pages)
    print(f"readability-lxml {n} {seconds:.3f} {n / seconds:.2f} "
          f"{total / 1e6 / seconds:.2f} errors={errors} empty={empty} cpu={cpu:.3f}")


if __name__ == "__main__":
    main()
