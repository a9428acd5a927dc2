/* fuzz_yaml.c - YAML to JSON conversion (configs, profiles, policies). */
#include <stddef.h>
#include <stdint.h>

#include "saiguard/yaml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sg_error err;
    json_t *v = NULL;
    if (sg_yaml_parse((const char *)data, size, "fuzz", &v, &err) == SG_OK)
        json_decref(v);
    return 0;
}
