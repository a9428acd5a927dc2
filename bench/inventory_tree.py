#!/usr/bin/env python3
"""inventory_tree.py DIR [FILES] [ASSETS] - a tree of FILES files (default
100000) of which ASSETS (default 500) are AI assets of mixed formats, the
rest ordinary source, text and binary files, 100 per directory."""
import json, os, struct, sys

root, total, assets = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100000, \
    int(sys.argv[3]) if len(sys.argv) > 3 else 500

def safetensors(n):
    h = json.dumps({"w%d" % i: {"dtype": "F32", "shape": [4], "data_offsets": [16 * i, 16 * i + 16]} for i in range(n)}).encode()
    return struct.pack("<Q", len(h)) + h + b"\0" * (16 * n)

def gs(s):
    s = s.encode()
    return struct.pack("<Q", len(s)) + s

def gguf():
    b = b"GGUF" + struct.pack("<IQQ", 3, 1, 2) + gs("general.architecture") + struct.pack("<I", 8) + gs("llama")
    b += gs("llama.context_length") + struct.pack("<II", 4, 4096)
    b += gs("w") + struct.pack("<IQQIQ", 2, 4, 4, 0, 0)
    return b + b"\0" * ((32 - len(b) % 32) % 32) + b"\0" * 64

makers = [
    ("model-%d.safetensors", lambda: safetensors(8)),
    ("model-%d.gguf", gguf),
    ("train-%d.csv", lambda: b"text,label\n" + b"some text,1\n" * 50),
    ("eval-%d.jsonl", lambda: b'{"q": "x", "a": "y"}\n' * 20),
    ("weights-%d.npy", lambda: b"\x93NUMPY\x01\x00" + struct.pack("<H", 118) + b"{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }".ljust(117) + b"\n" + b"\0" * 16),
]
ordinary = [(".py", b"import os\nprint(os.getcwd())\n" * 4), (".txt", b"notes " * 30),
            (".c", b"int f(int x) { return x * 2; }\n" * 3), (".bin", bytes(range(256))),
            (".md", b"# Title\n\nSome documentation.\n"), (".json", b'{"port": 8080, "debug": false}')]
every = total // assets
made = 0
for i in range(total):
    d = os.path.join(root, "d%04d" % (i // 100))
    if i % 100 == 0:
        os.makedirs(d, exist_ok=True)
    if i % every == 0 and made < assets:
        name, make = makers[made % len(makers)]
        data, name = make(), name % i
        made += 1
    else:
        ext, data = ordinary[i % len(ordinary)]
        name = "f%06d%s" % (i, ext)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)
print(made)
