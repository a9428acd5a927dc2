/* pickle.c - static simulation of the pickle machine (protocols 0-5).
 * Runs the opcodes on a model of the unpickler - stack, marks, memo (with
 * PUT/MEMOIZE numbering exactly as CPython does it) - without importing or
 * calling anything, and records every callable the real machine would import
 * or invoke, with module and name as it would resolve them: through the memo,
 * dotted attribute paths, getattr/__import__ indirection, and pickle.loads
 * payloads (scanned recursively). Written by hand because no library can
 * analyse a pickle without executing it (pickletools only disassembles). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "saiguard/buf.h"
#include "saiguard/encode.h"
#include "saiguard/walk.h"
#include "scan_internal.h"

#define MAX_STACK ((size_t)1 << 20)
#define MAX_MARKS ((size_t)1 << 16)
#define MEMO_DENSE_MAX ((uint64_t)1 << 22)
#define MEMO_SPARSE_MAX ((size_t)1 << 20)
#define MAX_OBJECTS ((uint32_t)1 << 24)
#define MAX_CALLABLES 65536
#define MAX_NODES 65536
#define MAX_OWNED_BYTES ((size_t)64 << 20)
#define MAX_STREAMS 100000
#define MAX_NESTED_PICKLE 3
#define NAME_MAX_LEN 512
#define RING 64
#define ITEMSIZE_OBJECT UINT64_MAX

/* ---- values ---------------------------------------------------------- */

enum kind {
    V_UNSET = 0, /* memo slot never written */
    V_ANY,       /* a value we do not model */
    V_NONE,
    V_INT,
    V_FLOAT,
    V_STR,   /* text: s/len (not NUL-terminated) */
    V_BYTES, /* binary: s/len */
    V_CALL,  /* an imported callable: ref = callables index */
    V_TUPLE, /* ref = object id; node = small-tuple node + 1 or 0 */
    V_LIST,
    V_DICT,
    V_SET,
    V_OBJ, /* result of a call or instance: ref = object id; node = creator callable + 1 */
};

/* 16 bytes: the memo of a large vocabulary pickle holds millions. */
struct val {
    union {
        const char *s; /* V_STR, V_BYTES */
        int64_t i;     /* V_INT */
        struct {
            uint32_t ref;  /* object id, or callables index for V_CALL */
            uint32_t node; /* V_TUPLE: node + 1; V_OBJ: creator callable + 1 */
        };
    } u;
    uint32_t len;
    uint8_t kind;
};

/* Object flags, shared by every copy of a container (stack, memo) through
 * its object id, so mutation through one reference is seen by all. */
enum {
    F_HAS_CALL = 1, /* holds an imported callable, transitively */
    F_DUNDER = 2,   /* holds a "__name__" string (attribute names for BUILD) */
    F_SETSTATE = 4, /* BUILD installed a callable under a dunder attribute */
};

struct tnode {
    uint8_t n;
    struct val item[3];
};

struct callable {
    char *module, *name;
    uint32_t hash;
    int64_t first_offset, call_offset;
    int stream;
    uint8_t via;     /* how it was reached */
    uint8_t special; /* enum special: followed by call_result() */
    bool called;
};

enum special { SP_NONE, SP_GETATTR, SP_IMPORT, SP_LOADS, SP_B64, SP_DTYPE };

enum via { VIA_GLOBAL, VIA_STACK_GLOBAL, VIA_INST, VIA_GETATTR, VIA_IMPORT };
static const char *const via_text[] = {"GLOBAL", "STACK_GLOBAL", "INST", "getattr", "__import__"};

struct memo_slot {
    uint64_t key;
    struct val v;
    bool used;
};

struct vm {
    struct sg__scan_job *job;
    const struct sg__scan_where *w;
    const uint8_t *data;
    size_t len, pos;
    enum sg__pickle_mode mode;
    int stream;
    int proto;
    bool proto_seen;
    size_t stream_start;

    struct val *stack;
    size_t sp, stack_cap;
    size_t *marks;
    size_t nmarks, marks_cap;

    struct val *memo;          /* dense part: keys < MEMO_DENSE_MAX */
    size_t memo_cap, memo_init; /* allocated, and zeroed so far (pages touched lazily) */
    struct memo_slot *sparse;  /* open addressing for larger keys */
    size_t sparse_cap, sparse_used;
    uint64_t memo_count;       /* distinct keys: MEMOIZE's next key */
    bool memo_overflow;

    uint8_t *oflags;
    uint32_t nobj, oflags_cap;

    struct callable *calls;
    uint32_t ncalls, calls_cap;
    uint32_t *chash;
    uint32_t chash_cap;

    struct tnode *nodes;
    uint32_t nnodes, nodes_cap;

    char **owned;
    size_t nowned, owned_cap, owned_bytes;

    /* joblib embeds raw array bytes after each NumpyArrayWrapper's BUILD;
     * their length comes from the wrapper's state: shape (product of an
     * int tuple) x dtype itemsize, after an alignment pad. Recent int
     * tuples and dtypes are remembered by object id. */
    struct ring_ent {
        uint32_t id;
        uint64_t v;
    } shapes[RING], dtypes[RING];
    uint32_t shape_i, dtype_i;
    struct {
        uint32_t dict;
        uint64_t count, itemsize, align;
        bool has_shape, has_dtype, has_align;
    } jl;

    uint32_t unusual;   /* bit per unusual opcode kind already reported */
    bool saw_import;    /* an import with identifier-like names was seen */
    bool failed;        /* the stream stopped with an error */
    int64_t fail_offset;
    char fail_reason[160];
    bool is_pickle;
};

/* ---- small helpers ------------------------------------------------------- */

static void vm_fail(struct vm *m, int64_t off, const char *fmt, ...) SG_PRINTF(3, 4);
static void vm_fail(struct vm *m, int64_t off, const char *fmt, ...)
{
    if (m->failed)
        return;
    m->failed = true;
    m->fail_offset = off;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(m->fail_reason, sizeof m->fail_reason, fmt, ap);
    va_end(ap);
}

static void add(struct vm *m, const char *rule, enum sg_scan_severity sev, int64_t off,
                const char *callable, const char *fmt, ...) SG_PRINTF(6, 7);
static void add(struct vm *m, const char *rule, enum sg_scan_severity sev, int64_t off,
                const char *callable, const char *fmt, ...)
{
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    sg__scan_add(m->job, m->w, "pickle", rule, sev, off, callable, "%s", msg);
}

static inline uint32_t new_object(struct vm *m)
{
    /* Past the cap every new container shares id 0: flags only accumulate
     * there, which errs on the side of reporting. */
    if (m->nobj + 1 >= MAX_OBJECTS)
        return 0;
    if (m->nobj + 1 >= m->oflags_cap) {
        uint32_t cap = m->oflags_cap ? m->oflags_cap * 2 : 4096;
        uint8_t *p = realloc(m->oflags, cap);
        if (!p)
            return 0;
        memset(p + m->oflags_cap, 0, cap - m->oflags_cap);
        m->oflags = p;
        m->oflags_cap = cap;
    }
    return ++m->nobj;
}

