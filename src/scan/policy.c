/* policy.c - which callables a pickle may reach: the built-in allowlist of
 * reconstructors real checkpoints use, the built-in denylist of modules and
 * gadgets that run code, touch files or the network, and the organisation
 * policy file that adds to or overrides both. Anything on neither list is a
 * warning: unknown gadgets must not slip through a denylist. */
#include <stdlib.h>
#include <string.h>

#include "saiguard/json.h"
#include "saiguard/yaml.h"
#include "scan_internal.h"

/* ---- built-in lists ---------------------------------------------------- */

/* A deny entry matches the full dotted name itself or anything below it
 * ("os" matches "os.system"; "builtins.eval" matches "builtins.eval.__call__"). */
static const char *const builtin_deny[] = {
    /* processes and the shell */
    "os", "posix", "nt", "subprocess", "_posixsubprocess", "pty", "commands", "popen2",
    "platform.popen", "platform._syscmd_file", "platform._syscmd_ver", "asyncio",
    "multiprocessing", "concurrent", "_osx_support", "_aix_support", "uuid._get_command_stdout",
    "uuid._popen", "imaplib.IMAP4_stream", "_pyrepl", "test", "pydoc.pipepager", "pydoc.tempfilepager",
    "pydoc.pager", "webbrowser", "ensurepip", "pip", "setuptools", "distutils", "venv",
    /* running Python code */
    "builtins.eval", "builtins.exec", "builtins.compile", "builtins.__import__",
    "builtins.execfile", "builtins.input", "builtins.breakpoint", "builtins.help",
    "builtins.reload", "runpy", "code", "codeop", "pdb", "bdb", "cProfile", "profile", "trace",
    "timeit", "doctest", "idlelib", "lib2to3", "_interpreters", "_xxsubinterpreters",
    "interpreters", "concurrent.interpreters", "types.FunctionType", "types.CodeType",
    "types.LambdaType", "types.MethodType", "types.ModuleType", "marshal", "_marshal",
    /* attribute and import machinery (indirection gadgets) */
    "builtins.getattr", "builtins.setattr", "builtins.delattr", "builtins.globals",
    "builtins.locals", "builtins.vars", "builtins.type", "builtins.object.__subclasses__",
    "importlib", "imp", "zipimport", "pkgutil", "pydoc.locate", "operator.attrgetter",
    "operator.methodcaller", "_operator.attrgetter", "_operator.methodcaller", "functools.partial",
    "functools.reduce", "_functools", "inspect", "sys", "site", "gc", "copyreg.add_extension",
    /* native code */
    "ctypes", "_ctypes", "cffi", "mmap",
    /* files */
    "builtins.open", "builtins.file", "io", "_io", "codecs.open", "shutil", "tempfile", "glob",
    "fileinput", "pathlib", "tarfile", "zipfile", "shelve", "dbm", "sqlite3", "logging.FileHandler",
    "logging.handlers", "logging.config", "fcntl", "resource", "signal", "_thread", "threading",
    /* the network */
    "socket", "_socket", "ssl", "http", "httplib", "urllib", "urllib2", "urllib3", "requests",
    "aiohttp", "ftplib", "smtplib", "telnetlib", "poplib", "nntplib", "xmlrpc", "socketserver",
    /* nested deserialisation */
    "pickle", "_pickle", "cPickle", "pickletools", "dill", "cloudpickle", "joblib.load",
    "joblib.numpy_pickle.load", "numpy.load", "numpy.lib.npyio", "torch.load", "torch.serialization",
    "torch.storage._load_from_bytes", "keras.models.load_model", "keras.saving",
    "keras.config.enable_unsafe_deserialization", "tensorflow.keras.models.load_model",
    /* known third-party gadgets */
    "torch.utils.bottleneck", "torch._dynamo", "torch.fx.experimental.symbolic_shapes",
    "torch.utils.collect_env", "torch.jit", "torch.utils._config_module", "torch.utils.data.datapipes",
    "torch._inductor", "torch.hub", "torch.package", "torch.ops", "torch._ops", "torch.library",
    "torch.utils.cpp_extension", "numpy.testing", "numpy.f2py", "numpy.distutils",
    "numpy.ctypeslib", "keras.utils.get_file", "tensorflow.io", "tensorflow.python.ops.script_ops",
    NULL,
};

