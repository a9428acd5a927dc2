/* fuzz_gateway_config.c - the gateway configuration loader (YAML, ${NAME}
 * expansion, validation, references) and the effective-policy description
 * on whatever the loader accepts. */
#include <stdint.h>
#include <stdlib.h>

#include "saiguard/gateway.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sg_gateway_config *cfg = NULL;
    struct sg_error err = {0};
    setenv("SG_FUZZ_SECRET", "fuzz-secret", 0);
    if (sg_gateway_config_parse((const char *)data, size, "fuzz.yaml", "/nonexistent", &cfg,
                                &err) == SG_OK) {
        json_t *d = NULL;
        if (sg_gateway_config_describe(cfg, &d, &err) == SG_OK)
            json_decref(d);
        sg_gateway_config_free(cfg);
    }
    return 0;
}