static bool is_dunder(const char *s, size_t n)
{
    return n >= 5 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static inline uint8_t vflags(const struct vm *m, const struct val *v)
{
    switch (v->kind) {
    case V_CALL:
        return F_HAS_CALL;
    case V_STR:
    case V_BYTES:
        return is_dunder(v->u.s, v->len) ? F_DUNDER : 0;
    case V_TUPLE:
    case V_LIST:
    case V_DICT:
    case V_SET:
    case V_OBJ:
        return v->u.ref < m->oflags_cap ? m->oflags[v->u.ref] : 0;
    default:
        return 0;
    }
}

static inline void mark_obj(struct vm *m, const struct val *v, uint8_t f)
{
    if (!f)
        return;
    switch (v->kind) {
    case V_TUPLE:
    case V_LIST:
    case V_DICT:
    case V_SET:
    case V_OBJ:
        if (v->u.ref < m->oflags_cap)
            m->oflags[v->u.ref] |= f;
        break;
    default:
        break;
    }
}

static const char *owned_copy(struct vm *m, const char *s, size_t n)
{
    if (m->owned_bytes + n + 1 > MAX_OWNED_BYTES)
        return NULL;
    char **grown = sg_array_grow(m->owned, &m->owned_cap, m->nowned + 1, sizeof *grown, 64);
    if (!grown)
        return NULL;
    m->owned = grown;
    char *c = malloc(n + 1);
    if (!c)
        return NULL;
    memcpy(c, s, n);
    c[n] = 0;
    m->owned[m->nowned++] = c;
    m->owned_bytes += n + 1;
    return c;
}

/* ---- stack and marks ----------------------------------------------------- */

static size_t frame_base(const struct vm *m)
{
    return m->nmarks ? m->marks[m->nmarks - 1] : 0;
}

static bool __attribute__((noinline)) grow_stack(struct vm *m)
{
    if (m->stack_cap >= MAX_STACK) {
        add(m, "SG-PKL-023", SG_SCAN_MEDIUM, (int64_t)m->pos, NULL,
            "pickle stack grew past %zu entries; analysis stopped here", MAX_STACK);
        vm_fail(m, (int64_t)m->pos, "stack limit");
        return false;
    }
    struct val *grown =
        sg_array_grow(m->stack, &m->stack_cap, m->stack_cap + 1, sizeof *grown, 1024);
    if (!grown) {
        vm_fail(m, (int64_t)m->pos, "out of memory");
        return false;
    }
    m->stack = grown;
    return true;
}

static inline __attribute__((always_inline)) bool push(struct vm *m, struct val v)
{
    if (m->sp == m->stack_cap && !grow_stack(m))
        return false;
    m->stack[m->sp++] = v;
    return true;
}

static inline bool pop(struct vm *m, struct val *out, int64_t off)
{
    if (m->sp <= frame_base(m)) {
        vm_fail(m, off, "stack underflow");
        return false;
    }
    *out = m->stack[--m->sp];
    return true;
}

static bool top(struct vm *m, struct val **out, int64_t off)
{
    if (m->sp <= frame_base(m)) {
        vm_fail(m, off, "stack underflow");
        return false;
    }
    *out = &m->stack[m->sp - 1];
    return true;
}

/* Pops the topmost mark: items are stack[*first .. sp). */
static bool pop_mark(struct vm *m, size_t *first, int64_t off)
{
    if (!m->nmarks) {
        vm_fail(m, off, "no MARK on the stack");
        return false;
    }
    *first = m->marks[--m->nmarks];
    return true;
}

/* ---- memo ---------------------------------------------------------------- */

static struct val *memo_get(struct vm *m, uint64_t key)
{
    if (key < MEMO_DENSE_MAX) {
        if (key < m->memo_init && m->memo[key].kind != V_UNSET)
            return &m->memo[key];
        return NULL;
    }
    if (!m->sparse_cap)
        return NULL;
    for (size_t i = (key * 0x9E3779B97F4A7C15ull) & (m->sparse_cap - 1);;
         i = (i + 1) & (m->sparse_cap - 1)) {
        if (!m->sparse[i].used)
            return NULL;
        if (m->sparse[i].key == key)
            return &m->sparse[i].v;
    }
}

static inline void memo_put(struct vm *m, uint64_t key, const struct val *v)
{
    if (key < MEMO_DENSE_MAX) {
        if (key >= m->memo_cap) {
            size_t cap = m->memo_cap ? m->memo_cap : 1024;
            while (cap <= key)
                cap *= 2;
            struct val *p = realloc(m->memo, cap * sizeof *p);
            if (!p) {
                m->memo_overflow = true;
                return;
            }
            m->memo = p;
            m->memo_cap = cap;
        }
        if (key >= m->memo_init) {
            /* the usual case, MEMOIZE appending: nothing to clear or test */
            if (key > m->memo_init)
                memset(m->memo + m->memo_init, 0, (key - m->memo_init) * sizeof *m->memo);
            m->memo_init = key + 1;
            m->memo_count++;
        } else if (m->memo[key].kind == V_UNSET) {
            m->memo_count++;
        }
        m->memo[key] = *v;
        return;
    }
    if (m->sparse_used * 2 >= m->sparse_cap) {
        if (m->sparse_cap >= MEMO_SPARSE_MAX) {
            m->memo_overflow = true;
            return;
        }
        size_t cap = m->sparse_cap ? m->sparse_cap * 2 : 256;
        struct memo_slot *p = calloc(cap, sizeof *p);
        if (!p) {
            m->memo_overflow = true;
            return;
        }
        for (size_t i = 0; i < m->sparse_cap; i++) {
            if (!m->sparse[i].used)
                continue;
            size_t j = (m->sparse[i].key * 0x9E3779B97F4A7C15ull) & (cap - 1);
            while (p[j].used)
                j = (j + 1) & (cap - 1);
            p[j] = m->sparse[i];
        }
        free(m->sparse);
        m->sparse = p;
        m->sparse_cap = cap;
    }
    size_t i = (key * 0x9E3779B97F4A7C15ull) & (m->sparse_cap - 1);
    while (m->sparse[i].used && m->sparse[i].key != key)
        i = (i + 1) & (m->sparse_cap - 1);
    if (!m->sparse[i].used) {
        m->sparse[i].used = true;
        m->sparse[i].key = key;
        m->sparse_used++;
        m->memo_count++;
    }
    m->sparse[i].v = *v;
}

/* ---- callables ----------------------------------------------------------- */

static uint32_t hash_name(const char *a, size_t an, const char *b, size_t bn)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < an; i++)
        h = (h ^ (uint8_t)a[i]) * 16777619u;
    h = (h ^ 0xff) * 16777619u;
    for (size_t i = 0; i < bn; i++)
        h = (h ^ (uint8_t)b[i]) * 16777619u;
    return h;
}

static const char *const getattr_names[] = {"builtins", "getattr", "operator", "getitem", NULL};
static const char *const import_names[] = {
    "builtins", "__import__", "importlib", "import_module", "importlib", "__import__",
    "pkgutil", "resolve_name", "pydoc", "locate", NULL};
static const char *const loads_names[] = {
    "pickle", "loads", "_pickle", "loads", "cPickle", "loads", "dill", "loads",
    "cloudpickle", "loads", "pickle", "_loads", "dill._dill", "loads", "numpy.core.numeric",
    "loads", "joblib", "loads", NULL};
static const char *const b64_names[] = {"base64", "b64decode", "base64", "decodebytes",
                                        "base64", "urlsafe_b64decode", "base64", "standard_b64decode",
                                        "binascii", "a2b_base64", "base64", "decodestring", NULL};

static bool names_have(const char *const *names, const char *mod, const char *name)
{
    if (strcmp(mod, "__builtin__") == 0)
        mod = "builtins";
    for (; *names; names += 2)
        if (strcmp(mod, names[0]) == 0 && strcmp(name, names[1]) == 0)
            return true;
    return false;
}

/* Classified once when interned, so REDUCE does not compare strings. */
static uint8_t special_of(const char *mod, const char *name)
{
    if (names_have(getattr_names, mod, name))
        return SP_GETATTR;
    if (names_have(import_names, mod, name))
        return SP_IMPORT;
    if (names_have(loads_names, mod, name))
        return SP_LOADS;
    if (names_have(b64_names, mod, name))
        return SP_B64;
    if (strcmp(mod, "numpy") == 0 && strcmp(name, "dtype") == 0)
        return SP_DTYPE;
    return SP_NONE;
}

