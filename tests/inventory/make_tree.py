#!/usr/bin/env python3
"""make_tree.py DIR - writes a small tree holding one real file of each AI
asset format the inventory identifies, plus ordinary files it must ignore.
Prints the expected {relpath: [kind, format]} as JSON."""
import io, json, os, pickle, struct, sys, zipfile

root = sys.argv[1]
expect = {}

def put(rel, data, kind=None, fmt=None):
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    if kind:
        expect[rel] = [kind, fmt]

def safetensors(tensors, meta=None):
    hdr, off, blob = {}, 0, b""
    if meta:
        hdr["__metadata__"] = meta
    for name, (dtype, shape, size) in tensors.items():
        hdr[name] = {"dtype": dtype, "shape": shape, "data_offsets": [off, off + size]}
        off += size
        blob += b"\0" * size
    h = json.dumps(hdr).encode()
    return struct.pack("<Q", len(h)) + h + blob

def gs(s):
    s = s.encode()
    return struct.pack("<Q", len(s)) + s

def gguf(kv, huge_array=False):
    b = b"GGUF" + struct.pack("<IQQ", 3, 1, len(kv) + (1 if huge_array else 0))
    for k, v in kv.items():
        if isinstance(v, str):
            b += gs(k) + struct.pack("<I", 8) + gs(v)
        else:
            b += gs(k) + struct.pack("<II", 4, v)
    if huge_array:  # claims 2^40 uint8 elements: must be refused, not allocated
        b += gs("tokenizer.ggml.scores") + struct.pack("<IIQ", 9, 0, 1 << 40)
    b += gs("w") + struct.pack("<IQQIQ", 2, 4, 4, 0, 0)
    b += b"\0" * ((32 - len(b) % 32) % 32) + b"\0" * 64
    return b

def vi(n):
    out = b""
    while True:
        c, n = n & 0x7F, n >> 7
        if n:
            out += bytes([c | 0x80])
        else:
            return out + bytes([c])

def ln(num, p):
    return vi(num << 3 | 2) + vi(len(p)) + p

def iv(num, v):
    return vi(num << 3) + vi(v)

def onnx():
    node = ln(1, b"x") + ln(2, b"y") + ln(4, b"Relu")
    dim = ln(1, iv(1, 1)) + ln(1, ln(2, b"N"))
    vinfo = lambda n: ln(1, n) + ln(2, ln(1, iv(1, 1) + ln(2, dim)))
    graph = ln(1, node) + ln(2, b"tiny") + ln(11, vinfo(b"x")) + ln(12, vinfo(b"y"))
    return iv(1, 8) + ln(2, b"pytorch") + ln(3, b"2.1.0") + ln(7, graph) + ln(8, iv(2, 17))

def zipped(members):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for n, d in members.items():
            z.writestr(n, d)
    return bio.getvalue()

def npy(shape=(3, 4)):
    h = "{'descr': '<f4', 'fortran_order': False, 'shape': %s, }" % (shape,)
    h = h + " " * ((64 - (10 + len(h) + 1) % 64) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(h)) + h.encode() + b"\0" * (4 * shape[0] * shape[1])

