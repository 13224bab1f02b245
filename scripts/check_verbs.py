#!/usr/bin/env python3
"""Check the bundled verb patterns in data/verbs/ (PETRARCH-2 verb dictionary format).

Checks: line syntax, balanced () {} [], one '*' per pattern, codes known in data/cameo/events.tsv,
synonym sets defined (synsets.txt is read first), no verb in two blocks, no repeated pattern in a block,
every three-digit CAMEO code coded by at least one pattern; also data/cameo/plover.tsv rows match events.tsv.
Prints pattern counts per root. Exit status 1 on any error.  Usage: scripts/check_verbs.py [REPO_ROOT]
"""
import collections, glob, os, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
verbs_dir = os.path.join(root, 'data', 'verbs')
cameo_dir = os.path.join(root, 'data', 'cameo')
errors = []
def err(path, n, msg): errors.append('%s:%d: %s' % (os.path.relpath(path, root), n, msg))

def rows(path):
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if line.startswith('#') or not line.strip(): continue
        yield n, line.rstrip('\n').split('\t')

events = {}
ev_path = os.path.join(cameo_dir, 'events.tsv')
prev = ''
for n, f in rows(ev_path):
    if len(f) != 5: err(ev_path, n, 'expected 5 fields'); continue
    code, name, gold, quad, rt = f
    if not re.fullmatch(r'\d{2,4}', code): err(ev_path, n, 'bad code %r' % code)
    if code <= prev: err(ev_path, n, 'not sorted / duplicate: %s' % code)
    prev = code
    try:
        g = float(gold); assert -10 <= g <= 10
    except Exception: err(ev_path, n, 'bad goldstein %r' % gold)
    r = int(code[:2])
    if rt != code[:2]: err(ev_path, n, 'root column %r != %r' % (rt, code[:2]))
    if quad != str(1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4): err(ev_path, n, 'bad quad_class')
    events[code] = name

pl_path = os.path.join(cameo_dir, 'plover.tsv')
pe_path = os.path.join(cameo_dir, 'plover_events.tsv')
modes = {(f[0], f[1]) for _, f in rows(pe_path)}
plover_codes = []
for n, f in rows(pl_path):
    if len(f) != 5: err(pl_path, n, 'expected 5 fields'); continue
    plover_codes.append(f[0])
    if f[0] not in events: err(pl_path, n, 'unknown CAMEO code %s' % f[0])
    if f[1] != '-' and (f[1], '-') not in modes: err(pl_path, n, 'unknown PLOVER event %s' % f[1])
    if f[2] != '-' and (f[1], f[2]) not in modes: err(pl_path, n, 'unknown mode %s for %s' % (f[2], f[1]))
if sorted(plover_codes) != sorted(events): err(pl_path, 0, 'codes differ from events.tsv')

def balanced(s):
    stack, pairs = [], {')': '(', '}': '{', ']': '['}
    for ch in s:
        if ch in '({[':
            if ch == '(' and '(' in stack: return False   # no nested prepositional phrases
            stack.append(ch)
        elif ch in ')}]':
            if not stack or stack.pop() != pairs[ch]: return False
    return not stack

