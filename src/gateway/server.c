/* server.c - placeholder, replaced by the daemon. */
#include "gateway/internal.h"
sg_err sg_gateway_new(sg_ctx *ctx, const struct sg_gateway_options *opts, struct sg_gateway **out,
                      struct sg_error *err)
{
    (void)ctx, (void)opts;
    *out = NULL;
    return sg_error_set(err, SG_ERR_UNSUPPORTED, "gateway", "not built yet");
}
sg_err sg_gateway_run(struct sg_gateway *gw, bool handle_signals, struct sg_error *err)
{
    (void)gw, (void)handle_signals;
    return sg_error_set(err, SG_ERR_UNSUPPORTED, "gateway", "not built yet");
}
void sg_gateway_stop(struct sg_gateway *gw) { (void)gw; }
void sg_gateway_reload(struct sg_gateway *gw) { (void)gw; }
int sg_gateway_listener_port(const struct sg_gateway *gw, size_t i) { (void)gw, (void)i; return -1; }
void sg_gateway_free(struct sg_gateway *gw) { (void)gw; }