# models
put("models/llama/model.safetensors", safetensors({"a": ("F16", [4, 4], 32), "b": ("F32", [4], 16)}, {"format": "pt"}), "model", "safetensors")
put("models/llama/config.json", json.dumps({"model_type": "llama", "architectures": ["LlamaForCausalLM"]}), "model-metadata", "hf-config")
put("models/llama/generation_config.json", json.dumps({"temperature": 0.6}), "model-metadata", "hf-generation-config")
put("models/llama/tokenizer.json", json.dumps({"model": {"type": "BPE"}}), "model-metadata", "tokenizer")
put("models/llama/tokenizer_config.json", json.dumps({"chat_template": "{{ messages }}"}), "model-metadata", "tokenizer")
put("models/llama/README.md", "---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-2-7b\ndatasets:\n- data\n- org/web-corpus\nlanguage: [en]\npipeline_tag: text-generation\n---\n# Llama fine-tune\n", "model-metadata", "model-card")
put("models/tiny.gguf", gguf({"general.architecture": "llama", "general.name": "tiny", "llama.context_length": 2048, "general.file_type": 15, "tokenizer.chat_template": "{{ x }}"}), "model", "gguf")
put("models/hostile.gguf", gguf({"general.architecture": "llama"}, huge_array=True), "model", "gguf")
put("models/net.onnx", onnx(), "model", "onnx")
put("models/legacy.pkl", pickle.dumps({"w": [1, 2, 3]}, protocol=2), "model", "pickle")
put("models/torch.pt", zipped({"archive/data.pkl": pickle.dumps({"a": 1}, protocol=2), "archive/version": "3\n",
                               "archive/byteorder": "little", "archive/data/0": b"\0" * 64, "archive/data/1": b"\0" * 16}),
    "model", "pytorch")
put("models/weights.npy", npy(), "model", "numpy")
put("models/m.tflite", b"\x1c\0\0\0TFL3" + b"\0" * 64, "model", "tflite")
put("models/keras.h5", b"\x89HDF\r\n\x1a\n" + b"\0" * 200 + b"keras_version" + b"\0" * 100, "model", "keras-h5")
keras_config = {"module": "keras", "class_name": "Sequential", "config": {"name": "classifier", "layers": [
    {"class_name": "InputLayer", "config": {}}, {"class_name": "Dense", "config": {}}, {"class_name": "Dense", "config": {}}]}}
put("models/new.keras", zipped({"config.json": json.dumps(keras_config), "model.weights.h5": "x",
                                "metadata.json": json.dumps({"keras_version": "3.3.3", "date_saved": "2026-11-01@12:00:00"})}),
    "model", "keras")
def saved_model():
    """SavedModel: schema version 1, a MetaGraphDef tagged "serve" with
    TensorFlow versions, a graph of 3 nodes (one a 4 KiB constant) and 2
    library functions, and two signatures; then a second MetaGraphDef."""
    node = lambda name, op, extra=b"": ln(1, name) + ln(2, op) + extra
    graph = (ln(1, node(b"x", b"Placeholder")) + ln(1, node(b"w", b"Const", ln(5, b"\0" * 4096))) +
             ln(1, node(b"y", b"MatMul")) + ln(2, ln(1, ln(1, b"f1")) + ln(1, ln(1, b"f2"))) + ln(4, iv(1, 1645)))
    info = ln(1, b"") + ln(4, b"serve") + ln(5, b"2.15.0") + ln(6, b"v2.15.0-rc1-8-g6887368d6d4")
    sig = lambda key: ln(5, ln(1, key) + ln(2, ln(3, b"tensorflow/serving/predict")))
    meta = ln(1, info) + ln(2, graph) + sig(b"serving_default") + sig(b"__saved_model_init_op")
    return iv(1, 1) + ln(2, meta) + ln(2, ln(1, ln(4, b"train")))

