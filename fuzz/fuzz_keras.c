/* fuzz_keras.c - the Keras configuration checker (config.json of .keras
 * archives, model_config of .h5 files) on arbitrary bytes. */
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
    struct sg__scan_where w = {.name = "config.json", .entry = "config.json"};
    sg__scan_keras_config(&job, &w, (const char *)data, size, "keras");
    sg_scan_report_release(&rep);
    return 0;
}
