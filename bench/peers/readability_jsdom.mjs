// Readability.js on jsdom over a list of pages, all loaded first; only the
// parse + extract loop is timed. Usage: node readability_jsdom.mjs LIST
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { loadPages, report, startClock } from "./pages.mjs";

const { pages, bytes } = loadPages(process.argv[2]);
// Swallow jsdom's CSS and parse complaints instead of printing them.
const quiet = new VirtualConsole();
quiet.on("jsdomError", () => {});

let errors = 0;
let empty = 0;
const clock = startClock();
for (const page of pages) {
  let dom = null;
  try {
    // A Buffer lets jsdom sniff the encoding itself (BOM, <meta>, default).
    // The page's own URL lets Readability resolve relative links.
    const url = page.url && URL.canParse(page.url) ? page.url : undefined;
    dom = new JSDOM(page.data, { url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    if (!article || !article.textContent) empty++;
  } catch (e) {
    errors++;
    if (process.env.PEERS_VERBOSE) console.error(`${page.path}: ${e}`);
  } finally {
    // Without this jsdom keeps every window alive and runs out of memory.
    if (dom) dom.window.close();
  }
  // jsdom queues the document's load events on the event loop; a loop that
  // never yields keeps every window reachable from that queue (about 5 MB a
  // page) and ends up collecting garbage most of the time. Yield once a page.
  await new Promise(setImmediate);
}
report("readability.js+jsdom", pages.length, clock, bytes, errors, empty);
