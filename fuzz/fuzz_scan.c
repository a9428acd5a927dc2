/* fuzz_scan.c - the whole-file dispatcher (format detection and every
 * scanner reachable from it: pickle, zip, numpy, GGUF and its templates,
 * safetensors, ONNX, SavedModel, Keras configs) on arbitrary bytes. HDF5
 * input is left out: it is parsed by libhdf5, whose own robustness on
 * hostile files is not what this harness tests. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "saiguard/scan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"model.pkl", "saved_model.pb", "model.onnx",
                                        "x.safetensors", "cat.png"};
    if (size >= 8 && memcmp(data, "\x89HDF", 4) == 0)
        return 0;
    struct sg_scan_report rep;
    struct sg_error err;
    sg_scan_report_init(&rep);
    (void)sg_scan_buffer(data, size, names[size % 5], NULL, &rep, &err);
    json_t *j = NULL;
    /* SARIF output of hostile names, on a sample of inputs (it is slow under ASan) */
    if (size % 16 == 0 && sg_scan_report_sarif(&rep, SG_SCAN_INFO, &j, &err) == SG_OK)
        json_decref(j);
    sg_scan_report_release(&rep);
    return 0;
}
