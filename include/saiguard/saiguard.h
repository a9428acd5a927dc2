/* saiguard.h - umbrella header of the saiguard library: baseline cyber
 * security controls for AI systems (ETSI EN 304 223) and the evidence that
 * they are in place. Include this, or the capability headers you need. */
#ifndef SAIGUARD_H
#define SAIGUARD_H

#define SG_VERSION "0.1.0"

#include "buf.h"
#include "context.h"
#include "encode.h"
#include "error.h"
#include "inspect.h"
#include "json.h"
#include "path.h"
#include "pool.h"
#include "walk.h"
#include "yaml.h"

/* capabilities */
#include "conformance.h"
#include "formats.h"
#include "gateway.h"
#include "guard.h"
#include "integrity.h"
#include "inventory.h"
#include "ledger.h"
#include "scan.h"

/* Version of the library as linked (may differ from SG_VERSION at build time). */
const char *sg_version(void);

#endif