/* Exact full names of reconstructors that real checkpoints, arrays and
 * plain containers use. They build data; none runs user code. */
static const char *const builtin_allow[] = {
    "collections.OrderedDict", "collections.defaultdict", "collections.deque",
    "collections.Counter", "builtins.set", "builtins.frozenset", "builtins.bytearray",
    "builtins.bytes", "builtins.slice", "builtins.complex", "builtins.list", "builtins.dict",
    "builtins.tuple", "builtins.int", "builtins.float", "builtins.str", "builtins.bool",
    "builtins.range", "copyreg._reconstructor", "_codecs.encode", "datetime.datetime",
    "datetime.date", "datetime.time", "datetime.timedelta", "datetime.timezone", "decimal.Decimal",
    "fractions.Fraction", "uuid.UUID",
    "torch._utils._rebuild_tensor", "torch._utils._rebuild_tensor_v2",
    "torch._utils._rebuild_tensor_v3", "torch._utils._rebuild_parameter",
    "torch._utils._rebuild_parameter_with_state", "torch._utils._rebuild_qtensor",
    "torch._utils._rebuild_sparse_tensor", "torch._utils._rebuild_sparse_csr_tensor",
    "torch._utils._rebuild_nested_tensor", "torch._utils._rebuild_device_tensor_from_numpy",
    "torch._utils._rebuild_meta_tensor_no_storage", "torch._utils._rebuild_wrapper_subclass",
    "torch._tensor._rebuild_from_type", "torch._tensor._rebuild_from_type_v2",
    "torch.nn.parameter.Parameter", "torch.nn.parameter.Buffer", "torch.Size", "torch.device",
    "torch.Tensor", "torch.FloatStorage", "torch.DoubleStorage", "torch.HalfStorage",
    "torch.BFloat16Storage", "torch.LongStorage", "torch.IntStorage", "torch.ShortStorage",
    "torch.CharStorage", "torch.ByteStorage", "torch.BoolStorage", "torch.ComplexFloatStorage",
    "torch.ComplexDoubleStorage", "torch.QUInt8Storage", "torch.QInt8Storage",
    "torch.QInt32Storage", "torch.QUInt4x2Storage", "torch.QUInt2x4Storage",
    "torch.UntypedStorage", "torch.storage.UntypedStorage", "torch.storage.TypedStorage",
    "torch.float32", "torch.float", "torch.float16", "torch.half", "torch.bfloat16",
    "torch.float64", "torch.double", "torch.int64", "torch.long", "torch.int32", "torch.int",
    "torch.int16", "torch.short", "torch.int8", "torch.uint8", "torch.bool", "torch.complex64",
    "torch.complex128", "torch.float8_e4m3fn", "torch.float8_e5m2", "torch.uint16",
    "torch.uint32", "torch.uint64", "torch.strided", "torch.sparse_coo", "torch.sparse_csr",
    "torch.contiguous_format", "torch.channels_last", "torch.preserve_format",
    "torch.per_tensor_affine", "torch.per_channel_affine", "torch.per_tensor_symmetric",
    "torch.per_channel_symmetric",
    "numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct",
    "numpy.core.multiarray.scalar", "numpy._core.multiarray.scalar", "numpy.ndarray",
    "numpy.dtype", "numpy.core.numeric._frombuffer", "numpy._core.numeric._frombuffer",
    "numpy.random._pickle.__randomstate_ctor", "numpy.random._pickle.__generator_ctor",
    "numpy.random._pickle.__bit_generator_ctor", "numpy.ma.core._mareconstruct",
    "joblib.numpy_pickle.NumpyArrayWrapper", "joblib.numpy_pickle_compat.NDArrayWrapper",
    NULL,
};

/* Python 2 module names that Python 3's unpickler maps to these. */
static const char *const module_alias[][2] = {
    {"__builtin__", "builtins"}, {"copy_reg", "copyreg"}, {"cPickle", "pickle"},
    {"_compat_pickle", "pickle"}, {"exceptions", "builtins"}, {NULL, NULL},
};

/* ---- the policy object --------------------------------------------------- */

struct sg_scan_policy {
    char **allow, **deny, **disabled;
    size_t n_allow, n_deny, n_disabled;
    struct sg__scan_limits lim; /* 0 = not set */
};

