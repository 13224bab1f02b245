#!/usr/bin/env python3
"""Writes examples/crawl.warc.gz, a small WARC 1.1 archive for tidings' examples and tests.

Each record is its own gzip member, as crawlers write them. The archive holds:
a warcinfo record; an HTML response encoded in windows-1252 with the charset in
its Content-Type; an HTML response sent with Content-Encoding: gzip and chunked
transfer; a PNG image response; a 404 response. Output is reproducible: fixed
dates, fixed record ids, gzip mtime 0.

Usage: python3 scripts/make_example_warc.py [output path]
"""
import gzip
import io
import os
import sys

CRLF = b"\r\n"


def warc_record(warc_type, record_id, date, block, target_uri=None, content_type=None):
    fields = [
        ("WARC-Type", warc_type),
        ("WARC-Record-ID", "<urn:uuid:%s>" % record_id),
        ("WARC-Date", date),
    ]
    if target_uri:
        fields.append(("WARC-Target-URI", target_uri))
    if content_type:
        fields.append(("Content-Type", content_type))
    fields.append(("Content-Length", str(len(block))))
    head = b"WARC/1.1" + CRLF + b"".join(
        ("%s: %s" % (name, value)).encode("ascii") + CRLF for name, value in fields)
    return head + CRLF + block + CRLF + CRLF


def http_response(status_line, headers, body):
    head = ("HTTP/1.1 %s\r\n" % status_line).encode("ascii")
    head += b"".join(("%s: %s\r\n" % (name, value)).encode("ascii") for name, value in headers)
    return head + CRLF + body


def chunked(body, size=700):
    out = io.BytesIO()
    for start in range(0, len(body), size):
        piece = body[start:start + size]
        out.write(b"%x\r\n" % len(piece) + piece + CRLF)
    out.write(b"0\r\n\r\n")
    return out.getvalue()


def gzip_member(data):
    return gzip.compress(data, compresslevel=9, mtime=0)


LATIN_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Mayor signs café licensing reform into law – Riverton Courier</title>
<meta property="og:site_name" content="Riverton Courier">
</head><body>
<nav><a href="/">Home</a> <a href="/city">City Hall</a> <a href="/sports">Sports</a></nav>
<article>
<h1>Mayor signs café licensing reform into law</h1>
<p class="byline">By Inés Moreau · <time datetime="2024-09-03">September 3, 2024</time></p>
<p>Mayor Gloria Estévez on Tuesday signed a reform that cuts the time needed to open a café or restaurant terrace in Riverton from five months to six weeks.</p>
<p>“Small businesses told us the old rules cost them a whole summer,” Ms. Estévez said at the signing, held on the terrace of a bakery on Front Street.</p>
<p>The council passed the measure last month by 9 votes to 2. Critics said the shorter review would leave neighbours less time to object to noise and late opening hours.</p>
<p>The new rules take effect on October 1. Applications already filed will be reviewed under the faster timetable, the city’s licensing office said.</p>
</article>
<footer>© 2024 Riverton Courier · <a href="/privacy">Privacy</a></footer>
</body></html>
"""

GZIP_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Parliament approves election observer mission | Harbour Times</title>
<meta property="og:title" content="Parliament approves election observer mission">
<meta property="article:published_time" content="2024-10-11T16:20:00Z">
</head><body>
<header><a href="/">Harbour Times</a><nav><a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<main><article>
<h1>Parliament approves election observer mission</h1>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a></div>
<p>Parliament on Friday approved sending a team of 40 observers to monitor next month's presidential election in neighbouring Valdoria, after a debate that ran late into the afternoon.</p>
<p>The foreign affairs committee chair, Piet Vanlaere, said the mission would report on the count as well as the vote itself. "The last election was decided in the tally rooms, not at the ballot box," he said.</p>
<p>The mission will be led by a former electoral commissioner and is expected to cost about 1.8 million euros. Opposition members supported the motion but asked for the final report to be published in full.</p>
</article>
<aside class="related"><h2>Related</h2><a href="/world/valdoria-campaign">Valdoria campaign enters final month</a></aside>
</main>
<footer>Harbour Times © 2024</footer>
</body></html>
"""

# A 1x1 transparent PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082")


def build():
    records = []
    info = b"software: tidings scripts/make_example_warc.py\r\nformat: WARC File Format 1.1\r\n"
    records.append(warc_record("warcinfo", "6f1a0c7e-0000-4000-8000-000000000001",
                               "2024-10-12T08:00:00Z", info, content_type="application/warc-fields"))
    latin_body = LATIN_PAGE.encode("windows-1252")
    records.append(warc_record(
        "response", "6f1a0c7e-0000-4000-8000-000000000002", "2024-10-12T08:00:05Z",
        http_response("200 OK", [("Content-Type", "text/html; charset=windows-1252"),
                                 ("Content-Length", str(len(latin_body)))], latin_body),
        target_uri="https://www.rivertoncourier.example/city/2024/09/03/cafe-licensing-reform",
        content_type="application/http; msgtype=response"))
    gz_body = chunked(gzip.compress(GZIP_PAGE.encode("utf-8"), mtime=0))
    records.append(warc_record(
        "response", "6f1a0c7e-0000-4000-8000-000000000003", "2024-10-12T08:00:09Z",
        http_response("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                 ("Content-Encoding", "gzip"),
                                 ("Transfer-Encoding", "chunked")], gz_body),
        target_uri="https://harbourtimes.example/politics/observer-mission-approved",
        content_type="application/http; msgtype=response"))
    records.append(warc_record(
        "response", "6f1a0c7e-0000-4000-8000-000000000004", "2024-10-12T08:00:11Z",
        http_response("200 OK", [("Content-Type", "image/png"), ("Content-Length", str(len(PNG)))], PNG),
        target_uri="https://harbourtimes.example/img/pixel.png",
        content_type="application/http; msgtype=response"))
    missing = b"<html><body><h1>Not Found</h1></body></html>"
    records.append(warc_record(
        "response", "6f1a0c7e-0000-4000-8000-000000000005", "2024-10-12T08:00:13Z",
        http_response("404 Not Found", [("Content-Type", "text/html"),
                                        ("Content-Length", str(len(missing)))], missing),
        target_uri="https://harbourtimes.example/politics/no-such-story",
        content_type="application/http; msgtype=response"))
    return b"".join(gzip_member(r) for r in records)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "examples", "crawl.warc.gz")
    with open(out, "wb") as f:
        f.write(build())


if __name__ == "__main__":
    main()