/* Interns (module, name); returns the index or UINT32_MAX when the table is
 * full (then the caller reports an unresolvable import). */
static uint32_t intern_callable(struct vm *m, const char *mod, size_t mn, const char *name,
                                size_t nn, int64_t off, enum via via)
{
    if (mn > NAME_MAX_LEN)
        mn = NAME_MAX_LEN;
    if (nn > NAME_MAX_LEN)
        nn = NAME_MAX_LEN;
    uint32_t h = hash_name(mod, mn, name, nn);
    if (m->chash_cap) {
        for (uint32_t i = h & (m->chash_cap - 1);; i = (i + 1) & (m->chash_cap - 1)) {
            uint32_t idx = m->chash[i];
            if (idx == UINT32_MAX)
                break;
            struct callable *c = &m->calls[idx];
            if (c->hash == h && strlen(c->module) == mn && memcmp(c->module, mod, mn) == 0 &&
                strlen(c->name) == nn && memcmp(c->name, name, nn) == 0)
                return idx;
        }
    }
    if (m->ncalls >= MAX_CALLABLES)
        return UINT32_MAX;
    if (m->ncalls == m->calls_cap) {
        uint32_t cap = m->calls_cap ? m->calls_cap * 2 : 64;
        struct callable *p = realloc(m->calls, cap * sizeof *p);
        if (!p)
            return UINT32_MAX;
        m->calls = p;
        m->calls_cap = cap;
    }
    if ((m->ncalls + 1) * 2 > m->chash_cap) {
        uint32_t cap = m->chash_cap ? m->chash_cap * 2 : 256;
        uint32_t *p = malloc(cap * sizeof *p);
        if (!p)
            return UINT32_MAX;
        memset(p, 0xff, cap * sizeof *p);
        for (uint32_t k = 0; k < m->ncalls; k++) {
            uint32_t j = m->calls[k].hash & (cap - 1);
            while (p[j] != UINT32_MAX)
                j = (j + 1) & (cap - 1);
            p[j] = k;
        }
        free(m->chash);
        m->chash = p;
        m->chash_cap = cap;
    }
    struct callable *c = &m->calls[m->ncalls];
    memset(c, 0, sizeof *c);
    c->module = strndup(mod, mn);
    c->name = strndup(name, nn);
    if (!c->module || !c->name) {
        free(c->module);
        free(c->name);
        return UINT32_MAX;
    }
    c->hash = h;
    c->first_offset = off;
    c->call_offset = -1;
    c->stream = m->stream;
    c->via = (uint8_t)via;
    c->special = special_of(c->module, c->name);
    uint32_t j = h & (m->chash_cap - 1);
    while (m->chash[j] != UINT32_MAX)
        j = (j + 1) & (m->chash_cap - 1);
    m->chash[j] = m->ncalls;
    return m->ncalls++;
}

static bool ident_like(const char *s, size_t n)
{
    if (!n || n > NAME_MAX_LEN)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!(c == '_' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
              (c >= 'A' && c <= 'Z') || c >= 0x80))
            return false;
    }
    return true;
}

/* Pushes the callable module.name (an import). */
static bool push_import(struct vm *m, const char *mod, size_t mn, const char *name, size_t nn,
                        int64_t off, enum via via)
{
    if (ident_like(mod, mn) && ident_like(name, nn))
        m->saw_import = true;
    else if (m->mode == SG__PICKLE_PROBE) {
        vm_fail(m, off, "not an identifier");
        return false;
    }
    uint32_t idx = intern_callable(m, mod, mn, name, nn, off, via);
    if (idx == UINT32_MAX) {
        add(m, "SG-PKL-023", SG_SCAN_HIGH, off, NULL,
            "more than %d distinct callables; further imports are not resolved", MAX_CALLABLES);
        return push(m, (struct val){.kind = V_ANY});
    }
    return push(m, (struct val){.kind = V_CALL, .u.ref = idx});
}

static void note_call(struct vm *m, const struct val *fn, int64_t off, const char *opname)
{
    if (fn->kind == V_CALL && fn->u.ref < m->ncalls) {
        struct callable *c = &m->calls[fn->u.ref];
        if (!c->called) {
            c->called = true;
            c->call_offset = off;
        }
        return;
    }
    add(m, "SG-PKL-010", SG_SCAN_HIGH, off, NULL,
        "%s calls a value that is not a statically resolvable import (computed at load time)",
        opname);
}

/* ---- string decoding ----------------------------------------------------- */

static size_t put_utf8(char *o, uint32_t cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xc0 | cp >> 6);
        o[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xe0 | cp >> 12);
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        o[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (char)(0xf0 | cp >> 18);
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    o[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

/* Decodes Python escapes as the STRING opcode (escape_decode) or, with
 * raw_unicode, as UNICODE (raw-unicode-escape: only \uXXXX and \UXXXXXXXX).
 * Returns a value pointing at the input when there is nothing to decode. */
static struct val decode_text(struct vm *m, const char *s, size_t n, bool raw_unicode, uint8_t kind)
{
    struct val v = {.kind = kind, .len = (uint32_t)n, .u.s = s};
    if (!memchr(s, '\\', n))
        return v;
    char *o = malloc(n * 2 + 4);
    if (!o)
        return (struct val){.kind = V_ANY};
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\\' || i + 1 >= n) {
            o[k++] = s[i];
            continue;
        }
        char c = s[i + 1];
        if (raw_unicode) {
            int digits = c == 'u' ? 4 : c == 'U' ? 8 : 0;
            uint32_t cp = 0;
            bool ok = digits && i + 1 + (size_t)digits < n;
            for (int d = 0; ok && d < digits; d++) {
                int h = sg_hex_digit((unsigned char)s[i + 2 + d]);
                ok = h >= 0;
                cp = cp << 4 | (uint32_t)(h < 0 ? 0 : h);
            }
            if (ok && cp <= 0x10ffff) {
                k += put_utf8(o + k, cp);
                i += 1 + (size_t)digits;
            } else {
                o[k++] = s[i];
            }
            continue;
        }
        i++;
        switch (c) {
        case 'n': o[k++] = '\n'; break;
        case 't': o[k++] = '\t'; break;
        case 'r': o[k++] = '\r'; break;
        case 'a': o[k++] = '\a'; break;
        case 'b': o[k++] = '\b'; break;
        case 'f': o[k++] = '\f'; break;
        case 'v': o[k++] = '\v'; break;
        case '\\': o[k++] = '\\'; break;
        case '\'': o[k++] = '\''; break;
        case '"': o[k++] = '"'; break;
        case '\n': break;
        case 'x':
            if (i + 2 < n && sg_hex_digit((unsigned char)s[i + 1]) >= 0 &&
                sg_hex_digit((unsigned char)s[i + 2]) >= 0) {
                o[k++] = (char)(sg_hex_digit((unsigned char)s[i + 1]) << 4 |
                                sg_hex_digit((unsigned char)s[i + 2]));
                i += 2;
            } else {
                o[k++] = '\\';
                o[k++] = 'x';
            }
            break;
        default:
            if (c >= '0' && c <= '7') {
                int val = 0, d = 0;
                while (d < 3 && i < n && s[i] >= '0' && s[i] <= '7') {
                    val = val * 8 + (s[i] - '0');
                    i++;
                    d++;
                }
                i--;
                o[k++] = (char)val;
            } else {
                o[k++] = '\\';
                o[k++] = c;
            }
        }
    }
    const char *c = owned_copy(m, o, k);
    free(o);
    if (!c)
        return (struct val){.kind = V_ANY};
    return (struct val){.kind = kind, .len = (uint32_t)k, .u.s = c};
}

