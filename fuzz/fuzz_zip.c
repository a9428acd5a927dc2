/* fuzz_zip.c - the zip scanner on arbitrary bytes: it must report, never
 * crash, hang or grow without bound. */
#include <stddef.h>
#include <stdint.h>

#include "scan/scan_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sg_scan_report rep;
    struct sg__scan_job job;
    sg_scan_report_init(&rep);
    sg__scan_job_init(&job, NULL, &rep, "fuzz");
    struct sg__scan_where w = {.name = "fuzz.bin"};
    sg__scan_zip(&job, &w, data, size, 0);
    sg_scan_report_release(&rep);
    return 0;
}
