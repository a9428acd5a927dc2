#!/usr/bin/env python3
"""gen_samples.py - writes the malicious and benign model samples the scan
tests run against, plus expect.json saying what saiguard must report for each.

Only WRITES bytes: pickles are assembled opcode by opcode (or produced by
pickle.dumps against stand-in modules), zips with zipfile/struct. Nothing is
ever unpickled, imported from a sample or loaded. Each malicious sample names
the bypass class of ../shared/research/model-scanners.md (B01..B24) it covers.

usage: gen_samples.py OUTDIR
"""
import base64
import collections
import io
import json
import os
import pickle
import struct
import sys
import types
import zipfile
import zlib

OUT = sys.argv[1]
EXPECT = {}

# ---- pickle opcode helpers -------------------------------------------------
MARK, STOP, POP, TUPLE, TUPLE1, TUPLE2, TUPLE3 = b"(", b".", b"0", b"t", b"\x85", b"\x86", b"\x87"
REDUCE, BUILD, EMPTY_DICT, EMPTY_TUPLE, SETITEM, SETITEMS = b"R", b"b", b"}", b")", b"s", b"u"
STACK_GLOBAL, MEMOIZE, NEWOBJ, NEWOBJ_EX, OBJ, NONE = b"\x93", b"\x94", b"\x81", b"\x92", b"o", b"N"


def proto(n):
    return b"\x80" + bytes([n])


def su(s):  # SHORT_BINUNICODE
    b = s.encode()
    return b"\x8c" + bytes([len(b)]) + b


def bu8(s):  # BINUNICODE8
    b = s.encode()
    return b"\x8d" + struct.pack("<Q", len(b)) + b


def string(s):  # protocol 0 STRING (quoted)
    return b"S'" + s.encode() + b"'\n"


def glob(m, n):  # GLOBAL
    return b"c" + m.encode() + b"\n" + n.encode() + b"\n"


def binput(i):
    return b"q" + bytes([i])


def binget(i):
    return b"h" + bytes([i])


def binbytes(b):
    return b"B" + struct.pack("<I", len(b)) + b


def call_global(m, n, arg="id"):
    return glob(m, n) + su(arg) + TUPLE1 + REDUCE


def stack_call(m, n, arg="id", p=4):
    return proto(p) + su(m) + su(n) + STACK_GLOBAL + su(arg) + TUPLE1 + REDUCE + STOP


def write(name, data, expect):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    EXPECT[name] = expect


def bad(cls, min_sev="critical", rules=(), callables=(), note=""):
    return {"class": cls, "min": min_sev, "rules": list(rules), "callables": list(callables),
            "note": note}


def benign(cls, note="", max_sev="low"):
    return {"class": cls, "max": max_sev, "note": note}


# ---- zip helpers (hand-built so headers can lie) ---------------------------
def zip_bytes(members, flags=0, central_names=None, bad_crc=(), symlinks=(), comment=b""):
    """members: list of (name, data, method). Returns zip bytes."""
    out = io.BytesIO()
    central = []
    for i, (name, data, method) in enumerate(members):
        nb = name.encode()
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if name in bad_crc:
            crc ^= 0xDEADBEEF
        comp = data
        if method == 8:
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = c.compress(data) + c.flush()
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0, crc,
                              len(comp), len(data), len(nb), 0) + nb + comp)
        cname = (central_names or {}).get(name, name).encode()
        ext = (0o120777 << 16) if name in symlinks else (0o100644 << 16)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, flags, method,
                                   0, 0, crc, len(comp), len(data), len(cname), 0, 0, 0, 0,
                                   ext, off) + cname)
    cd_off = out.tell()
    for c in central:
        out.write(c)
    cd_size = out.tell() - cd_off
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), cd_size,
                          cd_off, len(comment)) + comment)
    return out.getvalue()


# ---- stand-in modules so pickle.dumps emits real-looking globals ------------
def fake_module(name, **attrs):
    parts = name.split(".")
    for i in range(1, len(parts) + 1):
        sub = ".".join(parts[:i])
        if sub not in sys.modules:
            sys.modules[sub] = types.ModuleType(sub)
    mod = sys.modules[name]
    for k, v in attrs.items():
        if callable(v) and not isinstance(v, type):
            v.__module__, v.__qualname__, v.__name__ = name, k, k
        setattr(mod, k, v)
    return mod


def _rebuild_tensor_v2(*a):
    pass


class FloatStorage:
    pass


FloatStorage.__module__, FloatStorage.__qualname__ = "torch", "FloatStorage"
fake_module("torch._utils", _rebuild_tensor_v2=_rebuild_tensor_v2)
sys.modules["torch"].FloatStorage = FloatStorage


class Tensor:
    def __init__(self, key, n):
        self.key, self.n = key, n

    def __reduce__(self):
        return (_rebuild_tensor_v2, (StorageRef(self.key, self.n), 0, (self.n,), (1,), False,
                                     collections.OrderedDict()))


class StorageRef:
    def __init__(self, key, n):
        self.key, self.n = key, n


class TorchPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, StorageRef):
            return ("storage", FloatStorage, obj.key, "cpu", obj.n)
        return None


def torch_state_dict_pickle(ntensors, protocol=2):
    sd = collections.OrderedDict()
    for i in range(ntensors):
        sd["layer%d.weight" % i] = Tensor(str(i), 4)
    buf = io.BytesIO()
    TorchPickler(buf, protocol=protocol).dump(sd)
    return buf.getvalue()


def torch_zip(pickle_bytes, extra=(), flags=0, central_names=None, bad_crc=(), ntensors=0):
    members = [("archive/data.pkl", pickle_bytes, 0), ("archive/byteorder", b"little", 0)]
    for i in range(ntensors):
        members.append(("archive/data/%d" % i, struct.pack("<4f", 0.5, -1.25, 3.0, 7.5), 0))
    members.append(("archive/version", b"3\n", 0))
    members.extend(extra)
    return zip_bytes(members, flags=flags, central_names=central_names, bad_crc=bad_crc)


EVIL = stack_call("os", "system")          # a protocol-4 os.system('id')
EVIL0 = call_global("os", "system") + STOP  # protocol 0

# ===========================================================================
# Pickle machine: every opcode path that reaches a callable
# ===========================================================================
write("pickle/global_reduce.pkl", EVIL0, bad("opcode GLOBAL+REDUCE", rules=["SG-PKL-001"], callables=["os.system"]))
write("pickle/stack_global.pkl", EVIL, bad("opcode STACK_GLOBAL", rules=["SG-PKL-001"], callables=["os.system"]))
write("pickle/inst.pkl", MARK + su("id") + b"ios\nsystem\n" + STOP,
      bad("B06 INST instead of REDUCE", rules=["SG-PKL-001"], callables=["os.system"]))
write("pickle/obj.pkl", MARK + glob("os", "system") + su("id") + OBJ + STOP,
      bad("B06 OBJ instead of REDUCE", rules=["SG-PKL-001"], callables=["os.system"]))
write("pickle/newobj.pkl", proto(2) + glob("subprocess", "Popen") + su("id") + TUPLE1 + NEWOBJ + STOP,
      bad("B06 NEWOBJ instead of REDUCE", rules=["SG-PKL-001"], callables=["subprocess.Popen"]))
write("pickle/newobj_ex.pkl", proto(4) + su("subprocess") + su("Popen") + STACK_GLOBAL + su("id") +
      TUPLE1 + EMPTY_DICT + NEWOBJ_EX + STOP,
      bad("B06 NEWOBJ_EX (crashes fickling)", rules=["SG-PKL-001"], callables=["subprocess.Popen"]))
write("pickle/ext1.pkl", proto(2) + b"\x82\x01" + su("id") + TUPLE1 + REDUCE + STOP,
      bad("opcode EXT1", "high", rules=["SG-PKL-011"]))
write("pickle/ext4.pkl", proto(2) + b"\x84\x01\x00\x00\x00" + EMPTY_TUPLE + REDUCE + STOP,
      bad("opcode EXT4", "high", rules=["SG-PKL-011"]))
# getattr(__import__('os'), 'system')('id')
write("pickle/getattr_import.pkl", proto(4) + su("builtins") + su("getattr") + STACK_GLOBAL +
      su("builtins") + su("__import__") + STACK_GLOBAL + su("os") + TUPLE1 + REDUCE + su("system") +
      TUPLE2 + REDUCE + su("id") + TUPLE1 + REDUCE + STOP,
      bad("getattr/__import__ indirection", rules=["SG-PKL-001"], callables=["os.system", "builtins.getattr"]))
write("pickle/pkgutil_resolve.pkl", proto(4) + su("pkgutil") + su("resolve_name") + STACK_GLOBAL +
      su("os.system") + TUPLE1 + REDUCE + su("id") + TUPLE1 + REDUCE + STOP,
      bad("B15 pkgutil.resolve_name", rules=["SG-PKL-001"], callables=["os.system", "pkgutil.resolve_name"]))

# ===========================================================================
# B01-B06: parser / stack-model confusion
# ===========================================================================
# BINPUT 1 then MEMOIZE: MEMOIZE's key is len(memo) == 1, overwriting it.
write("b01/memoize_binput.pkl", proto(4) + su("builtins") + binput(1) + POP + su("os") + MEMOIZE +
      POP + binget(1) + su("system") + STACK_GLOBAL + su("id") + TUPLE1 + REDUCE + STOP,
      bad("B01 BINPUT/MEMOIZE memo confusion", rules=["SG-PKL-001"], callables=["os.system"]))
write("b01/text_put_get.pkl", b"Vos\np0\n0Vsystem\np1\n0g0\ng1\n\x93Vid\n\x85R.",
      bad("B01 protocol-0 PUT/GET, no PROTO", rules=["SG-PKL-001"], callables=["os.system"]))
