/* path.c - safe relative paths, joining and gitignore-like matching. */
#include "saiguard/path.h"

#include <fnmatch.h>
#include <stdio.h>
#include <string.h>

bool sg_path_is_safe_relative(const char *p)
{
    if (!p || !*p || p[0] == '/' || strchr(p, '\\'))
        return false;
    const char *c = p;
    for (;;) {
        const char *slash = strchr(c, '/');
        size_t n = slash ? (size_t)(slash - c) : strlen(c);
        if (n == 0 || (n == 1 && c[0] == '.') || (n == 2 && c[0] == '.' && c[1] == '.'))
            return false;
        if (!slash)
            return true;
        c = slash + 1;
    }
}

sg_err sg_path_join(char *out, size_t size, const char *a, const char *b)
{
    if (b[0] == '/')
        return SG_ERR_UNSAFE_PATH;
    size_t la = strlen(a);
    while (la > 1 && a[la - 1] == '/')
        la--;
    int n = snprintf(out, size, "%.*s%s%s", (int)la, a, (la && a[la - 1] == '/') ? "" : "/", b);
    if (n < 0 || (size_t)n >= size)
        return SG_ERR_TOO_LARGE;
    return SG_OK;
}

const char *sg_path_basename(const char *p)
{
    const char *slash = strrchr(p, '/');
    return slash ? slash + 1 : p;
}

bool sg_path_match(const char *pattern, const char *relpath)
{
    if (strchr(pattern, '/'))
        return fnmatch(pattern, relpath, FNM_PATHNAME) == 0;
    char component[4096];
    for (const char *c = relpath;;) {
        const char *slash = strchr(c, '/');
        size_t n = slash ? (size_t)(slash - c) : strlen(c);
        if (n < sizeof component) {
            memcpy(component, c, n);
            component[n] = '\0';
            if (fnmatch(pattern, component, 0) == 0)
                return true;
        }
        if (!slash)
            return false;
        c = slash + 1;
    }
}