put("models/export/saved_model.pb", saved_model(), "model", "savedmodel")
put("adapters/lora/adapter_config.json", json.dumps({"peft_type": "LORA", "r": 8, "base_model_name_or_path": "meta-llama/Llama-2-7b"}), "model-metadata", "peft-adapter-config")
put("adapters/lora/adapter_model.safetensors", safetensors({"lora_A": ("F32", [8, 4], 128)}), "model", "safetensors")
# datasets
put("data/train.csv", "text,label\nhello,1\nworld,0\n", "dataset", "csv")
put("data/eval.jsonl", '{"q": "a", "a": "b"}\n{"q": "c", "a": "d"}\n{"q": "e", "a": "f"}\n', "dataset", "jsonl")
def parquet(rows=1000):
    """A Parquet file whose footer is real Thrift-compact FileMetaData:
    version 1, schema (root + 2 columns), num_rows, one row group, created_by."""
    zz = lambda n: vi((n << 1) ^ (n >> 63))
    bstr = lambda b: vi(len(b)) + b
    root = b"\x48" + bstr(b"schema") + b"\x15" + zz(2) + b"\x00"
    col = lambda name: b"\x15" + zz(2) + b"\x38" + bstr(name) + b"\x00"
    group = b"\x19\x0c" + b"\x16" + zz(4096) + b"\x16" + zz(rows) + b"\x00"
    meta = (b"\x15" + zz(1) + b"\x19\x3c" + root + col(b"text") + col(b"label") +
            b"\x16" + zz(rows) + b"\x19\x1c" + group + b"\x28" + bstr(b"saiguard test") + b"\x00")
    return b"PAR1" + b"\0" * 64 + meta + struct.pack("<I", len(meta)) + b"PAR1"

put("data/table.parquet", parquet(), "dataset", "parquet")
put("data/arrays.npz", zipped({"x.npy": npy(), "y.npy": npy()}), "dataset", "npz")
tfrecord = lambda payloads: b"".join(struct.pack("<QI", len(p), 0) + p + struct.pack("<I", 0) for p in payloads)
put("data/records.tfrecord", tfrecord([b"hello", b"", b"x" * 300]), "dataset", "tfrecord")
put("data/cut.tfrecord", tfrecord([b"hello", b"world"])[:-3], "dataset", "tfrecord")
put("data/store.h5", b"\x89HDF\r\n\x1a\n" + b"\0" * 300, "dataset", "hdf5")

class FB:
    """A FlatBuffer laid out front to back: each table's vtable, then the
    table, then the objects its offset fields point to (offsets point
    forward). Fields: None (absent), (struct format, value) for a scalar,
    or ("str", s) / ("vec", format, items) / ("tables", [fields...]) /
    ("structs", count, raw bytes) / ("table", fields)."""
    def __init__(self, ident=b""):
        self.b = bytearray(b"\0\0\0\0" + ident)
    def pad(self, n):
        self.b += b"\0" * (-len(self.b) % n)
    def u32_at(self, at, v):
        self.b[at:at + 4] = struct.pack("<I", v)
    def obj(self, f):
        kind = f[0]
        self.pad(8)
        p = len(self.b)
        if kind == "str":
            data = f[1].encode() if isinstance(f[1], str) else f[1]
            self.b += struct.pack("<I", len(data)) + data + b"\0"
        elif kind == "vec":
            self.b += struct.pack("<I", len(f[2])) + b"".join(struct.pack(f[1], x) for x in f[2])
        elif kind == "structs":
            self.b += struct.pack("<I", f[1]) + f[2]
        elif kind == "tables":
            self.b += struct.pack("<I", len(f[1])) + b"\0" * (4 * len(f[1]))
            for i, t in enumerate(f[1]):
                slot = p + 4 + 4 * i
                self.u32_at(slot, self.table(t) - slot)
        elif kind == "table":
            return self.table(f[1])
        return p
    def table(self, fields):
        layout, size = [], 4
        for f in fields:
            if f is None:
                layout.append(0)
                continue
            n = struct.calcsize(f[0]) if f[0].startswith("<") else 4
            size += -size % n
            layout.append(size)
            size += n
        self.pad(2)
        vt = len(self.b)
        self.b += struct.pack("<HH", 4 + 2 * len(fields), size) + b"".join(struct.pack("<H", o) for o in layout)
        self.pad(8)
        t = len(self.b)
        self.b += struct.pack("<i", t - vt) + b"\0" * (size - 4)
        for f, o in zip(fields, layout):
            if f is not None and f[0].startswith("<"):
                self.b[t + o:t + o + struct.calcsize(f[0])] = struct.pack(f[0], f[1])
        for f, o in zip(fields, layout):
            if f is not None and not f[0].startswith("<"):
                self.u32_at(t + o, self.obj(f) - (t + o))
        return t
    def finish(self, fields):
        self.u32_at(0, self.table(fields))
        self.pad(8)
        return bytes(self.b)

