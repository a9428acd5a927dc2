/* path.h - path checks used wherever a name comes from untrusted data
 * (manifest entries, archive members, profile references). */
#ifndef SAIGUARD_PATH_H
#define SAIGUARD_PATH_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* True when p is a non-empty relative POSIX path with no empty, "." or ".."
 * component, no leading '/', no backslash and no NUL: safe to join to a root. */
bool sg_path_is_safe_relative(const char *p);

/* Joins a and b with one '/' into out (size bytes). SG_ERR_TOO_LARGE if it
 * does not fit. b must not be absolute. */
SG_MUST_USE sg_err sg_path_join(char *out, size_t size, const char *a, const char *b);

/* Last component of p (a pointer into p); "" for a path ending in '/'. */
const char *sg_path_basename(const char *p);

/* gitignore-like match of relpath against pattern: a pattern with no '/'
 * matches any single component; one with '/' matches the whole path from the
 * start; shell wildcards as fnmatch(3) with FNM_PATHNAME. */
bool sg_path_match(const char *pattern, const char *relpath);

#ifdef __cplusplus
}
#endif
#endif
