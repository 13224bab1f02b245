// Shared helpers for the Node drivers: load the page list into memory,
// pick a charset for a raw page, print the result line.
import { readFileSync } from "node:fs";

// The list file has one page a line: "<path>\t<url>".
export function loadPages(listFile) {
  const pages = [];
  let bytes = 0;
  for (const line of readFileSync(listFile, "utf8").split("\n")) {
    if (!line) continue;
    const [path, url] = line.split("\t");
    const data = readFileSync(path);
    bytes += data.length;
    pages.push({ path, url: url || undefined, data });
  }
  return { pages, bytes };
}

const decoders = new Map();
function decoderFor(label) {
  let d = decoders.get(label);
  if (d === undefined) {
    try {
      d = new TextDecoder(label);
    } catch {
      d = null;
    }
    decoders.set(label, d);
  }
  return d;
}

// BOM, then a <meta> charset in the first 2 KiB, else UTF-8.
export function decodeHtml(buf) {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return decoderFor("utf-8").decode(buf);
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
    return decoderFor("utf-16le").decode(buf);
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
    return decoderFor("utf-16be").decode(buf);
  const head = buf.subarray(0, 2048).toString("latin1");
  const m = /<meta[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  const d = (m && decoderFor(m[1].toLowerCase())) || decoderFor("utf-8");
  return d.decode(buf);
}

// A clock for the timed loop: wall time, and CPU time of the whole process
// (garbage collector threads included).
export function startClock() {
  return { wall: process.hrtime.bigint(), cpu: process.cpuUsage() };
}

// One line: name pages seconds pages_per_s MB_per_s errors=N empty=N cpu=S
export function report(name, n, clock, bytes, errors, empty) {
  const seconds = Number(process.hrtime.bigint() - clock.wall) / 1e9;
  const used = process.cpuUsage(clock.cpu);
  const cpu = (used.user + used.system) / 1e6;
  console.log(
    `${name} ${n} ${seconds.toFixed(3)} ${(n / seconds).toFixed(2)} ` +
      `${(bytes / 1e6 / seconds).toFixed(2)} errors=${errors} empty=${empty} cpu=${cpu.toFixed(3)}`,
  );
}