write("b02/string_operands.pkl", proto(4) + string("os") + string("system") + STACK_GLOBAL +
      su("id") + TUPLE1 + REDUCE + STOP,
      bad("B02 STACK_GLOBAL operands from STRING", rules=["SG-PKL-001"], callables=["os.system"]))
write("b02/string_escaped.pkl", proto(4) + b"S'o\\x73'\n" + string("system") + STACK_GLOBAL +
      su("id") + TUPLE1 + REDUCE + STOP,
      bad("B02 escaped STRING operand", rules=["SG-PKL-001"], callables=["os.system"]))
write("b02/binunicode8.pkl", proto(4) + bu8("os") + bu8("system") + STACK_GLOBAL + su("id") +
      TUPLE1 + REDUCE + STOP,
      bad("B02 BINUNICODE8 operands", rules=["SG-PKL-001"], callables=["os.system"]))
write("b02/decoy_pop.pkl", proto(4) + su("os") + su("collections") + POP + su("system") +
      su("OrderedDict") + POP + STACK_GLOBAL + su("id") + TUPLE1 + REDUCE + STOP,
      bad("B02 decoy strings POPped", rules=["SG-PKL-001"], callables=["os.system"]))
write("b03/build_setattr.pkl", proto(4) + su("numpy") + su("prod") + STACK_GLOBAL + NONE +
      EMPTY_DICT + su("a") + su("os") + SETITEM + TUPLE2 + BUILD + STOP,
      bad("B03 BUILD setattr on an allowlisted object", "high", rules=["SG-PKL-012"]))
write("b03/build_setstate.pkl", proto(4) + su("collections") + su("OrderedDict") + STACK_GLOBAL +
      EMPTY_TUPLE + REDUCE + EMPTY_DICT + su("__setstate__") + su("os") + su("system") +
      STACK_GLOBAL + SETITEM + BUILD + su("id") + BUILD + STOP,
      bad("B03 BUILD installs __setstate__ = os.system", rules=["SG-PKL-013", "SG-PKL-001"], callables=["os.system"]))
write("b04/missing_memo.pkl", call_global("os", "system") + binget(99) + STOP,
      bad("B04 BINGET of a missing key after the payload", rules=["SG-PKL-001", "SG-PKL-020"], callables=["os.system"]))
write("b04/stack_global_int.pkl", proto(4) + su("os") + su("system") + STACK_GLOBAL + su("id") +
      TUPLE1 + REDUCE + b"K\x01" + su("system") + STACK_GLOBAL + STOP,
      bad("B04 STACK_GLOBAL on (int, str)", rules=["SG-PKL-001", "SG-PKL-010"], callables=["os.system"]))
write("b04/trailing_garbage.pkl", EVIL + b"\xff\xfe\x00garbage",
      bad("B04 trailing garbage", rules=["SG-PKL-001", "SG-PKL-022"], callables=["os.system"]))
write("b04/bad_utf8_global.pkl", call_global("os", "system") + b"c\xff\xfe\nx\n" + STOP,
      bad("B04 invalid UTF-8 in a later GLOBAL", rules=["SG-PKL-001", "SG-PKL-020"], callables=["os.system"]))
write("b04/second_pickle.pkl", proto(4) + su("x") + STOP + EVIL,
      bad("B04 payload in a second concatenated pickle", rules=["SG-PKL-001"], callables=["os.system"]))
write("b05/dotted_torch_os.pkl", stack_call("torch", "serialization.os.system"),
      bad("B05 dotted name behind allowlisted module", rules=["SG-PKL-001"], callables=["torch.serialization.os.system"]))
write("b05/dotted_unknown.pkl", stack_call("collections", "OrderedDict.__class__.__base__"),
      bad("B05 dotted name through an allowlisted class", "high", rules=["SG-PKL-003"]))

# ===========================================================================
# B07-B14: containers
# ===========================================================================
write("b07/zip_flag_encrypted.pt", torch_zip(EVIL, flags=0x1),
      bad("B07 zip flag bit 0x1", rules=["SG-ZIP-004", "SG-PKL-001"], callables=["os.system"]))
write("b07/zip_flag_0x20.pt", torch_zip(EVIL, flags=0x20),
      bad("B07 zip flag bit 0x20", rules=["SG-ZIP-004", "SG-PKL-001"], callables=["os.system"]))
write("b08/name_mismatch.pt", torch_zip(EVIL, central_names={"archive/data.pkl": "archive/data.pkx"}),
      bad("B08 central vs local name", rules=["SG-ZIP-003", "SG-PKL-001"], callables=["os.system"]))
write("b09/non_pkl_member.pt", torch_zip(torch_state_dict_pickle(2), extra=[("archive/extra/cfg", EVIL, 0)]),
      bad("B09 pickle under a non-.pkl member name", rules=["SG-PKL-001"], callables=["os.system"]))
write("b10/crc_mismatch.pt", torch_zip(EVIL, bad_crc=("archive/data.pkl",)),
      bad("B10 CRC mismatch", rules=["SG-ZIP-005", "SG-PKL-001"], callables=["os.system"]))