static bool base64_decode(struct vm *m, const char *s, size_t n, struct val *out)
{
    static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    char *o = malloc(n / 4 * 3 + 4);
    if (!o)
        return false;
    size_t k = 0;
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '=' || c == '\n' || c == '\r' || c == ' ')
            continue;
        if (c == '-')
            c = '+';
        else if (c == '_')
            c = '/';
        const char *p = c ? strchr(tbl, c) : NULL;
        if (!p) {
            free(o);
            return false;
        }
        acc = acc << 6 | (uint32_t)(p - tbl);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            o[k++] = (char)(acc >> bits);
        }
    }
    const char *c = owned_copy(m, o, k);
    free(o);
    if (!c)
        return false;
    *out = (struct val){.kind = V_BYTES, .len = (uint32_t)k, .u.s = c};
    return true;
}

/* ---- reading operands -------------------------------------------------- */

static bool need(struct vm *m, size_t n, int64_t off)
{
    if (m->len - m->pos < n) {
        vm_fail(m, off, "truncated: operand runs past the end of the data");
        return false;
    }
    return true;
}

/* Fixed-size loads: a variable-length copy into a word stalls the CPU on
 * store forwarding, which costs a third of the run on string-heavy pickles.
 * Little-endian hosts only (x86-64, arm64). */
static inline uint64_t rd_le(const uint8_t *p, int n)
{
    switch (n) {
    case 1:
        return p[0];
    case 2: {
        uint16_t v;
        memcpy(&v, p, 2);
        return v;
    }
    case 4: {
        uint32_t v;
        memcpy(&v, p, 4);
        return v;
    }
    default: {
        uint64_t v;
        memcpy(&v, p, 8);
        return v;
    }
    }
}

/* A text operand up to '\n' (excluded). */
static bool rd_line(struct vm *m, const char **s, size_t *n, int64_t off)
{
    const uint8_t *start = m->data + m->pos;
    const uint8_t *nl = memchr(start, '\n', m->len - m->pos);
    if (!nl) {
        vm_fail(m, off, "truncated: line operand without newline");
        return false;
    }
    *s = (const char *)start;
    *n = (size_t)(nl - start);
    m->pos += *n + 1;
    return true;
}

static bool line_is_number(const char *s, size_t n)
{
    if (!n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' ||
              c == 'E' || c == 'L' || c == ' ' || c == 'i' || c == 'n' || c == 'f' ||
              c == 'a' || c == 'N' || c == 'I'))
            return false;
    }
    return true;
}

/* The integer a number line s[0, n) starts with. Parsed from a bounded
 * copy: strtoll skips leading white space, the line's newline included, and
 * would read on past the end of the data (fuzz_scan, "L \n" at the end of
 * a page). Longer lines saturate as strtoll does. */
static int64_t line_int(const char *s, size_t n)
{
    char buf[40];
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return strtoll(buf, NULL, 10);
}

static void unusual(struct vm *m, int bit, int64_t off, const char *what)
{
    if (m->unusual & (1u << bit))
        return;
    m->unusual |= 1u << bit;
    if (m->mode != SG__PICKLE_PROBE)
        add(m, "SG-PKL-021", SG_SCAN_LOW, off, NULL,
            "%s, which no standard pickler emits", what);
}

/* ---- joblib array bookkeeping -------------------------------------------- */

static void ring_put(struct ring_ent *r, uint32_t *i, uint32_t id, uint64_t v)
{
    if (!id)
        return;
    r[*i % RING] = (struct ring_ent){id, v};
    (*i)++;
}

static bool ring_get(const struct ring_ent *r, uint32_t id, uint64_t *v)
{
    for (int k = 0; id && k < RING; k++)
        if (r[k].id == id) {
            *v = r[k].v;
            return true;
        }
    return false;
}

/* Bytes per element of a numpy type string ("<f8", "|b1", "<U10");
 * ITEMSIZE_OBJECT for object arrays, 0 when unknown (structured dtypes). */
static uint64_t dtype_itemsize(const char *s, size_t n)
{
    if (n && strchr("<>|=", s[0])) {
        s++;
        n--;
    }
    if (!n)
        return 0;
    char c = s[0];
    uint64_t count = 0;
    for (size_t i = 1; i < n && s[i] >= '0' && s[i] <= '9' && count < (1u << 30); i++)
        count = count * 10 + (uint64_t)(s[i] - '0');
    if (c == 'O')
        return ITEMSIZE_OBJECT;
    if (c == '?')
        return 1;
    if (c == 'U')
        return count * 4;
    if (strchr("biufcSVMm", c))
        return count;
    return 0;
}

/* Pairs key, value of a dict under construction: joblib wrapper state. */
static void note_dict_items(struct vm *m, const struct val *dict, const struct val *kv, size_t n)
{
    if (dict->kind != V_DICT)
        return;
    for (size_t i = 0; i + 1 < n; i += 2) {
        const struct val *k = &kv[i], *v = &kv[i + 1];
        if (k->kind != V_STR || k->len < 5 || k->len > 27)
            continue;
        uint64_t x;
        bool is_shape = k->len == 5 && memcmp(k->u.s, "shape", 5) == 0;
        bool is_dtype = k->len == 5 && memcmp(k->u.s, "dtype", 5) == 0;
        bool is_align = k->len == 27 && memcmp(k->u.s, "numpy_array_alignment_bytes", 27) == 0;
        if (!is_shape && !is_dtype && !is_align)
            continue;
        if (m->jl.dict != dict->u.ref) {
            memset(&m->jl, 0, sizeof m->jl);
            m->jl.dict = dict->u.ref;
        }
        if (is_shape && v->kind == V_TUPLE && ring_get(m->shapes, v->u.ref, &x)) {
            m->jl.count = x;
            m->jl.has_shape = true;
        } else if (is_dtype && v->kind == V_OBJ && ring_get(m->dtypes, v->u.ref, &x)) {
            m->jl.itemsize = x;
            m->jl.has_dtype = true;
        } else if (is_align && v->kind == V_INT && v->u.i >= 0 && v->u.i <= 4096) {
            m->jl.align = (uint64_t)v->u.i;
            m->jl.has_align = true;
        }
    }
}

/* ---- building containers ------------------------------------------------ */

static inline struct val make_tuple(struct vm *m, const struct val *items, size_t n)
{
    struct val t = {.kind = V_TUPLE, .u.ref = new_object(m)};
    uint8_t f = 0;
    bool keep = false, ints = n > 0;
    uint64_t product = 1;
    for (size_t i = 0; i < n; i++) {
        f |= vflags(m, &items[i]);
        uint8_t k = items[i].kind;
        keep |= k == V_STR || k == V_BYTES || k == V_CALL || k == V_OBJ || k == V_TUPLE;
        if (k != V_INT || items[i].u.i < 0)
            ints = false;
        else if (ints)
            product = items[i].u.i && product > UINT64_MAX / (uint64_t)items[i].u.i
                          ? UINT64_MAX
                          : product * (uint64_t)items[i].u.i;
    }
    if (ints && n <= 32)
        ring_put(m->shapes, &m->shape_i, t.u.ref, product);
    mark_obj(m, &t, f);
    if (keep && n && n <= 3 && m->nnodes < MAX_NODES) {
        if (m->nnodes == m->nodes_cap) {
            uint32_t cap = m->nodes_cap ? m->nodes_cap * 2 : 64;
            struct tnode *p = realloc(m->nodes, cap * sizeof *p);
            if (!p)
                return t;
            m->nodes = p;
            m->nodes_cap = cap;
        }
        struct tnode *nd = &m->nodes[m->nnodes];
        nd->n = (uint8_t)n;
        memcpy(nd->item, items, n * sizeof *items);
        t.u.node = ++m->nnodes;
    }
    return t;
}