void sg_scan_policy_free(sg_scan_policy *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n_allow; i++)
        free(p->allow[i]);
    for (size_t i = 0; i < p->n_deny; i++)
        free(p->deny[i]);
    for (size_t i = 0; i < p->n_disabled; i++)
        free(p->disabled[i]);
    free(p->allow);
    free(p->deny);
    free(p->disabled);
    free(p);
}

static sg_err load_list(const json_t *doc, const char *key, char ***out, size_t *n,
                        const char *subject, struct sg_error *err)
{
    json_t *arr = json_object_get(doc, key);
    if (!arr || json_is_null(arr))
        return SG_OK;
    if (!json_is_array(arr))
        return sg_error_set(err, SG_ERR_CONFIG, subject, "'%s' must be a list of strings", key);
    size_t count = json_array_size(arr);
    if (count > 100000)
        return sg_error_set(err, SG_ERR_CONFIG, subject, "'%s' has too many entries", key);
    *out = calloc(count ? count : 1, sizeof **out);
    if (!*out)
        return sg_error_set(err, SG_ERR_NOMEM, subject, "out of memory");
    for (size_t i = 0; i < count; i++) {
        const char *s = json_string_value(json_array_get(arr, i));
        if (!s || !*s || strlen(s) > 1024)
            return sg_error_set(err, SG_ERR_CONFIG, subject,
                                "'%s' entry %zu must be a non-empty string", key, i + 1);
        if (!((*out)[i] = strdup(s)))
            return sg_error_set(err, SG_ERR_NOMEM, subject, "out of memory");
        *n = i + 1;
    }
    return SG_OK;
}

static sg_err load_limit(const json_t *limits, const char *key, uint64_t *out, const char *subject,
                         struct sg_error *err)
{
    int64_t v = 0;
    bool present = json_object_get(limits, key) != NULL;
    sg_err rc = sg_json_opt_int(limits, key, &v, subject, err);
    if (rc != SG_OK)
        return rc;
    if (present && v <= 0)
        return sg_error_set(err, SG_ERR_CONFIG, subject, "limits.%s must be positive", key);
    if (present)
        *out = (uint64_t)v;
    return SG_OK;
}

sg_err sg_scan_policy_from_json(const json_t *doc, const char *subject, sg_scan_policy **out,
                                struct sg_error *err)
{
    static const char *const keys[] = {"allow", "deny", "disable_rules", "limits", NULL};
    static const char *const limit_keys[] = {"max_entry_bytes", "max_total_bytes",
                                             "max_analysis_bytes", "max_ratio", "max_depth",
                                             "max_files", NULL};
    *out = NULL;
    if (!json_is_object(doc))
        return sg_error_set(err, SG_ERR_CONFIG, subject, "a scan policy must be a mapping");
    sg_err rc = sg_json_check_keys(doc, keys, subject, err);
    if (rc != SG_OK)
        return rc;
    sg_scan_policy *p = calloc(1, sizeof *p);
    if (!p)
        return sg_error_set(err, SG_ERR_NOMEM, subject, "out of memory");
    if ((rc = load_list(doc, "allow", &p->allow, &p->n_allow, subject, err)) != SG_OK ||
        (rc = load_list(doc, "deny", &p->deny, &p->n_deny, subject, err)) != SG_OK ||
        (rc = load_list(doc, "disable_rules", &p->disabled, &p->n_disabled, subject, err)) != SG_OK)
        goto out;
    json_t *limits = json_object_get(doc, "limits");
    if (limits) {
        uint64_t ratio = 0, depth = 0;
        if (!json_is_object(limits)) {
            rc = sg_error_set(err, SG_ERR_CONFIG, subject, "'limits' must be a mapping");
            goto out;
        }
        if ((rc = sg_json_check_keys(limits, limit_keys, subject, err)) != SG_OK ||
            (rc = load_limit(limits, "max_entry_bytes", &p->lim.max_entry_bytes, subject, err)) ||
            (rc = load_limit(limits, "max_total_bytes", &p->lim.max_total_bytes, subject, err)) ||
            (rc = load_limit(limits, "max_analysis_bytes", &p->lim.max_analysis_bytes, subject,
                             err)) ||
            (rc = load_limit(limits, "max_files", &p->lim.max_files, subject, err)) ||
            (rc = load_limit(limits, "max_ratio", &ratio, subject, err)) ||
            (rc = load_limit(limits, "max_depth", &depth, subject, err)))
            goto out;
        if (ratio > UINT32_MAX || depth > 64) {
            rc = sg_error_set(err, SG_ERR_CONFIG, subject, "limits.max_ratio or max_depth too large");
            goto out;
        }
        p->lim.max_ratio = (uint32_t)ratio;
        p->lim.max_depth = (int)depth;
    }
    *out = p;
    p = NULL;
out:
    sg_scan_policy_free(p);
    return rc;
}