write("b11/legacy_eval_magic.pt", proto(2) + glob("builtins", "eval") + su("0x1950a86a20f9469cfc6c") +
      TUPLE1 + REDUCE + STOP + proto(2) + b"M\xe9\x03." + proto(2) + EMPTY_DICT + STOP,
      bad("B11 legacy magic produced by eval", rules=["SG-PKL-001"], callables=["builtins.eval"]))
st_header = json.dumps({"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}).encode()
safetensors_ok = struct.pack("<Q", len(st_header)) + st_header + struct.pack("<2f", 1.0, 2.0)
write("b12/safetensors_plus_zip.safetensors", safetensors_ok + torch_zip(EVIL),
      bad("B12 safetensors with an appended torch zip", rules=["SG-ST-004", "SG-PKL-001"], callables=["os.system"]))
png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 17
inner = zip_bytes([("payload.pkl", EVIL, 0)])
# offsets stay relative to the zip start, as `cat a.png b.zip` produces
write("b12/png_prefix.zip", png + inner,
      bad("B12 PNG prefix before a zip", rules=["SG-ZIP-012", "SG-PKL-001"], callables=["os.system"]))
write("b13/archive.7z", b"7z\xbc\xaf\x27\x1c\x00\x04" + os.urandom(64),
      bad("B13 7z container", "medium", rules=["SG-FILE-005"]))
write("b14/cat.png", EVIL, bad("B14 pickle named .png", rules=["SG-FILE-004", "SG-PKL-001"], callables=["os.system"]))
write("b14/model.safetensors", EVIL0,
      bad("B14 protocol-0 pickle named .safetensors", rules=["SG-FILE-004", "SG-PKL-001"], callables=["os.system"]))

# ===========================================================================
# B15-B17: gadgets and nested pickles
# ===========================================================================
STDLIB = [("cProfile", "run"), ("cProfile", "runctx"), ("profile", "run"), ("profile", "Profile.run"),
          ("trace", "Trace.runctx"), ("bdb", "Bdb.run"), ("doctest", "debug_script"),
          ("code", "InteractiveInterpreter.runcode"), ("timeit", "timeit"), ("runpy", "_run_code"),
          ("pydoc", "pipepager"), ("pkgutil", "resolve_name"), ("pydoc", "locate"),
          ("operator", "methodcaller"), ("_operator", "attrgetter"), ("importlib", "import_module"),
          ("functools", "partial"), ("pty", "spawn"), ("uuid", "_get_command_stdout"),
          ("_osx_support", "_read_output"), ("_aix_support", "_read_cmd_output"),
          ("imaplib", "IMAP4_stream"), ("_pyrepl.pager", "pipe_pager"),
          ("test.support.script_helper", "assert_python_ok"),
          ("asyncio.unix_events", "_UnixSubprocessTransport._start"), ("ensurepip", "_run_pip"),
          ("pip", "main"), ("ctypes", "CDLL"), ("distutils.file_util", "write_file"),
          ("logging", "FileHandler"), ("io", "FileIO"), ("idlelib.run", "Executive.runcode"),
          ("idlelib.pyshell", "ModifiedInterpreter.runcommand"), ("lib2to3.pgen2.grammar", "Grammar.loads"),
          ("_interpreters", "run_string"), ("_xxsubinterpreters", "run_string"), ("webbrowser", "open"),
          ("shutil", "rmtree"), ("socket", "create_connection"), ("builtins", "exec"),
          ("builtins", "compile"), ("builtins", "open"), ("posix", "system"), ("nt", "system"),
          ("marshal", "loads"), ("types", "FunctionType"), ("sys", "modules")]
for m, n in STDLIB:
    write("b15/%s.%s.pkl" % (m, n), stack_call(m, n),
          bad("B15 stdlib gadget %s.%s" % (m, n), rules=["SG-PKL-001"], callables=["%s.%s" % (m, n)]))
THIRD = [("torch.utils.bottleneck.__main__", "run_cprofile"), ("torch._dynamo.guards", "GuardBuilder.get"),
         ("torch.fx.experimental.symbolic_shapes", "ShapeEnv.evaluate_guards_expression"),
         ("torch.utils.collect_env", "run"), ("torch.jit.unsupported_tensor_ops", "execWrapper"),
         ("torch.utils._config_module", "ConfigModule.load_config"),
         ("torch.utils.data.datapipes.utils.decoder", "basichandlers"),
         ("numpy.testing._private.utils", "runstring"), ("numpy.f2py.crackfortran", "getlincoef"),
         ("cloudpickle.cloudpickle", "_builtin_type"), ("torch.storage", "_load_from_bytes")]
for m, n in THIRD:
    write("b16/%s.%s.pkl" % (m, n), stack_call(m, n),
          bad("B16 third-party gadget %s.%s" % (m, n), rules=["SG-PKL-001"], callables=["%s.%s" % (m, n)]))
write("b16/unknown_gadget.pkl", stack_call("somepkg.tools", "run_anything"),
      bad("B16 unknown callable is at least a warning", "medium", rules=["SG-PKL-002"]))
write("b17/nested_loads.pkl", proto(4) + su("pickle") + su("loads") + STACK_GLOBAL + binbytes(EVIL) +
      TUPLE1 + REDUCE + STOP,
      bad("B17 nested pickle.loads payload", rules=["SG-PKL-001", "SG-PKL-014"], callables=["os.system", "pickle.loads"]))
write("b17/nested_base64.pkl", proto(4) + su("_pickle") + su("loads") + STACK_GLOBAL + su("base64") +
      su("b64decode") + STACK_GLOBAL + su(base64.b64encode(EVIL).decode()) + TUPLE1 + REDUCE + TUPLE1 +
      REDUCE + STOP,
      bad("B17 nested base64 pickle payload", rules=["SG-PKL-001", "SG-PKL-014"], callables=["os.system", "_pickle.loads"]))

# ===========================================================================
# B18: Keras
# ===========================================================================
def keras_zip(config):
    return zip_bytes([("metadata.json", json.dumps({"keras_version": "3.5.0"}).encode(), 8),
                      ("config.json", json.dumps(config).encode(), 8),
                      ("assets/README", b"weights omitted from the sample", 0)])


def keras_model(layers):
    return {"module": "keras", "class_name": "Sequential", "registered_name": None,
            "config": {"name": "sequential", "layers": layers}}


dense = {"module": "keras.layers", "class_name": "Dense", "registered_name": None,
         "config": {"name": "dense", "units": 10, "activation": "relu"}}
lam = {"module": "keras.layers", "class_name": "Lambda", "registered_name": None,
       "config": {"name": "lambda", "function": {"class_name": "__lambda__", "config": {
           "code": base64.b64encode(b"\xe3\x00\x00\x00fake-marshalled-code").decode(),
           "defaults": None, "closure": None}}}}
write("b18/lambda_bytecode.keras", keras_zip(keras_model([dense, lam])),
      bad("B18 Keras Lambda with marshalled bytecode (CVE-2024-3660)", rules=["SG-KER-002"]))
inj = {"module": "os", "class_name": "function", "config": "system", "registered_name": "function"}
write("b18/module_injection.keras", keras_zip(keras_model([dense, {"module": "keras.layers", "class_name": "Activation", "config": {"name": "a", "activation": inj}}])),
      bad("B18 Keras config module injection (CVE-2025-1550)", rules=["SG-KER-007"], callables=["os.system"]))
unsafe = {"module": "keras.config", "class_name": "function", "config": "enable_unsafe_deserialization", "registered_name": "function"}
write("b18/enable_unsafe.keras", keras_zip(keras_model([{"module": "keras.layers", "class_name": "Activation", "config": {"name": "a", "activation": unsafe}}, lam])),
      bad("B18 enable_unsafe_deserialization from config (CVE-2025-9906)", rules=["SG-KER-004"]))
gadget = {"module": "keras.models", "class_name": "function", "config": "load_model", "registered_name": "function",
          "safe_mode": False}
write("b18/load_model_gadget.keras", keras_zip(keras_model([{"module": "keras.layers", "class_name": "Activation", "config": {"name": "a", "activation": gadget}}])),
      bad("B18 load_model(safe_mode=False) gadget (CVE-2025-8747)", rules=["SG-KER-007", "SG-KER-004"]))
custom = {"module": "evilpkg.layers", "class_name": "Backdoor", "registered_name": "evilpkg>Backdoor", "config": {"name": "b"}}
write("b18/custom_object.keras", keras_zip(keras_model([dense, custom])),
      bad("B18 custom object from a foreign module", "high", rules=["SG-KER-003", "SG-KER-005"]))

# ===========================================================================
# B19-B20: GGUF
# ===========================================================================
def gguf_str(s):
    b = s.encode() if isinstance(s, str) else s
    return struct.pack("<Q", len(b)) + b


def gguf(kvs, tensors=(), version=3, counts=None):
    body = b""
    for k, (t, v) in kvs.items():
        body += gguf_str(k) + struct.pack("<I", t)
        if t == 8:
            body += gguf_str(v)
        elif t == 4:
            body += struct.pack("<I", v)
        elif t == 9:  # array of strings
            body += struct.pack("<IQ", 8, len(v)) + b"".join(gguf_str(x) for x in v)
    tinfo = b""
    for name, dims, ttype, off in tensors:
        tinfo += gguf_str(name) + struct.pack("<I", len(dims)) + b"".join(struct.pack("<Q", d) for d in dims)
        tinfo += struct.pack("<IQ", ttype, off)
    nt, nk = counts or (len(tensors), len(kvs))
    head = b"GGUF" + struct.pack("<IQQ", version, nt, nk) + body + tinfo
    pad = (-len(head)) % 32
    data = b"".join(b"\x00" * min(4 * dims[0], 32) for _, dims, _, _ in tensors)
    return head + b"\x00" * pad + data


LLAMA3 = ("{% set loop_messages = messages %}{% for message in loop_messages %}"
          "{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n'+ message['content'] | trim + '<|eot_id|>' %}"
          "{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}"
          "{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{% endif %}")
TOOLS = ("{%- set ns = namespace(found=false) -%}{%- for message in messages -%}{%- if message['role'] == 'system' -%}"
         "{%- set ns.found = true -%}{%- endif -%}{%- endfor -%}{%- if tools is defined -%}{{ tools | tojson }}{%- endif -%}"
         "{%- if not ns.found -%}{{ raise_exception('no system') }}{%- endif -%}")
base_kv = {"general.architecture": (8, "llama"), "general.alignment": (4, 32),
           "tokenizer.ggml.tokens": (9, ["<s>", "</s>", "hello"])}
ok_tensors = [("token_embd.weight", [8], 0, 0), ("output.weight", [8], 0, 32)]
write("benign/llama.gguf", gguf(dict(base_kv, **{"tokenizer.chat_template": (8, LLAMA3),
                                                  "tokenizer.chat_template.tool_use": (8, TOOLS)}), ok_tensors),
      benign("GGUF with normal chat templates"))
SSTI = "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"
write("b19/ssti_class_chain.gguf", gguf(dict(base_kv, **{"tokenizer.chat_template": (8,
      "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id') }}{% endif %}{% endfor %}")}), ok_tensors),
      bad("B19 __class__/__subclasses__ chain (CVE-2024-34359)", rules=["SG-GGUF-003"]))
write("b19/ssti_attr_concat.gguf", gguf(dict(base_kv, **{"tokenizer.chat_template": (8,
      "{{ lipsum|attr('__glo' ~ 'bals__')|attr('__geti' ~ 'tem__')('o' ~ 's')|attr('po' ~ 'pen')('id') }}")}), ok_tensors),
      bad("B19 |attr() with ~ concatenation and lipsum", rules=["SG-GGUF-003", "SG-GGUF-004"]))
write("b19/ssti_escapes.gguf", gguf(dict(base_kv, **{"tokenizer.chat_template": (8,
      "{{ cycler|attr('\\x5f\\x5finit\\x5f\\x5f')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}")}), ok_tensors),
      bad("B19 hex-escaped dunders", rules=["SG-GGUF-003"]))
write("b19/ssti_named_template.gguf", gguf(dict(base_kv, **{"tokenizer.chat_template": (8, LLAMA3),
      "tokenizer.chat_template.rag": (8, SSTI)}), ok_tensors),
      bad("B19 payload in a named template", rules=["SG-GGUF-003"], callables=["tokenizer.chat_template.rag"]))
write("b20/huge_counts.gguf", gguf(base_kv, ok_tensors, counts=(1 << 62, 1 << 40)),
      bad("B20 huge tensor_count/kv_count", "high", rules=["SG-GGUF-002"]))
write("b20/huge_string.gguf", b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", 1 << 63) + b"x" * 64,
      bad("B20 string length 2^63", "high", rules=["SG-GGUF-001"]))
write("b20/tensor_past_end.gguf", gguf(base_kv, [("w", [1 << 40], 0, 0)]),
      bad("B20 tensor extent past the end", "high", rules=["SG-GGUF-001"]))

# ===========================================================================
# B21: safetensors
# ===========================================================================
def st(header, data=b"", raw=None):
    h = raw if raw is not None else json.dumps(header).encode()
    return struct.pack("<Q", len(h)) + h + data


write("benign/model.safetensors", st({"__metadata__": {"format": "pt"},
                                      "a": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 16]},
                                      "b": {"dtype": "BF16", "shape": [4], "data_offsets": [16, 24]}}, b"\x00" * 24),
      benign("safetensors"))