WORD = r"[A-Z0-9][A-Z0-9'\-.]*"
TOKEN = re.compile(r"^(\*|\$|\+|%|\^|&[A-Z0-9_]+|[A-Z0-9'\-._]+)$")
files = [os.path.join(verbs_dir, 'synsets.txt')] + sorted(glob.glob(os.path.join(verbs_dir, '[0-9][0-9]_*.txt')))
synsets, verb_home = {}, {}
per_root, per_code = collections.Counter(), collections.Counter()
nblocks = npat = 0
for path in files:
    block = None; cur_syn = None; seen = set()
    for n, raw in enumerate(open(path, encoding='utf-8'), 1):
        line = raw.split('#', 1)[0].rstrip() if not raw.startswith('#') else ''
        if not line.strip(): continue
        if line.startswith('&'):
            name = line.strip()
            if not re.fullmatch(r'&[A-Z0-9_]+', name): err(path, n, 'bad synset name'); continue
            if name in synsets: err(path, n, 'synset %s defined twice' % name)
            synsets[name] = []; cur_syn = name; block = None; continue
        if line.startswith('+') and cur_syn and block is None:
            if not re.fullmatch(r"\+[A-Z0-9'\-._]+", line.strip()): err(path, n, 'bad synset member')
            synsets[cur_syn].append(line.strip()[1:]); continue
        if line.startswith('---'):
            m = re.fullmatch(r'---\s+(\S+)\s+\[(\d{3,4}|---)\]\s+---\s*', line)
            if not m: err(path, n, 'bad block header'); continue
            if m.group(2) != '---' and m.group(2) not in events: err(path, n, 'unknown code %s' % m.group(2))
            block = m.group(1); cur_syn = None; seen = set(); nblocks += 1; continue
        if block is None: err(path, n, 'line outside a block or synset'); continue
        if line.startswith('-'):
            m = re.fullmatch(r'-\s+(.*?)\s*\[([0-9:]+|---)\]\s*', line)
            if not m: err(path, n, 'pattern without [code]'); continue
            body, code = m.groups()
            if not balanced(body): err(path, n, 'unbalanced brackets'); continue
            toks = re.sub(r'[(){}]', ' ', body).split()
            if toks.count('*') != 1: err(path, n, 'pattern needs exactly one *')
            for t in toks:
                if not TOKEN.match(t): err(path, n, 'bad token %r' % t)
                elif t.startswith('&') and t not in synsets: err(path, n, 'undefined synset %s' % t)
            if code != '---':
                parts = code.split(':')
                if len(parts) > 2: err(path, n, 'bad paired code')
                for c in parts:
                    if c not in events or len(c) < 3: err(path, n, 'unknown code %s' % c)
                per_root[parts[0][:2]] += 1
                for c in parts: per_code[c] += 1
            key = ' '.join(body.split())
            if key in seen: err(path, n, 'duplicate pattern in block %s: %s' % (block, key))
            seen.add(key); npat += 1
            continue
        m = re.fullmatch(r"(\S+)(\s+\{[^{}]*\})?(\s+\[(\d{3,4}|---)\])?\s*", line)
        if not m or not re.fullmatch(r"\+?[A-Z][A-Z'\-]*(_\+?[A-Z'\-]+)*", m.group(1)):
            err(path, n, 'bad verb line'); continue
        if m.group(4) and m.group(4) != '---' and m.group(4) not in events: err(path, n, 'unknown code')
        forms = [m.group(1)] + (m.group(2).strip()[1:-1].split() if m.group(2) else [])
        for v in forms:
            v = v.lstrip('+').replace('_+', '_')
            if v in verb_home and verb_home[v] != (path, block):
                err(path, n, 'verb form %s also in block %s' % (v, verb_home[v][1]))
            verb_home.setdefault(v, (path, block))

for code in sorted(events):
    if len(code) == 3 and per_code[code] + sum(per_code[c] for c in per_code if len(c) == 4 and c.startswith(code)) == 0:
        err(ev_path, 0, 'three-digit code %s (%s) has no pattern' % (code, events[code]))
uncovered4 = [c for c in events if len(c) == 4 and not per_code[c]]

for e in errors: print(e)
print('codes in events.tsv: %d (%d roots, %d three-digit, %d four-digit)' % (len(events),
      sum(len(c) == 2 for c in events), sum(len(c) == 3 for c in events), sum(len(c) == 4 for c in events)))
print('synsets %d, verb blocks %d, verb forms %d, patterns %d' % (len(synsets), nblocks, len(verb_home), npat))
for r in sorted(per_root): print('  root %s %-36s %6d' % (r, events.get(r, '?'), per_root[r]))
print('  coded patterns %d; four-digit codes without a pattern: %d %s' % (sum(per_root.values()), len(uncovered4), ' '.join(sorted(uncovered4))))
print('OK' if not errors else '%d error(s)' % len(errors))
sys.exit(1 if errors else 0)