static const struct tnode *tuple_node(const struct vm *m, const struct val *v)
{
    if (v->kind != V_TUPLE || !v->u.node || v->u.node > m->nnodes)
        return NULL;
    return &m->nodes[v->u.node - 1];
}

static void run_stream(struct vm *m);

/* A pickle.loads(bytes) payload: scan it as its own pickle. */
static void scan_nested(struct vm *m, const struct val *payload, int64_t off, const char *via)
{
    if (payload->kind != V_BYTES && payload->kind != V_STR)
        return;
    if (m->w->pickle_depth >= MAX_NESTED_PICKLE) {
        add(m, "SG-PKL-014", SG_SCAN_HIGH, off, via,
            "nested pickle payload deeper than %d levels not analysed", MAX_NESTED_PICKLE);
        return;
    }
    char entry[1024];
    snprintf(entry, sizeof entry, "%s%s[nested pickle @%lld]", m->w->entry ? m->w->entry : "",
             m->w->entry ? "!" : "", (long long)off);
    struct sg__scan_where w = *m->w;
    w.entry = entry;
    w.pickle_depth++;
    add(m, "SG-PKL-014", SG_SCAN_HIGH, off, via,
        "embedded pickle payload (%u bytes) is deserialised by %s; analysed as '%s'", payload->len,
        via, entry);
    sg__scan_pickle(m->job, &w, (const uint8_t *)payload->u.s, payload->len, SG__PICKLE_SURE);
}

/* The result of calling fn(args): mostly an opaque object, but getattr,
 * __import__ and base64 decoding are followed so that names built at load
 * time still resolve, and pickle.loads payloads are scanned. */
static struct val call_result(struct vm *m, const struct val *fn, const struct val *args,
                              int64_t off)
{
    struct val r = {.kind = V_OBJ, .u.ref = new_object(m)};
    if (fn->kind == V_CALL)
        r.u.node = fn->u.ref + 1;
    const struct tnode *a = tuple_node(m, args);
    if (fn->kind != V_CALL)
        return r;
    const struct callable *c = &m->calls[fn->u.ref];
    if (c->special == SP_NONE)
        return r;
    if (a && a->n == 2 && c->special == SP_GETATTR &&
        (a->item[1].kind == V_STR || a->item[1].kind == V_BYTES) && a->item[0].kind == V_CALL) {
        const struct callable *base = &m->calls[a->item[0].u.ref];
        char name[NAME_MAX_LEN * 2 + 2];
        int n;
        if (*base->name)
            n = snprintf(name, sizeof name, "%s.%.*s", base->name, (int)a->item[1].len,
                         a->item[1].u.s);
        else
            n = snprintf(name, sizeof name, "%.*s", (int)a->item[1].len, a->item[1].u.s);
        if (n > 0 && (size_t)n < sizeof name) {
            uint32_t idx = intern_callable(m, base->module, strlen(base->module), name,
                                           (size_t)n, off, VIA_GETATTR);
            if (idx != UINT32_MAX)
                return (struct val){.kind = V_CALL, .u.ref = idx};
        }
        return r;
    }
    if (a && a->n >= 1 && c->special == SP_IMPORT &&
        (a->item[0].kind == V_STR || a->item[0].kind == V_BYTES)) {
        /* A module object is a callable with an empty name; pydoc.locate and
         * pkgutil.resolve_name take dotted paths ("os.system"). */
        const char *s = a->item[0].u.s;
        size_t n = a->item[0].len;
        const char *dot = strcmp(c->name, "__import__") && strcmp(c->name, "import_module")
                              ? memchr(s, '.', n)
                              : NULL;
        const char *last = dot;
        while (last && memchr(last + 1, '.', n - (size_t)(last + 1 - s)))
            last = memchr(last + 1, '.', n - (size_t)(last + 1 - s));
        uint32_t idx = last ? intern_callable(m, s, (size_t)(last - s), last + 1,
                                              n - (size_t)(last + 1 - s), off, VIA_IMPORT)
                            : intern_callable(m, s, n, "", 0, off, VIA_IMPORT);
        if (idx != UINT32_MAX)
            return (struct val){.kind = V_CALL, .u.ref = idx};
        return r;
    }
    if (a && a->n >= 1 && c->special == SP_B64 &&
        (a->item[0].kind == V_STR || a->item[0].kind == V_BYTES)) {
        struct val b;
        if (base64_decode(m, a->item[0].u.s, a->item[0].len, &b))
            return b;
        return r;
    }
    if (a && a->n >= 1 && c->special == SP_DTYPE && a->item[0].kind == V_STR) {
        ring_put(m->dtypes, &m->dtype_i, r.u.ref, dtype_itemsize(a->item[0].u.s, a->item[0].len));
        return r;
    }
    if (a && a->n >= 1 && c->special == SP_LOADS) {
        char via[NAME_MAX_LEN * 2 + 2];
        snprintf(via, sizeof via, "%s.%s", c->module, c->name);
        scan_nested(m, &a->item[0], off, via);
    }
    return r;
}

/* ---- the machine --------------------------------------------------------- */

static bool str_operand(const struct val *v)
{
    return v->kind == V_STR || v->kind == V_BYTES;
}

/* joblib writes the array's raw bytes right after the wrapper's BUILD (an
 * alignment pad first when numpy_array_alignment_bytes is set) and its
 * unpickler reads them there; skip exactly that many bytes and go on. */
static bool skip_joblib_array(struct vm *m, const struct val *state, int64_t off)
{
    bool known = state->kind == V_DICT && state->u.ref == m->jl.dict && m->jl.has_shape &&
                 m->jl.has_dtype && m->jl.itemsize && m->jl.itemsize != ITEMSIZE_OBJECT &&
                 (!m->jl.count || m->jl.itemsize <= UINT64_MAX / m->jl.count);
    if (!known) {
        add(m, "SG-PKL-024", SG_SCAN_MEDIUM, off, "joblib.numpy_pickle.NumpyArrayWrapper",
            "joblib array data (object or structured dtype) is embedded in the pickle stream "
            "here; opcodes after it are not analysed");
        m->pos = m->len;
        m->failed = true;
        m->fail_offset = -2;
        return false;
    }
    if (m->jl.has_align && m->jl.align) {
        if (!need(m, 1, off))
            return false;
        size_t pad = m->data[m->pos++];
        if (!need(m, pad, off))
            return false;
        m->pos += pad;
    }
    uint64_t bytes = m->jl.count * m->jl.itemsize;
    if (bytes > m->len - m->pos) {
        vm_fail(m, off, "truncated: joblib array data runs past the end");
        return false;
    }
    m->pos += (size_t)bytes;
    memset(&m->jl, 0, sizeof m->jl);
    return true;
}