write("b21/header_too_long.safetensors", struct.pack("<Q", 1 << 20) + b'{"a":1}',
      bad("B21 header length beyond the file", "high", rules=["SG-ST-001"]))
write("b21/offsets_oob.safetensors", st({"a": {"dtype": "F32", "shape": [4], "data_offsets": [0, 1 << 30]}}, b"\x00" * 16),
      bad("B21 data_offsets out of bounds", "high", rules=["SG-ST-002"]))
write("b21/overlap.safetensors", st({"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
                                     "b": {"dtype": "F32", "shape": [2], "data_offsets": [4, 12]}}, b"\x00" * 12),
      bad("B21 overlapping tensors", "high", rules=["SG-ST-002"]))
write("b21/shape_mismatch.safetensors", st({"a": {"dtype": "F32", "shape": [3], "data_offsets": [0, 8]}}, b"\x00" * 8),
      bad("B21 shape x dtype != span", "high", rules=["SG-ST-002"]))
write("b21/duplicate_keys.safetensors",
      st(None, b"\x00" * 8, raw=b'{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}'),
      bad("B21 duplicate JSON keys", "high", rules=["SG-ST-001"]))
write("b21/metadata_nonstring.safetensors", st({"__metadata__": {"n": 1}, "a": {"dtype": "U8", "shape": [1], "data_offsets": [0, 1]}}, b"\x00"),
      bad("B21 non-string __metadata__", "medium", rules=["SG-ST-003"]))

