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
put("models/torch.pt", zipped({"archive/data.pkl": pickle.dumps({"a": 1}, protocol=2), "archive/version": "3"}), "model", "pytorch")
put("models/weights.npy", npy(), "model", "numpy")
put("models/m.tflite", b"\x1c\0\0\0TFL3" + b"\0" * 64, "model", "tflite")
put("models/keras.h5", b"\x89HDF\r\n\x1a\n" + b"\0" * 200 + b"keras_version" + b"\0" * 100, "model", "keras-h5")
put("models/new.keras", zipped({"config.json": "{}", "model.weights.h5": "x", "metadata.json": "{}"}), "model", "keras")
put("models/export/saved_model.pb", b"\x08\x01\x12\x04test", "model", "savedmodel")
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
put("data/records.tfrecord", struct.pack("<QI", 5, 0) + b"hello" + struct.pack("<I", 0), "dataset", "tfrecord")
put("data/store.h5", b"\x89HDF\r\n\x1a\n" + b"\0" * 300, "dataset", "hdf5")
put("data/table.arrow", b"ARROW1\0\0" + b"\0" * 32, "dataset", "arrow")
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
