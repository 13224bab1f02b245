#!/usr/bin/env python3
"""Prints one line per article of a `tidings annotate` (or extract) JSONL file."""
import json
import sys

for line in open(sys.argv[1], encoding="utf-8"):
    article = json.loads(line)
    published = article["published"] or "-"
    title = (article["title"] or "(no title)")[:60]
    counts = ", ".join(f"{len(article[k])} {k}" for k in ("entities", "times", "quotes", "events") if k in article)
    print(f"  {published:<25} {title:<60}  {counts}")