# ===========================================================================
# B22-B23: protobuf formats
# ===========================================================================
def pb_varint(v):
    out = b""
    while True:
        b = v & 0x7F
        v >>= 7
        out += bytes([b | (0x80 if v else 0)])
        if not v:
            return out


def pb(field, payload):
    if isinstance(payload, int):
        return pb_varint(field << 3) + pb_varint(payload)
    if isinstance(payload, str):
        payload = payload.encode()
    return pb_varint(field << 3 | 2) + pb_varint(len(payload)) + payload


def onnx_model(nodes, initializers=()):
    graph = b"".join(pb(1, n) for n in nodes) + pb(2, "g") + b"".join(pb(5, t) for t in initializers)
    return pb(1, 8) + pb(2, "pytorch") + pb(7, graph) + pb(8, pb(1, "") + pb(2, 17))


relu = pb(1, "x") + pb(2, "y") + pb(4, "Relu")
write("benign/model.onnx", onnx_model([relu, pb(1, "y") + pb(2, "z") + pb(4, "MatMul")]), benign("ONNX standard ops"))
ext = pb(8, "w") + pb(14, 1) + pb(13, pb(1, "location") + pb(2, "../../../etc/passwd"))
write("b22/external_data_traversal.onnx", onnx_model([relu], [ext]),
      bad("B22 external_data location escapes", "high", rules=["SG-ONNX-001"]))