static bool op_build(struct vm *m, int64_t off)
{
    struct val state, *obj;
    if (!pop(m, &state, off) || !top(m, &obj, off))
        return false;
    uint8_t sf = vflags(m, &state);
    if (obj->kind == V_CALL) {
        const struct callable *c = &m->calls[obj->u.ref];
        char name[NAME_MAX_LEN * 2 + 2];
        snprintf(name, sizeof name, "%s%s%s", c->module, *c->name ? "." : "", c->name);
        add(m, "SG-PKL-012", SG_SCAN_HIGH, off, name,
            "BUILD sets attributes on the imported object %s itself (changes it for every later "
            "user)", name);
    }
    if ((sf & F_DUNDER) && (sf & F_HAS_CALL)) {
        add(m, "SG-PKL-013", SG_SCAN_CRITICAL, off, NULL,
            "BUILD state installs a callable under a dunder attribute (such as __setstate__), "
            "which a later BUILD or method call invokes");
        mark_obj(m, obj, F_SETSTATE);
    } else if (vflags(m, obj) & F_SETSTATE) {
        add(m, "SG-PKL-013", SG_SCAN_CRITICAL, off, NULL,
            "BUILD on an object whose __setstate__ was replaced by an earlier BUILD calls it");
    }
    if (obj->kind == V_OBJ && obj->u.node && obj->u.node <= m->ncalls) {
        const struct callable *c = &m->calls[obj->u.node - 1];
        if (strcmp(c->name, "NumpyArrayWrapper") == 0 && strncmp(c->module, "joblib", 6) == 0)
            return skip_joblib_array(m, &state, off);
    }
    mark_obj(m, obj, sf);
    return true;
}

