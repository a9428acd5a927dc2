/* gguf_template.c - server-side template injection in chat templates (Jinja,
 * rendered by llama.cpp, llama-cpp-python, Ollama, vLLM...). Regexes over
 * the raw text are defeated by string concatenation ('__cla' ~ 'ss__'),
 * character lists joined at render time, escapes ('\x5f') and reversed
 * literals, so each {{ }} / {% %} tag is first normalised: literals decoded,
 * concatenation operators, quotes, brackets and whitespace removed. The
 * normalised text is then checked for Python internals (critical) and for
 * constructs no chat template needs (attr(), lipsum/cycler/joiner globals,
 * escaped identifiers: high). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "saiguard/encode.h"
#include "scan_internal.h"

#define MAX_TEMPLATE ((size_t)4 << 20)

static const char *const critical_words[] = {
    "__class__", "__globals__", "__subclasses__", "__builtins__", "__import__", "__mro__",
    "__base__", "__init__", "__getattribute__", "__dict__", "__code__", "__func__", "__self__",
    "__loader__", "__spec__", "__reduce__", "__getitem__", "popen", "subprocess", "os.system",
    "import_module", "eval(", "exec(", "__call__", NULL};
static const char *const high_words[] = {
    "attr(", "lipsum", "cycler", "joiner", "self._", "request.", "config.", "url_for",
    "get_flashed_messages", ".mro(", "range.__", "namespace.__", "from_pyfile", NULL};

struct norm {
    char *s;
    size_t n, cap;
    bool escaped_ident;   /* an escape decoded to a letter, digit or '_' */
    char crit[160], high[160];
};

static void put(struct norm *z, char c)
{
    if (z->n + 1 < z->cap)
        z->s[z->n++] = (char)tolower((unsigned char)c);
}

static void note(char *list, size_t size, const char *word)
{
    if (strstr(list, word))
        return;
    size_t l = strlen(list);
    snprintf(list + l, size - l, "%s%s", l ? ", " : "", word);
}

static void check_words(struct norm *z, const char *text)
{
    for (const char *const *w = critical_words; *w; w++)
        if (strstr(text, *w))
            note(z->crit, sizeof z->crit, *w);
    for (const char *const *w = high_words; *w; w++)
        if (strstr(text, *w))
            note(z->high, sizeof z->high, *w);
    /* any other dunder attribute */
    for (const char *p = strstr(text, "__"); p; p = strstr(p + 2, "__")) {
        const char *q = p + 2;
        while (*q && (isalnum((unsigned char)*q)))
            q++;
        if (q > p + 2 && q[0] == '_' && q[1] == '_')
            note(z->high, sizeof z->high, "dunder attribute");
    }
}

/* Reads a quoted literal starting at *i (the quote), decoding escapes into z
 * and returning it (reversed as well) for the reverse-string check. */
static void literal(const char *t, size_t n, size_t *i, struct norm *z, char *lit, size_t litcap)
{
    char q = t[*i];
    size_t k = 0;
    for ((*i)++; *i < n && t[*i] != q; (*i)++) {
        char c = t[*i];
        if (c == '\\' && *i + 1 < n) {
            char e = t[++*i];
            int v = -1;
            if ((e == 'x' || e == 'u' || e == 'U') && *i + 1 < n) {
                int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                v = 0;
                for (int d = 0; d < digits && *i + 1 < n && sg_hex_digit(t[*i + 1]) >= 0; d++)
                    v = v * 16 + sg_hex_digit(t[++*i]);
            } else if (e >= '0' && e <= '7') {
                v = e - '0';
                for (int d = 1; d < 3 && *i + 1 < n && t[*i + 1] >= '0' && t[*i + 1] <= '7'; d++)
                    v = v * 8 + (t[++*i] - '0');
            } else {
                c = e == 'n' ? '\n' : e == 't' ? '\t' : e;
            }
            if (v >= 0) {
                c = (char)(v & 0x7f);
                if (isalnum((unsigned char)c) || c == '_' || c == '.')
                    z->escaped_ident = true;
            }
        }
        if (!isspace((unsigned char)c))
            put(z, c);
        if (k + 1 < litcap)
            lit[k++] = (char)tolower((unsigned char)c);
    }
    lit[k] = 0;
    /* reversed literal ('__ssalc__'|reverse) */
    char rev[256];
    for (size_t a = 0; a < k && a + 1 < sizeof rev; a++)
        rev[a] = lit[k - 1 - a];
    rev[k < sizeof rev ? k : sizeof rev - 1] = 0;
    struct norm tmp = {0};
    check_words(&tmp, rev);
    if (tmp.crit[0])
        note(z->crit, sizeof z->crit, tmp.crit);
}

static void tag(const char *t, size_t n, struct norm *z)
{
    z->n = 0;
    char lit[256];
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        if (c == '\'' || c == '"') {
            literal(t, n, &i, z, lit, sizeof lit);
            continue;
        }
        if (isspace((unsigned char)c) || c == '~' || c == '+' || c == ',' || c == '[' ||
            c == ']' || c == '-')
            continue;
        put(z, c);
    }
    z->s[z->n] = 0;
    check_words(z, z->s);
}

void sg__scan_gguf_template(struct sg__scan_job *job, const struct sg__scan_where *w,
                            const char *key, const char *tpl, size_t len, int64_t offset)
{
    if (len > MAX_TEMPLATE) {
        sg__scan_add(job, w, "gguf", "SG-GGUF-004", SG_SCAN_MEDIUM, offset, key,
                     "chat template '%s' is %zu bytes, too large to check", key, len);
        return;
    }
    struct norm z = {.cap = len + 1};
    z.s = malloc(z.cap);
    if (!z.s)
        return;
    for (size_t i = 0; i + 1 < len; i++) {
        if (tpl[i] != '{' || (tpl[i + 1] != '{' && tpl[i + 1] != '%'))
            continue;
        const char *close = tpl[i + 1] == '{' ? "}}" : "%}";
        size_t j = i + 2;
        while (j + 1 < len && !(tpl[j] == close[0] && tpl[j + 1] == close[1]))
            j++;
        tag(tpl + i + 2, (j + 1 < len ? j : len) - (i + 2), &z);
        i = j + 1;
    }
    free(z.s);
    if (z.crit[0])
        sg__scan_add(job, w, "gguf", "SG-GGUF-003", SG_SCAN_CRITICAL, offset, key,
                     "chat template '%s' reaches Python internals when rendered (server-side "
                     "template injection): %s", key, z.crit);
    if (z.high[0] || z.escaped_ident)
        sg__scan_add(job, w, "gguf", "SG-GGUF-004", SG_SCAN_HIGH, offset, key,
                     "chat template '%s' uses constructs no chat template needs: %s%s", key,
                     z.high[0] ? z.high : "", z.escaped_ident ? (z.high[0] ? ", escaped identifier characters" : "escaped identifier characters") : "");
}
