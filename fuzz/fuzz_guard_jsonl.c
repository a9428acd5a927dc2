/* fuzz_guard_jsonl.c - the JSON Lines paths: lines parsed as `guard scan`
 * and `guard train` read them ({text, label, source, role}), each text run
 * through the chain, and the gateway's guard configuration object parsed
 * with sg_guard_config_from_json. Malformed lines must fail cleanly. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guard_fixture.h"
#include "page_end.h"
#include "saiguard/guard.h"
#include "saiguard/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct sg_guard_result r;
    const char *p = (const char *)data, *end = p + size;
    int lines = 0;
    while (p < end && lines++ < 64) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        json_t *obj = NULL;
        struct sg_error err;
        if (sg_json_parse(p, n, "fuzz", &obj, &err) == SG_OK) {
            const char *text = NULL, *role = NULL;
            enum sg_guard_role rl = SG_GUARD_ROLE_USER;
            if (sg_json_get_string(obj, "text", &text, "fuzz", &err) == SG_OK &&
                sg_json_opt_string(obj, "role", &role, "fuzz", &err) == SG_OK &&
                (!role || sg_guard_role_parse(role, &rl) == SG_OK)) {
                size_t len = json_string_length(json_object_get(obj, "text"));
                /* decoded by jansson, so not where page_end.c put the input */
                const char *flush = sg_fuzz_at_page_end(text, len);
                if (flush && sg_guard_check(g, rl, flush, len, &r, &err) != SG_OK)
                    abort();
            }
            struct sg_guard_config cfg;
            if (sg_guard_config_from_json(obj, &cfg, "fuzz", &err) == SG_OK &&
                (cfg.holdback < 64 || cfg.holdback > 4096))
                abort();
            json_decref(obj);
        }
        p += n + 1;
    }
    return 0;
}