/* Runs one pickle from m->pos to its STOP. */
static void run_stream(struct vm *m)
{
    m->stream_start = m->pos;
    m->proto = 0;
    m->proto_seen = false;
    m->sp = 0;
    m->nmarks = 0;
    while (!m->failed) {
        if (m->pos >= m->len) {
            vm_fail(m, (int64_t)m->pos, "truncated: no STOP opcode");
            return;
        }
        int64_t off = (int64_t)m->pos;
        uint8_t op = m->data[m->pos++];
        struct val a, b, c, *t;
        const char *s, *s2;
        size_t n, n2, first;
        switch (op) {
        case '(': /* MARK */
            if (m->nmarks == m->marks_cap) {
                if (m->marks_cap >= MAX_MARKS) {
                    add(m, "SG-PKL-023", SG_SCAN_MEDIUM, off, NULL, "too many nested MARKs");
                    vm_fail(m, off, "mark limit");
                    return;
                }
                size_t *grown = sg_array_grow(m->marks, &m->marks_cap, m->marks_cap + 1,
                                              sizeof *grown, 64);
                if (!grown) {
                    vm_fail(m, off, "out of memory");
                    return;
                }
                m->marks = grown;
            }
            m->marks[m->nmarks++] = m->sp;
            break;
        case '.': /* STOP */
            if (m->sp != frame_base(m) + 1 || m->nmarks)
                unusual(m, 0, off, "STOP with more than one value or an open MARK on the stack");
            return;
        case '0': /* POP */
            if (m->sp > frame_base(m))
                m->sp--;
            else if (!pop_mark(m, &first, off))
                return;
            else
                m->sp = first;
            break;
        case '1': /* POP_MARK */
            if (!pop_mark(m, &first, off))
                return;
            m->sp = first;
            break;
        case '2': /* DUP */
            unusual(m, 1, off, "DUP opcode");
            if (!top(m, &t, off))
                return;
            a = *t;
            push(m, a);
            break;
        case 'F': /* FLOAT */
        case 'I': /* INT */
        case 'L': /* LONG */
            if (!rd_line(m, &s, &n, off))
                return;
            if (!line_is_number(s, n)) {
                vm_fail(m, off, "invalid number literal");
                return;
            }
            push(m, (struct val){.kind = op == 'F' ? V_FLOAT : V_INT, .u.i = line_int(s, n)});
            break;
        case 'G': /* BINFLOAT */
            if (!need(m, 8, off))
                return;
            m->pos += 8;
            push(m, (struct val){.kind = V_FLOAT});
            break;
        case 'J': /* BININT */
            if (!need(m, 4, off))
                return;
            push(m, (struct val){.kind = V_INT, .u.i = (int32_t)rd_le(m->data + m->pos, 4)});
            m->pos += 4;
            break;
        case 'K': /* BININT1 */
            if (!need(m, 1, off))
                return;
            push(m, (struct val){.kind = V_INT, .u.i = m->data[m->pos++]});
            break;
        case 'M': /* BININT2 */
            if (!need(m, 2, off))
                return;
            push(m, (struct val){.kind = V_INT, .u.i = (int64_t)rd_le(m->data + m->pos, 2)});
            m->pos += 2;
            break;
        case 0x8a: /* LONG1 */
        case 0x8b: /* LONG4 */
            n = op == 0x8a ? 1 : 4;
            if (!need(m, n, off))
                return;
            n2 = (size_t)rd_le(m->data + m->pos, (int)n);
            if (op == 0x8b && (int32_t)n2 < 0) {
                vm_fail(m, off, "LONG4 with negative length");
                return;
            }
            m->pos += n;
            if (!need(m, n2, off))
                return;
            a = (struct val){.kind = V_INT};
            for (size_t k = n2 < 8 ? n2 : 8; k-- > 0;)
                a.u.i = (int64_t)((uint64_t)a.u.i << 8 | m->data[m->pos + k]);
            m->pos += n2;
            push(m, a);
            break;
        case 'N': /* NONE */
            push(m, (struct val){.kind = V_NONE});
            break;
        case 0x88: /* NEWTRUE */
        case 0x89: /* NEWFALSE */
            push(m, (struct val){.kind = V_INT, .u.i = op == 0x88});
            break;
        case 'S': /* STRING */
            if (!rd_line(m, &s, &n, off))
                return;
            if (n < 2 || (s[0] != '\'' && s[0] != '"') || s[n - 1] != s[0]) {
                vm_fail(m, off, "STRING operand is not quoted");
                return;
            }
            push(m, decode_text(m, s + 1, n - 2, false, V_STR));
            break;
        case 'V': /* UNICODE */
            if (!rd_line(m, &s, &n, off))
                return;
            push(m, decode_text(m, s, n, true, V_STR));
            break;
        case 'T': /* BINSTRING */
        case 'X': /* BINUNICODE */
        case 'B': /* BINBYTES */
        case 'U': /* SHORT_BINSTRING */
        case 'C': /* SHORT_BINBYTES */
        case 0x8c: /* SHORT_BINUNICODE */
        case 0x8d: /* BINUNICODE8 */
        case 0x8e: /* BINBYTES8 */
        case 0x96: /* BYTEARRAY8 */ {
            int w = (op == 'U' || op == 'C' || op == 0x8c) ? 1 : (op >= 0x8d) ? 8 : 4;
            if (!need(m, (size_t)w, off))
                return;
            uint64_t l = rd_le(m->data + m->pos, w);
            if (op == 'T' && (int32_t)l < 0) {
                vm_fail(m, off, "BINSTRING with negative length");
                return;
            }
            m->pos += (size_t)w;
            if (l > m->len - m->pos) {
                vm_fail(m, off, "truncated: string runs past the end of the data");
                return;
            }
            if (op == 0x8d)
                unusual(m, 2, off, "BINUNICODE8 opcode for a string under 4 GiB");
            uint8_t kind = (op == 'B' || op == 'C' || op == 0x8e || op == 0x96) ? V_BYTES : V_STR;
            a = (struct val){.kind = kind, .len = l > UINT32_MAX ? UINT32_MAX : (uint32_t)l,
                             .u.s = (const char *)m->data + m->pos};
            if (op == 0x96)
                a = (struct val){.kind = V_OBJ, .u.ref = new_object(m)};
            m->pos += (size_t)l;
            push(m, a);
            break;
        }
        case ')': /* EMPTY_TUPLE */
            push(m, make_tuple(m, NULL, 0));
            break;
        case 't': /* TUPLE */
            if (!pop_mark(m, &first, off))
                return;
            a = make_tuple(m, m->sp > first ? m->stack + first : NULL, m->sp - first);
            m->sp = first;
            push(m, a);
            break;
        case 0x85: /* TUPLE1 */
        case 0x86: /* TUPLE2 */
        case 0x87: /* TUPLE3 */
            n = (size_t)(op - 0x84);
            if (m->sp < frame_base(m) + n) {
                vm_fail(m, off, "stack underflow");
                return;
            }
            a = make_tuple(m, m->stack + m->sp - n, n);
            m->sp -= n;
            push(m, a);
            break;
        case ']': /* EMPTY_LIST */
            push(m, (struct val){.kind = V_LIST, .u.ref = new_object(m)});
            break;
        case '}': /* EMPTY_DICT */
            push(m, (struct val){.kind = V_DICT, .u.ref = new_object(m)});
            break;
        case 0x8f: /* EMPTY_SET */
            push(m, (struct val){.kind = V_SET, .u.ref = new_object(m)});
            break;
        case 'l': /* LIST */
        case 'd': /* DICT */
        case 0x91: /* FROZENSET */ {
            if (!pop_mark(m, &first, off))
                return;
            if (op == 'd' && (m->sp - first) % 2) {
                vm_fail(m, off, "odd number of items for DICT");
                return;
            }
            a = (struct val){.kind = op == 'l' ? V_LIST : op == 'd' ? V_DICT : V_SET,
                             .u.ref = new_object(m)};
            uint8_t f = 0;
            for (size_t i = first; i < m->sp; i++)
                f |= vflags(m, &m->stack[i]);
            mark_obj(m, &a, f);
            m->sp = first;
            push(m, a);
            break;
        }
        case 'a': /* APPEND */
            if (!pop(m, &a, off) || !top(m, &t, off))
                return;
            mark_obj(m, t, vflags(m, &a));
            break;
        case 's': /* SETITEM */
            if (!pop(m, &b, off) || !pop(m, &a, off) || !top(m, &t, off))
                return;
            mark_obj(m, t, vflags(m, &a) | vflags(m, &b));
            {
                struct val kv[2] = {a, b};
                note_dict_items(m, t, kv, 2);
            }
            break;
        case 'e': /* APPENDS */
        case 'u': /* SETITEMS */
        case 0x90: /* ADDITEMS */ {
            if (!pop_mark(m, &first, off))
                return;
            if (first == 0 || first <= frame_base(m)) {
                vm_fail(m, off, "no container below MARK");
                return;
            }
            if (op == 'u' && (m->sp - first) % 2) {
                vm_fail(m, off, "odd number of items for SETITEMS");
                return;
            }
            uint8_t f = 0;
            for (size_t i = first; i < m->sp; i++)
                f |= vflags(m, &m->stack[i]);
            mark_obj(m, &m->stack[first - 1], f);
            if (op == 'u' && m->stack[first - 1].kind == V_DICT && m->sp - first <= 64)
                note_dict_items(m, &m->stack[first - 1], m->stack + first, m->sp - first);
            m->sp = first;
            break;
        }
        case 'c': /* GLOBAL */
        case 'i': /* INST */
            if (!rd_line(m, &s, &n, off) || !rd_line(m, &s2, &n2, off))
                return;
            if (m->proto >= 4 && op == 'c')
                unusual(m, 3, off, "GLOBAL opcode in a protocol 4+ pickle");
            if (!sg_utf8_valid(s, n) || !sg_utf8_valid(s2, n2)) {
                if (m->mode != SG__PICKLE_PROBE || m->saw_import)
                    add(m, "SG-PKL-020", SG_SCAN_MEDIUM, off, NULL,
                        "%s names are not valid UTF-8 (Python's unpickler stops here)",
                        op == 'c' ? "GLOBAL" : "INST");
            }
            if (op == 'c') {
                if (!push_import(m, s, n, s2, n2, off, VIA_GLOBAL))
                    return;
                break;
            }
            if (!pop_mark(m, &first, off))
                return;
            a = make_tuple(m, m->sp > first ? m->stack + first : NULL, m->sp - first);
            m->sp = first;
            if (!push_import(m, s, n, s2, n2, off, VIA_INST) || !pop(m, &b, off))
                return;
            note_call(m, &b, off, "INST");
            push(m, call_result(m, &b, &a, off));
            break;
        case 0x93: /* STACK_GLOBAL */
            if (!pop(m, &b, off) || !pop(m, &a, off))
                return;
            if (m->proto < 4 && m->proto_seen)
                unusual(m, 4, off, "STACK_GLOBAL opcode in a protocol < 4 pickle");
            if (!str_operand(&a) || !str_operand(&b)) {
                if (m->mode == SG__PICKLE_PROBE && !m->saw_import) {
                    vm_fail(m, off, "bad STACK_GLOBAL");
                    return;
                }
                add(m, "SG-PKL-010", SG_SCAN_HIGH, off, NULL,
                    "STACK_GLOBAL imports a module or name that is not a string literal (computed "
                    "at load time or malformed), so the callable cannot be resolved statically");
                push(m, (struct val){.kind = V_ANY});
                break;
            }
            if (!push_import(m, a.u.s, a.len, b.u.s, b.len, off, VIA_STACK_GLOBAL))
                return;
            break;
        case 0x82: /* EXT1 */
        case 0x83: /* EXT2 */
        case 0x84: /* EXT4 */ {
            int w = op == 0x82 ? 1 : op == 0x83 ? 2 : 4;
            if (!need(m, (size_t)w, off))
                return;
            uint64_t code = rd_le(m->data + m->pos, w);
            m->pos += (size_t)w;
            if (m->mode == SG__PICKLE_PROBE && !m->saw_import) {
                vm_fail(m, off, "EXT in probe");
                return;
            }
            add(m, "SG-PKL-011", SG_SCAN_HIGH, off, NULL,
                "EXT%d imports extension code %llu from the loader's copyreg registry, which "
                "cannot be resolved statically", w == 4 ? 4 : w, (unsigned long long)code);
            push(m, (struct val){.kind = V_ANY});
            break;
        }
        case 'R': /* REDUCE */
            if (!pop(m, &b, off) || !pop(m, &a, off))
                return;
            note_call(m, &a, off, "REDUCE");
            push(m, call_result(m, &a, &b, off));
            break;
        case 0x81: /* NEWOBJ */
            if (!pop(m, &b, off) || !pop(m, &a, off))
                return;
            note_call(m, &a, off, "NEWOBJ");
            push(m, call_result(m, &a, &b, off));
            break;
        case 0x92: /* NEWOBJ_EX */
            if (!pop(m, &c, off) || !pop(m, &b, off) || !pop(m, &a, off))
                return;
            note_call(m, &a, off, "NEWOBJ_EX");
            push(m, call_result(m, &a, &b, off));
            break;
        case 'o': /* OBJ */
            if (!pop_mark(m, &first, off))
                return;
            if (first >= m->sp) {
                vm_fail(m, off, "OBJ without a class");
                return;
            }
            a = m->stack[first];
            b = make_tuple(m, m->stack + first + 1, m->sp - first - 1);
            m->sp = first;
            note_call(m, &a, off, "OBJ");
            push(m, call_result(m, &a, &b, off));
            break;
        case 'b': /* BUILD */
            if (!op_build(m, off))
                return;
            break;
        case 'P': /* PERSID */
            if (!rd_line(m, &s, &n, off))
                return;
            push(m, (struct val){.kind = V_OBJ, .u.ref = new_object(m)});
            break;
        case 'Q': /* BINPERSID */
            if (!pop(m, &a, off))
                return;
            push(m, (struct val){.kind = V_OBJ, .u.ref = new_object(m)});
            break;
        case 'p': /* PUT */
        case 'g': /* GET */
            if (!rd_line(m, &s, &n, off))
                return;
            if (!n || n > 19 || strspn(s, "0123456789") < n) {
                vm_fail(m, off, "invalid memo key");
                return;
            }
            n2 = (size_t)strtoull(s, NULL, 10);
            goto memo_op;
        case 'q': /* BINPUT */
        case 'h': /* BINGET */
            if (!need(m, 1, off))
                return;
            n2 = m->data[m->pos++];
            goto memo_op;
        case 'r': /* LONG_BINPUT */
        case 'j': /* LONG_BINGET */
            if (!need(m, 4, off))
                return;
            n2 = (size_t)rd_le(m->data + m->pos, 4);
            m->pos += 4;
            goto memo_op;
        case 0x94: /* MEMOIZE */
            n2 = (size_t)m->memo_count;
            op = 'q';
        memo_op:
            if (op == 'p' || op == 'q' || op == 'r') {
                if (!top(m, &t, off))
                    return;
                memo_put(m, n2, t);
            } else {
                const struct val *v = memo_get(m, n2);
                if (!v) {
                    if (m->memo_overflow) {
                        push(m, (struct val){.kind = V_ANY});
                        break;
                    }
                    vm_fail(m, off, "memo key %zu was never stored (the unpickler raises here)", n2);
                    return;
                }
                a = *v;
                push(m, a);
            }
            break;
        case 0x80: /* PROTO */
            if (!need(m, 1, off))
                return;
            if (m->proto_seen || off != (int64_t)m->stream_start)
                unusual(m, 5, off, "PROTO opcode not at the start of the stream or repeated");
            m->proto = m->data[m->pos++];
            m->proto_seen = true;
            if (m->proto > 5) {
                vm_fail(m, off, "unsupported pickle protocol %d", m->proto);
                return;
            }
            break;
        case 0x95: /* FRAME */
            if (!need(m, 8, off))
                return;
            if (rd_le(m->data + m->pos, 8) > m->len - m->pos - 8) {
                vm_fail(m, off, "truncated: FRAME longer than the remaining data");
                return;
            }
            if (m->proto < 4)
                unusual(m, 6, off, "FRAME opcode in a protocol < 4 pickle");
            m->pos += 8;
            break;
        case 0x97: /* NEXT_BUFFER */
            unusual(m, 7, off, "out-of-band NEXT_BUFFER opcode");
            push(m, (struct val){.kind = V_OBJ, .u.ref = new_object(m)});
            break;
        case 0x98: /* READONLY_BUFFER */
            if (!top(m, &t, off))
                return;
            break;
        default:
            vm_fail(m, off, "invalid opcode 0x%02x", op);
            return;
        }
    }
}

