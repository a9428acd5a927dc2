/* page_end.h - inputs flush against an unmapped page (page_end.c). */
#ifndef SG_FUZZ_PAGE_END_H
#define SG_FUZZ_PAGE_END_H

#include <stddef.h>
#include <stdint.h>

/* Inputs up to this long are moved against the page; make check fuzzes
 * with -max_len=65536. */
#define SG_FUZZ_PAGE_END_MAX ((size_t)1 << 20)

/* The harness's entry point, called with the input at the page's end. */
int sg_fuzz_one_input(const uint8_t *data, size_t size);

/* A copy of p[0, n) ending at another unmapped page, valid until the next
 * call: for text a harness derives from its input (a decoded JSON string).
 * NULL when n is over SG_FUZZ_PAGE_END_MAX. */
const char *sg_fuzz_at_page_end(const void *p, size_t n);

#endif
