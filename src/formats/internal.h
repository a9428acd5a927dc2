/* internal.h - helpers shared by the format readers, not part of the API. */
#ifndef SG_FORMATS_INTERNAL_H
#define SG_FORMATS_INTERNAL_H

#include <stddef.h>

/* Makes len bytes of s (NUL-terminated at len) usable as JSON text: when they
 * are not valid UTF-8 or hold NUL bytes, every non-ASCII byte and NUL becomes
 * '?'. Format specs promise UTF-8 names; hostile files do not keep promises. */
void sg__fmt_text_fix(char *s, size_t len);

#endif