/* ---- reporting ----------------------------------------------------------- */

static void report_callables(struct vm *m)
{
    for (uint32_t i = 0; i < m->ncalls; i++) {
        const struct callable *c = &m->calls[i];
        char full[NAME_MAX_LEN * 3 + 4];
        snprintf(full, sizeof full, "%s%s%s", c->module, *c->name ? "." : "", c->name);
        enum sg_scan_severity sev = sg_scan_classify_callable(m->job->policy, c->module, c->name);
        const char *rule = sev == SG_SCAN_CRITICAL ? "SG-PKL-001"
                           : sev == SG_SCAN_HIGH   ? "SG-PKL-003"
                           : sev == SG_SCAN_INFO   ? "SG-PKL-004"
                                                   : "SG-PKL-002";
        const char *what = sev == SG_SCAN_CRITICAL ? "denylisted callable"
                           : sev == SG_SCAN_HIGH   ? "attribute path reaching through a module"
                           : sev == SG_SCAN_INFO   ? "allowlisted reconstructor"
                                                   : "callable outside the allowlist";
        const char *stream = m->stream > 1 ? " (in a later pickle of the stream)" : "";
        if (c->called)
            add(m, rule, sev, c->call_offset, full, "%s %s %s via %s and invokes it%s",
                what, *c->name ? "imports" : "imports module", full, via_text[c->via], stream);
        else
            add(m, rule, sev, c->first_offset, full, "%s %s %s via %s%s", what,
                *c->name ? "imports" : "imports module", full, via_text[c->via], stream);
    }
    m->job->rep->callables += m->ncalls;
}

static void vm_release(struct vm *m)
{
    free(m->stack);
    free(m->marks);
    free(m->memo);
    free(m->sparse);
    free(m->oflags);
    for (uint32_t i = 0; i < m->ncalls; i++) {
        free(m->calls[i].module);
        free(m->calls[i].name);
    }
    free(m->calls);
    free(m->chash);
    free(m->nodes);
    for (size_t i = 0; i < m->nowned; i++)
        free(m->owned[i]);
    free(m->owned);
}

/* True if a second pickle plausibly starts at p: PROTO 2-5, or a protocol
 * 0/1 opening opcode. */
static bool pickle_start(const uint8_t *p, size_t n)
{
    if (n >= 2 && p[0] == 0x80 && p[1] >= 2 && p[1] <= 5)
        return true;
    return n >= 2 && strchr("(}])cNKJIVSXUq", p[0]) != NULL && p[0] != 0;
}

bool sg__scan_pickle(struct sg__scan_job *job, const struct sg__scan_where *w, const uint8_t *data,
                     size_t len, enum sg__pickle_mode mode)
{
    struct vm m = {.job = job, .w = w, .data = data, .len = len, .mode = mode};
    int max_streams = mode == SG__PICKLE_TORCH_LEGACY ? 5 : MAX_STREAMS;
    size_t first_findings = job->rep->count;
    bool any_stop = false;
    while (m.pos < len && m.stream < max_streams) {
        m.stream++;
        run_stream(&m);
        if (m.failed)
            break;
        any_stop = true;
        job->rep->pickles++;
        if (m.pos < len && !pickle_start(data + m.pos, len - m.pos)) {
            if (mode != SG__PICKLE_TORCH_LEGACY && (mode == SG__PICKLE_SURE || m.stream > 1))
                add(&m, "SG-PKL-022", SG_SCAN_LOW, (int64_t)m.pos, NULL,
                    "%zu bytes of non-pickle data after the last STOP", len - m.pos);
            break;
        }
        if (m.stream > 1 && mode == SG__PICKLE_PROBE)
            m.mode = SG__PICKLE_SURE;
    }
    if (m.stream >= max_streams && m.pos < len && mode != SG__PICKLE_TORCH_LEGACY)
        add(&m, "SG-PKL-023", SG_SCAN_MEDIUM, (int64_t)m.pos, NULL,
            "more than %d pickles in one stream; the rest is not analysed", MAX_STREAMS);

    /* A probe that neither finished a pickle nor imported anything
     * identifier-like was not a pickle: say nothing. */
    m.is_pickle = mode != SG__PICKLE_PROBE || any_stop || m.saw_import;
    if (!m.is_pickle) {
        sg__scan_truncate(job, first_findings);
        vm_release(&m);
        return false;
    }
    if (m.failed && m.fail_offset != -2) {
        bool at_tail = any_stop && m.stream > 1 && (size_t)m.fail_offset >= m.stream_start &&
                       m.fail_offset - (int64_t)m.stream_start < 2;
        if (at_tail && mode == SG__PICKLE_TORCH_LEGACY) {
            /* storage bytes after the legacy header: expected */
        } else if (at_tail) {
            add(&m, "SG-PKL-022", SG_SCAN_LOW, m.fail_offset, NULL,
                "%zu bytes of non-pickle data after the last STOP", len - m.stream_start);
        } else {
            add(&m, "SG-PKL-020", SG_SCAN_MEDIUM, m.fail_offset, NULL,
                "malformed pickle (pickle #%d): %s; a loader would stop here after running "
                "everything before it", m.stream, m.fail_reason);
        }
    }
    report_callables(&m);
    vm_release(&m);
    return true;
}