ext_abs = pb(8, "w") + pb(14, 1) + pb(13, pb(1, "location") + pb(2, "/etc/shadow"))
write("b22/external_data_absolute.onnx", onnx_model([relu], [ext_abs]),
      bad("B22 external_data absolute path", "high", rules=["SG-ONNX-001"]))
write("b22/pyop.onnx", onnx_model([pb(1, "x") + pb(2, "y") + pb(4, "PyOp") + pb(7, "ai.onnx.contrib")]),
      bad("B22 ai.onnx.contrib PyOp", rules=["SG-ONNX-002"]))


def saved_model(ops):
    nodes = b"".join(pb(1, pb(1, "n%d" % i) + pb(2, op)) for i, op in enumerate(ops))
    return pb(1, 1) + pb(2, pb(2, nodes))


write("benign/tf/saved_model.pb", saved_model(["Placeholder", "MatMul", "SaveV2", "RestoreV2"]), benign("SavedModel"))
write("b23/readfile/saved_model.pb", saved_model(["Placeholder", "ReadFile"]),
      bad("B23 ReadFile op", "high", rules=["SG-TF-001"]))
write("b23/writefile/saved_model.pb", saved_model(["WriteFile"]), bad("B23 WriteFile op", "high", rules=["SG-TF-001"]))
write("b23/pyfunc/saved_model.pb", saved_model(["PyFunc"]), bad("B23 PyFunc op", rules=["SG-TF-002"]))
write("b23/eagerpyfunc/saved_model.pb", saved_model(["EagerPyFunc"]), bad("B23 EagerPyFunc op", rules=["SG-TF-002"]))

# ===========================================================================
# B24: archives
# ===========================================================================
write("b24/zip_slip.zip", zip_bytes([("../../evil.sh", b"echo", 0)]), bad("B24 zip-slip ../", "high", rules=["SG-ZIP-001"]))
write("b24/absolute.zip", zip_bytes([("/etc/cron.d/x", b"echo", 0)]), bad("B24 absolute member name", "high", rules=["SG-ZIP-001"]))
write("b24/symlink.zip", zip_bytes([("link", b"/etc/passwd", 0)], symlinks=("link",)), bad("B24 symlink member", "high", rules=["SG-ZIP-011"]))
write("b24/ratio_bomb.zip", zip_bytes([("zeros.bin", b"\x00" * (4 << 20), 8)]), bad("B24 ratio bomb", "high", rules=["SG-ZIP-007"]))
write("b24/duplicate.zip", zip_bytes([("a.pkl", b"x", 0), ("a.pkl", EVIL, 0)]),
      bad("B24 duplicate member names", rules=["SG-ZIP-002", "SG-PKL-001"]))
one = zip_bytes([("a.txt", b"hello", 0)])
cd_start = one.index(b"PK\x01\x02")
cd_entry = one[cd_start:one.index(b"PK\x05\x06")]
overl = one[:cd_start] + cd_entry * 50 + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 50, 50, len(cd_entry) * 50, cd_start, 0)
write("b24/overlapping.zip", overl, bad("B24 overlapping-entry bomb", "high", rules=["SG-ZIP-009"]))
nest = zip_bytes([("x.pkl", EVIL, 0)])
for i in range(7):
    nest = zip_bytes([("level%d.zip" % i, nest, 0)])
write("b24/deep_nesting.zip", nest, bad("B24 nesting depth limit", "high", rules=["SG-ZIP-008"]))

# ===========================================================================
# numpy / joblib / legacy torch
# ===========================================================================
def npy(descr, shape, data, version=1):
    h = "{'descr': '%s', 'fortran_order': False, 'shape': %s, }" % (descr, shape)
    h = h.encode()
    h += b" " * (63 - (10 + len(h)) % 64) + b"\n"
    return b"\x93NUMPY" + bytes([version, 0]) + struct.pack("<H", len(h)) + h + data