sg_err sg_scan_policy_load(const char *path, sg_scan_policy **out, struct sg_error *err)
{
    json_t *doc = NULL;
    *out = NULL;
    sg_err rc = sg_yaml_load_file(path, (size_t)1 << 20, &doc, err);
    if (rc == SG_OK)
        rc = sg_scan_policy_from_json(doc, path, out, err);
    json_decref(doc);
    return rc;
}

bool sg__scan_rule_disabled(const sg_scan_policy *p, const char *rule)
{
    if (!p)
        return false;
    for (size_t i = 0; i < p->n_disabled; i++)
        if (strcmp(p->disabled[i], rule) == 0)
            return true;
    return false;
}

void sg__scan_policy_limits(const sg_scan_policy *p, struct sg__scan_limits *lim)
{
    if (!p)
        return;
#define TAKE(f)                          \
    if (!lim->f && p->lim.f)             \
        lim->f = p->lim.f;
    TAKE(max_entry_bytes)
    TAKE(max_total_bytes)
    TAKE(max_analysis_bytes)
    TAKE(max_ratio)
    TAKE(max_depth)
    TAKE(max_files)
#undef TAKE
}

/* ---- classification ------------------------------------------------------ */

/* full equals entry, or starts with entry followed by '.'. A policy entry
 * "prefix.*" matches prefix and everything below it. */
static bool entry_matches(const char *entry, const char *full)
{
    size_t n = strlen(entry);
    if (n >= 2 && entry[n - 2] == '.' && entry[n - 1] == '*')
        n -= 2;
    return strncmp(entry, full, n) == 0 && (full[n] == '\0' || full[n] == '.');
}

static bool list_has(const char *const *list, size_t n, const char *full, bool prefix)
{
    for (size_t i = 0; i < n && list[i]; i++) {
        if (prefix ? entry_matches(list[i], full) : strcmp(list[i], full) == 0)
            return true;
    }
    return false;
}

/* Denied if the name, or any attribute path reached through it (the tail
 * starting at each '.' of a dotted name), is denylisted: getattr chains like
 * torch.serialization.os.system reach the os module. */
static bool denied(const char *const *list, size_t n, const char *full, size_t module_len)
{
    if (list_has(list, n, full, true))
        return true;
    for (const char *p = full + module_len; *p; p++)
        if (*p == '.' && list_has(list, n, p + 1, true))
            return true;
    return false;
}

enum sg_scan_severity sg_scan_classify_callable(const sg_scan_policy *p, const char *module,
                                                const char *name)
{
    char full[1024];
    const char *mod = module;
    for (size_t i = 0; module_alias[i][0]; i++) {
        size_t n = strlen(module_alias[i][0]);
        if (strncmp(module, module_alias[i][0], n) == 0 && (module[n] == 0 || module[n] == '.')) {
            snprintf(full, sizeof full, "%s%s", module_alias[i][1], module + n);
            mod = NULL;
            break;
        }
    }
    char modbuf[1024];
    if (!mod) {
        snprintf(modbuf, sizeof modbuf, "%s", full);
        mod = modbuf;
    }
    int w = *name ? snprintf(full, sizeof full, "%s.%s", mod, name)
                  : snprintf(full, sizeof full, "%s", mod);
    if (w < 0 || (size_t)w >= sizeof full)
        return SG_SCAN_HIGH; /* absurdly long names are themselves suspicious */
    size_t module_len = strlen(mod);
    if (p && denied((const char *const *)p->deny, p->n_deny, full, module_len))
        return SG_SCAN_CRITICAL;
    if (p && list_has((const char *const *)p->allow, p->n_allow, full, true))
        return SG_SCAN_INFO;
    if (denied(builtin_deny, SIZE_MAX, full, module_len))
        return SG_SCAN_CRITICAL;
    if (list_has(builtin_allow, SIZE_MAX, full, false))
        return SG_SCAN_INFO;
    if (strchr(name, '.'))
        return SG_SCAN_HIGH;
    return SG_SCAN_MEDIUM;
}
