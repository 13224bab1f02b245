// Readability.js on linkedom over a list of pages, all loaded first; only
// the decode + parse + extract loop is timed.
// Usage: node readability_linkedom.mjs LIST
import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";
import { decodeHtml, loadPages, report, startClock } from "./pages.mjs";

const { pages, bytes } = loadPages(process.argv[2]);
const parser = new DOMParser();

let errors = 0;
let empty = 0;
const clock = startClock();
for (const page of pages) {
  try {
    const doc = parser.parseFromString(decodeHtml(page.data), "text/html");
    const article = new Readability(doc).parse();
    if (!article || !article.textContent) empty++;
  } catch (e) {
    errors++;
    if (process.env.PEERS_VERBOSE) console.error(`${page.path}: ${e}`);
  }
}
report("readability.js+linkedom", pages.length, clock, bytes, errors, empty);