write("benign/array.npy", npy("<f4", "(2, 3)", b"\x00" * 24), benign("numpy float array"))
write("benign/arrays.npz", zip_bytes([("a.npy", npy("<i8", "(4,)", b"\x01" * 32), 8), ("b.npy", npy("|b1", "(3,)", b"\x01\x00\x01"), 0)]),
      benign("numpy .npz"))
write("npy/object_evil.npy", npy("|O", "(1,)", EVIL),
      bad("numpy object array carrying a payload", rules=["SG-NPY-001", "SG-PKL-001"], callables=["os.system"]))
write("npy/bad_size.npy", npy("<f8", "(100,)", b"\x00" * 8), bad("numpy size mismatch", "medium", rules=["SG-NPY-002"]))
write("joblib/model.joblib", proto(2) + glob("sklearn.linear_model._base", "LinearRegression") + EMPTY_TUPLE +
      NEWOBJ + EMPTY_DICT + BUILD + STOP,
      bad("joblib model with a class outside the allowlist", "medium", rules=["SG-PKL-002"]))

def xu(s):  # BINUNICODE
    b = s.encode()
    return b"X" + struct.pack("<I", len(b)) + b


def joblib_array(payload_after=b""):
    head = (proto(2) + EMPTY_DICT + xu("w") + glob("joblib.numpy_pickle", "NumpyArrayWrapper") +
            EMPTY_TUPLE + NEWOBJ + EMPTY_DICT + MARK +
            xu("subclass") + glob("numpy", "ndarray") + xu("shape") + b"K\x02K\x03" + TUPLE2 +
            xu("order") + xu("C") + xu("dtype") + glob("numpy", "dtype") + xu("f8") + b"\x89\x88" +
            TUPLE3 + REDUCE + xu("allow_mmap") + b"\x88" + xu("numpy_array_alignment_bytes") +
            b"K\x10" + SETITEMS + BUILD)
    pad = 16 - ((len(head) + 1) % 16)
    raw = (b"cos\nsystem\n" + b"\x93R." * 20)[:48]  # array bytes that look like opcodes
    return head + bytes([pad]) + b"\xff" * pad + raw + payload_after + SETITEM + STOP


write("benign/arrays.joblib", joblib_array(), benign("joblib dump of a numpy array (raw bytes inline)"))
write("joblib/payload_after_array.joblib", joblib_array(glob("os", "system") + su("id") + TUPLE1 + REDUCE + POP),
      bad("joblib payload hidden after an embedded array", rules=["SG-PKL-001"], callables=["os.system"]))

import gzip as _gzip
write("joblib/compressed_zlib.joblib", zlib.compress(EVIL0, 3),
      bad("joblib compress= (zlib) hiding a payload", rules=["SG-PKL-001"], callables=["os.system"]))
write("joblib/model.pkl.gz", _gzip.compress(EVIL),
      bad("gzip-compressed pickle", rules=["SG-PKL-001"], callables=["os.system"]))
write("benign/vocab.pkl.gz", _gzip.compress(pickle.dumps({"a": 1, "b": 2}, protocol=4)), benign("gzip-compressed benign pickle"))

# ===========================================================================
# benign real-world shapes
# ===========================================================================
write("benign/state_dict.pt", torch_zip(torch_state_dict_pickle(300), ntensors=300), benign("torch zip state dict of 300 tensors"))
write("benign/state_dict_p4.pt", torch_zip(torch_state_dict_pickle(50, protocol=4), ntensors=50), benign("torch zip state dict, protocol 4"))
magic = b"\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19."
legacy = magic + pickle.dumps(1001, protocol=2) + pickle.dumps({"protocol_version": 1001, "little_endian": True}, protocol=2)
legacy += torch_state_dict_pickle(20) + pickle.dumps(["0", "1"], protocol=2) + struct.pack("<Q", 4) + b"(" * 16 + b"\x00" * 64
write("benign/legacy.pt", legacy, benign("legacy (non-zip) torch.save"))
vocab = {"tok%d" % i: i for i in range(5000)}
for p in range(0, 6):
    write("benign/vocab_p%d.pkl" % p, pickle.dumps(vocab, protocol=p), benign("vocabulary dict, protocol %d" % p))
write("benign/ordered.pkl", pickle.dumps(collections.OrderedDict(a=1, b=[1.5, "x", None], c={1, 2}), protocol=2),
      benign("OrderedDict, set, list"))
write("benign/keras_ok.keras", keras_zip(keras_model([dense])), benign("Keras Dense model"))
write("benign/README.md", b"# a model card\n\nNothing to see.\n", benign("plain text", max_sev="info"))

with open(os.path.join(OUT, "expect.json"), "w") as f:
    json.dump(EXPECT, f, indent=1, sort_keys=True)
print("wrote %d samples to %s" % (len(EXPECT), OUT))
