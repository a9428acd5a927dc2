/* test_config.c - gateway configuration: a valid document, each kind of
 * mistake (unknown key, wrong type, dangling reference, plaintext key,
 * missing credential variable), ${NAME} expansion, the effective-policy
 * description with its findings, and API keys. */
#include "harness.h"

#include <openssl/crypto.h>
#include <stdlib.h>

#include "gateway/internal.h"
#include "saiguard/gateway.h"

static char good_hash[128];

static const char *base_doc(void)
{
    static char doc[4096];
    snprintf(doc, sizeof doc,
             "listeners: [{name: main, address: 0.0.0.0, port: 8080}]\n"
             "upstreams: [{name: up, url: \"https://llm.example:8443/base/\", api_key_env: "
             "SG_TEST_UPSTREAM_KEY, tls_verify: false}]\n"
             "routes: [{name: r, upstream: up}]\n"
             "policies:\n"
             "  - {name: p, models: [\"*\"], modalities: [text, image]}\n"
             "keys: [{id: k1, policy: p, hash: \"%s\"}]\n",
             good_hash);
    return doc;
}

static sg_err load(const char *doc, struct sg_gateway_config **cfg, struct sg_error *err)
{
    return sg_gateway_config_parse(doc, strlen(doc), "gw.yaml", NULL, cfg, err);
}

static void setup(void)
{
    struct sg_gateway_key k;
    struct sg_error err = {0};
    if (sg_gateway_keygen(&k, &err) == SG_OK)
        snprintf(good_hash, sizeof good_hash, "%s", k.hash);
    OPENSSL_cleanse(&k, sizeof k);
    setenv("SG_TEST_UPSTREAM_KEY", "s3cret", 1);
}

static void test_valid_config_and_description(void)
{
    struct sg_gateway_config *cfg = NULL;
    struct sg_error err = {0};
    setup();
    CHECK_OK(load(base_doc(), &cfg, &err), &err);
    CHECK_STR(cfg->upstreams[0].host, "llm.example");
    CHECK_EQ_INT(cfg->upstreams[0].port, 8443);
    CHECK_STR(cfg->upstreams[0].base_path, "/base");
    CHECK_STR(cfg->upstreams[0].credential, "Bearer s3cret");
    CHECK_EQ_INT(cfg->routes[0].paths.n, 5); /* the OpenAI endpoints by default */
    CHECK(sg__gw_route_find(cfg, "/v1/embeddings") != NULL);
    CHECK(sg__gw_route_find(cfg, "/v1/files") == NULL);
    json_t *d = NULL;
    CHECK_OK(sg_gateway_config_describe(cfg, &d, &err), &err);
    char *txt = json_dumps(d, 0);
    CHECK(strstr(txt, "s3cret") == NULL);    /* never the credential */
    CHECK(strstr(txt, good_hash) == NULL);   /* never the key hash */
    CHECK(strstr(txt, "gateway.listener.no_tls") != NULL);
    CHECK(strstr(txt, "gateway.upstream.tls_unverified") != NULL);
    CHECK(strstr(txt, "gateway.policy.any_model") != NULL);
    CHECK(strstr(txt, "gateway.policy.no_rate_limit") != NULL);
    CHECK(strstr(txt, "gateway.policy.extra_modalities") != NULL);
    free(txt);
    json_decref(d);
    sg_gateway_config_free(cfg);
}

static void test_mistakes_are_named(void)
{
    static const struct {
        const char *from, *to, *expect;
    } cases[] = {
        {"routes: [{name: r,", "routes: [{name: r, colour: blue,", "colour"},
        {"port: 8080", "port: \"8080\"", "port"},
        {"port: 8080", "port: 70000", "port"},
        {"upstream: up}", "upstream: nope}", "nope"},
        {"policy: p,", "policy: q,", "'q'"},
        {"hash: \"sg1$", "hash: \"sgk_", "keygen"},
        {"SG_TEST_UPSTREAM_KEY", "SG_TEST_UNSET_VARIABLE", "SG_TEST_UNSET_VARIABLE"},
        {"modalities: [text, image]", "modalities: [text, smell]", "smell"},
        {"https://llm", "ftp://llm", "url"},
        {"models: [\"*\"]", "models: [\"*\", x]", "only entry"},
        {"upstreams:", "upstreamz:", "upstreamz"},
    };
    setup();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char doc[4096];
        const char *base = base_doc(), *at = strstr(base, cases[i].from);
        CHECK(at != NULL);
        snprintf(doc, sizeof doc, "%.*s%s%s", (int)(at - base), base, cases[i].to,
                 at + strlen(cases[i].from));
        struct sg_gateway_config *cfg = NULL;
        struct sg_error err = {0};
        sg_err rc = load(doc, &cfg, &err);
        if (rc == SG_OK || strstr(err.reason, cases[i].expect) == NULL) {
            sg_test_fail(__FILE__, __LINE__, "case %zu: rc %d reason '%s'", i, rc, err.reason);
            sg_gateway_config_free(cfg);
            return;
        }
        CHECK(cfg == NULL);
        CHECK(strchr(err.reason, '\n') == NULL);
    }
}

static void test_env_expansion(void)
{
    struct sg_gateway_config *cfg = NULL;
    struct sg_error err = {0};
    setup();
    setenv("SG_TEST_MODEL", "llama-3", 1);
    char doc[4096];
    snprintf(doc, sizeof doc, "%s", base_doc());
    char *at = strstr(doc, "[\"*\"]");
    CHECK(at != NULL);
    char tail[4096];
    snprintf(tail, sizeof tail, "%s", at + 5);
    snprintf(at, sizeof doc - (size_t)(at - doc), "[\"${SG_TEST_MODEL}\"]%s", tail);
    CHECK_OK(load(doc, &cfg, &err), &err);
    CHECK_STR(cfg->policies[0].models.items[0], "llama-3");
    sg_gateway_config_free(cfg);
}

static void test_keys(void)
{
    struct sg_gateway_key a, b;
    struct sg_error err = {0};
    CHECK_OK(sg_gateway_keygen(&a, &err), &err);
    CHECK_OK(sg_gateway_keygen(&b, &err), &err);
    CHECK(strncmp(a.key, "sgk_", 4) == 0);
    CHECK(strncmp(a.hash, "sg1$", 4) == 0);
    CHECK(strcmp(a.key, b.key) != 0);
    CHECK(strstr(a.hash, a.key + 21) == NULL); /* the secret is not in the stored form */
    CHECK(sg_gateway_key_matches(a.hash, a.key, strlen(a.key)));
    CHECK(!sg_gateway_key_matches(a.hash, b.key, strlen(b.key)));
    CHECK(!sg_gateway_key_matches(b.hash, a.key, strlen(a.key)));
    char forged[96];
    snprintf(forged, sizeof forged, "%s", a.key);
    forged[strlen(forged) - 1] ^= 1;
    CHECK(!sg_gateway_key_matches(a.hash, forged, strlen(forged)));
    CHECK(!sg_gateway_key_matches(a.hash, a.key, strlen(a.key) - 1));
    CHECK(!sg_gateway_key_matches("sg1$short", a.key, strlen(a.key)));
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_valid_config_and_description), SG_TEST(test_mistakes_are_named),
        SG_TEST(test_env_expansion), SG_TEST(test_keys), {0}};
    return sg_test_main(argc, argv, tests);
}