def tflite():
    """A converted one-convolution model: 4 tensors, of which the weights
    (3x3x3x8) and the bias (8) are backed by buffers: 224 parameters."""
    tensor = lambda shape, buf, name: [("vec", "<i", shape), ("<B", 0), ("<I", buf), ("str", name)]
    sub = [("tables", [tensor([1, 224, 224, 3], 0, "input"), tensor([3, 3, 3, 8], 1, "conv/weights"),
                       tensor([8], 2, "conv/bias"), tensor([1, 112, 112, 8], 0, "output")]),
           ("vec", "<i", [0]), ("vec", "<i", [3]),
           ("tables", [[("<I", 0), ("vec", "<i", [0, 1, 2]), ("vec", "<i", [3])]]), ("str", "main")]
    return FB(b"TFL3").finish([
        ("<I", 3),
        ("tables", [[("<b", 3), None, ("<i", 1), ("<i", 3)], [("<b", 22), None, ("<i", 1), ("<i", 22)]]),
        ("tables", [sub]),
        ("str", "MLIR Converted."),
        ("tables", [[], [("str", b"\1" * 864)], [("str", b"\2" * 32)], [("str", b"1.5.0" + b"\0" * 11)]]),
        None,
        ("tables", [[("str", "min_runtime_version"), ("<I", 3)]]),
        ("tables", [[None, None, ("str", "serving_default"), None, ("<I", 0)]]),
    ])

def arrow_ipc(batches, columns=("text", "label")):
    """An Arrow IPC file: record batch messages of the given lengths, then
    the footer listing their blocks and a schema of the given columns."""
    out, blocks = bytearray(b"ARROW1\0\0"), b""
    for rows in batches:
        msg = FB().finish([("<h", 4), ("<B", 3), ("table", [("<q", rows)]), ("<q", 0)])
        off = len(out)
        out += struct.pack("<Ii", 0xffffffff, len(msg)) + msg
        blocks += struct.pack("<qi4xq", off, 8 + len(msg), 0)
    footer = FB().finish([("<h", 4), ("table", [("<h", 0), ("tables", [[("str", c)] for c in columns])]),
                          None, ("structs", len(batches), blocks)])
    return bytes(out) + footer + struct.pack("<i", len(footer)) + b"ARROW1"

def feather_v1(rows, columns=("a", "b", "c")):
    meta = FB().finish([("str", ""), ("<q", rows), ("tables", [[("str", c)] for c in columns]), ("<i", 2)])
    return b"FEA1" + b"\0" * 4 + meta + struct.pack("<I", len(meta)) + b"FEA1"

put("models/mobilenet.tflite", tflite(), "model", "tflite")
put("data/table.arrow", arrow_ipc([700, 300, 234]), "dataset", "arrow")
put("data/legacy.feather", feather_v1(42), "dataset", "feather")
# prompts and agent configuration
put("prompts/system.txt", "You are a helpful assistant.\n", "prompt", "text")
put("app/answer.prompt", "Answer {{question}} politely.\n", "prompt", "text")
put("app/.mcp.json", json.dumps({"mcpServers": {"files": {"command": "npx", "args": ["-y", "server-fs"], "env": {"API_TOKEN": "secret-value"}}}}), "agent-config", "mcp")
# ordinary files that are not AI assets
put("src/main.c", "int main(void) { return 0; }\n")
put("docs/notes.txt", "nothing to see\n")
put("docs/README.md", "# Project\nNo front matter.\n")
put("config.json", json.dumps({"port": 8080}))
put("blob.bin", os.urandom(512))
put("empty.csv", b"")
put(".git/objects/model.safetensors", safetensors({"a": ("F32", [1], 4)}))
print(json.dumps(expect, sort_keys=True))
