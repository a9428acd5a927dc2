/* report.c - the rule catalogue and the machine-readable forms of a scan
 * report: saiguard's JSON and SARIF 2.1.0 (as GitHub code scanning reads
 * it: levels from severities, a security-severity per rule, the scanned file
 * as the location and the archive member as a logical location). */
#include <stdio.h>
#include <string.h>

#include "saiguard/json.h"
#include "saiguard/saiguard.h"
#include "scan_internal.h"

static const struct sg_scan_rule rules[] = {
    {"SG-PKL-001", "pickle-denylisted-callable", "Pickle imports or calls a denylisted callable (code execution, files, network, nested deserialisation).", SG_SCAN_CRITICAL},
    {"SG-PKL-002", "pickle-unknown-callable", "Pickle imports or calls a callable outside the allowlist of known-safe reconstructors.", SG_SCAN_MEDIUM},
    {"SG-PKL-003", "pickle-dotted-name", "Pickle resolves an attribute path through a module (a dotted name), a way past allowlists.", SG_SCAN_HIGH},
    {"SG-PKL-004", "pickle-allowlisted-callable", "Pickle uses an allowlisted reconstructor (recorded for completeness).", SG_SCAN_INFO},
    {"SG-PKL-010", "pickle-unresolvable-callable", "Pickle imports or calls something whose name is computed at load time.", SG_SCAN_HIGH},
    {"SG-PKL-011", "pickle-extension-registry", "Pickle uses EXT1/EXT2/EXT4, importing through the loader's copyreg registry.", SG_SCAN_HIGH},
    {"SG-PKL-012", "pickle-build-mutates-import", "Pickle BUILD sets attributes on an imported module, class or function.", SG_SCAN_HIGH},
    {"SG-PKL-013", "pickle-build-setstate", "Pickle BUILD installs or triggers a callable under a dunder attribute such as __setstate__.", SG_SCAN_CRITICAL},
    {"SG-PKL-014", "pickle-nested-payload", "Pickle passes an embedded pickle to a deserialiser; the payload is analysed too.", SG_SCAN_HIGH},
    {"SG-PKL-020", "pickle-malformed", "Pickle stream is malformed or truncated; a loader runs everything before the fault.", SG_SCAN_MEDIUM},
    {"SG-PKL-021", "pickle-unusual-opcode", "Pickle uses an opcode or layout that standard picklers never emit.", SG_SCAN_LOW},
    {"SG-PKL-022", "pickle-trailing-data", "Non-pickle bytes follow the last pickle in the stream.", SG_SCAN_LOW},
    {"SG-PKL-023", "pickle-limit", "Pickle analysis hit a resource limit; the rest is not analysed.", SG_SCAN_MEDIUM},
    {"SG-PKL-024", "pickle-joblib-array", "joblib array data is embedded in the pickle; opcodes after it are not analysed.", SG_SCAN_MEDIUM},
    {"SG-ZIP-001", "zip-unsafe-name", "Archive member name is absolute or escapes the extraction directory (zip-slip).", SG_SCAN_HIGH},
    {"SG-ZIP-002", "zip-duplicate-name", "Archive holds two members with the same name.", SG_SCAN_HIGH},
    {"SG-ZIP-003", "zip-header-mismatch", "Local header and central directory disagree about a member.", SG_SCAN_HIGH},
    {"SG-ZIP-004", "zip-flag-trick", "Member flag bits (encryption, patch data) that loaders treat differently.", SG_SCAN_HIGH},
    {"SG-ZIP-005", "zip-crc-mismatch", "Member fails its CRC-32 check.", SG_SCAN_HIGH},
    {"SG-ZIP-006", "zip-member-too-large", "Member exceeds the uncompressed size limit.", SG_SCAN_HIGH},
    {"SG-ZIP-007", "zip-ratio-bomb", "Member compression ratio exceeds the limit (zip bomb).", SG_SCAN_HIGH},
    {"SG-ZIP-008", "zip-nesting", "Archives nested deeper than the limit.", SG_SCAN_HIGH},
    {"SG-ZIP-009", "zip-overlap", "Members overlap each other's data (overlapping-entry bomb).", SG_SCAN_HIGH},
    {"SG-ZIP-010", "zip-malformed", "Archive structure is malformed.", SG_SCAN_MEDIUM},
    {"SG-ZIP-011", "zip-symlink", "Archive member is a symbolic link.", SG_SCAN_HIGH},
    {"SG-ZIP-012", "zip-polyglot", "Other data precedes the zip archive (polyglot file).", SG_SCAN_HIGH},
    {"SG-ZIP-013", "zip-unsupported-method", "Member uses a compression method that cannot be inspected.", SG_SCAN_MEDIUM},
    {"SG-ZIP-014", "zip-total-too-large", "Archive exceeds the total uncompressed size limit.", SG_SCAN_HIGH},
    {"SG-FILE-001", "file-unrecognised", "Content matches no model format its name suggests.", SG_SCAN_MEDIUM},
    {"SG-FILE-002", "file-unreadable", "File cannot be read.", SG_SCAN_MEDIUM},
    {"SG-FILE-003", "file-symlink", "Symbolic link in the scanned tree.", SG_SCAN_INFO},
    {"SG-FILE-004", "file-hidden-pickle", "Pickle data under a name that does not announce a pickle.", SG_SCAN_HIGH},
    {"SG-FILE-005", "file-uninspectable-container", "Container format that cannot be inspected (7z).", SG_SCAN_MEDIUM},
    {"SG-FILE-006", "file-limit", "Too many files; the rest was not scanned.", SG_SCAN_HIGH},
    {"SG-NPY-001", "numpy-object-array", "numpy object array: its elements are a pickle.", SG_SCAN_LOW},
    {"SG-NPY-002", "numpy-malformed", "numpy .npy header is malformed or inconsistent.", SG_SCAN_MEDIUM},
    {"SG-KER-001", "keras-lambda", "Keras Lambda layer runs arbitrary Python.", SG_SCAN_HIGH},
    {"SG-KER-002", "keras-lambda-bytecode", "Keras Lambda layer carries marshalled Python bytecode.", SG_SCAN_CRITICAL},
    {"SG-KER-003", "keras-foreign-module", "Keras configuration imports a module outside Keras.", SG_SCAN_HIGH},
    {"SG-KER-004", "keras-unsafe-mode", "Keras configuration turns safe mode off.", SG_SCAN_CRITICAL},
    {"SG-KER-005", "keras-custom-object", "Keras configuration needs a registered custom object.", SG_SCAN_MEDIUM},
    {"SG-KER-006", "keras-malformed", "Keras configuration is not valid JSON.", SG_SCAN_MEDIUM},
    {"SG-KER-007", "keras-function-gadget", "Keras configuration references a denylisted function.", SG_SCAN_CRITICAL},
    {"SG-H5-001", "hdf5-unreadable", "HDF5 file cannot be opened.", SG_SCAN_MEDIUM},
    {"SG-TF-001", "tf-file-op", "TensorFlow graph operation that reads or writes files.", SG_SCAN_HIGH},
    {"SG-TF-002", "tf-python-op", "TensorFlow graph operation that runs Python.", SG_SCAN_CRITICAL},
    {"SG-TF-003", "tf-malformed", "SavedModel protobuf is malformed.", SG_SCAN_MEDIUM},
    {"SG-ONNX-001", "onnx-external-data-path", "ONNX external_data location is absolute or escapes the model directory.", SG_SCAN_HIGH},
    {"SG-ONNX-002", "onnx-custom-domain", "ONNX operator from a custom domain.", SG_SCAN_MEDIUM},
    {"SG-ONNX-003", "onnx-malformed", "ONNX protobuf is malformed.", SG_SCAN_MEDIUM},
    {"SG-GGUF-001", "gguf-malformed", "GGUF header is malformed or out of bounds.", SG_SCAN_HIGH},
    {"SG-GGUF-002", "gguf-implausible-counts", "GGUF counts exceed what the file can hold.", SG_SCAN_HIGH},
    {"SG-GGUF-003", "gguf-template-injection", "GGUF chat template reaches Python internals (SSTI).", SG_SCAN_CRITICAL},
    {"SG-GGUF-004", "gguf-template-suspicious", "GGUF chat template uses constructs no chat template needs.", SG_SCAN_HIGH},
    {"SG-ST-001", "safetensors-bad-header", "safetensors header is not a valid, unambiguous JSON object.", SG_SCAN_HIGH},
    {"SG-ST-002", "safetensors-bad-offsets", "safetensors tensor offsets, sizes or dtypes are inconsistent.", SG_SCAN_HIGH},
    {"SG-ST-003", "safetensors-metadata", "safetensors __metadata__ holds non-string values.", SG_SCAN_MEDIUM},
    {"SG-ST-004", "safetensors-trailing-data", "Data follows the last safetensors tensor (polyglot).", SG_SCAN_HIGH},
    {NULL, NULL, NULL, SG_SCAN_INFO},
};

const struct sg_scan_rule *sg_scan_rules(void)
{
    return rules;
}

static const struct sg_scan_rule *rule_find(const char *id, size_t *index)
{
    for (size_t i = 0; rules[i].id; i++)
        if (strcmp(rules[i].id, id) == 0) {
            *index = i;
            return &rules[i];
        }
    return NULL;
}

static json_t *finding_json(const struct sg_scan_finding *f)
{
    json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s}", "file", f->file, "format", f->format,
                          "rule", f->rule, "severity", sg_scan_severity_name(f->severity),
                          "message", f->message);
    if (o && f->entry)
        json_object_set_new(o, "entry", json_string(f->entry));
    if (o && f->callable)
        json_object_set_new(o, "callable", json_string(f->callable));
    if (o && f->offset >= 0)
        json_object_set_new(o, "offset", json_integer(f->offset));
    return o;
}

sg_err sg_scan_report_json(const struct sg_scan_report *r, enum sg_scan_severity min,
                           json_t **out, struct sg_error *err)
{
    *out = NULL;
    json_t *list = json_array();
    size_t by[SG_SCAN_CRITICAL + 1] = {0};
    if (!list)
        return sg_error_set(err, SG_ERR_NOMEM, "scan", "out of memory");
    for (size_t i = 0; i < r->count; i++) {
        by[r->findings[i].severity]++;
        if (r->findings[i].severity >= min && sg_json_push(list, finding_json(&r->findings[i]))) {
            json_decref(list);
            return sg_error_set(err, SG_ERR_NOMEM, "scan", "out of memory");
        }
    }
    json_t *doc = json_pack("{s:{s:I, s:I, s:I, s:I, s:s, s:{s:I, s:I, s:I, s:I, s:I}}, s:o}",
                            "summary", "files", (json_int_t)r->files, "bytes", (json_int_t)r->bytes,
                            "pickles", (json_int_t)r->pickles, "callables",
                            (json_int_t)r->callables, "max_severity",
                            sg_scan_severity_name(sg_scan_report_max(r)), "by_severity", "info",
                            (json_int_t)by[0], "low", (json_int_t)by[1], "medium", (json_int_t)by[2],
                            "high", (json_int_t)by[3], "critical", (json_int_t)by[4], "findings",
                            list);
    if (!doc)
        return sg_error_set(err, SG_ERR_NOMEM, "scan", "out of memory");
    *out = doc;
    return SG_OK;
}

static const char *sarif_level(enum sg_scan_severity s)
{
    return s >= SG_SCAN_HIGH ? "error" : s == SG_SCAN_MEDIUM ? "warning" : "note";
}

static const char *security_severity(enum sg_scan_severity s)
{
    static const char *const v[] = {"0.0", "2.0", "5.0", "8.0", "9.5"};
    return v[s];
}

/* A relative path stays relative (uriBaseId SRCROOT); an absolute one
 * becomes a file:// URI. Characters outside the unreserved set are
 * percent-encoded. */
static json_t *artifact_uri(const char *path)
{
    char buf[8192];
    size_t k = 0;
    bool abs = path[0] == '/';
    if (abs)
        k = (size_t)snprintf(buf, sizeof buf, "file://");
    for (const unsigned char *p = (const unsigned char *)path; *p && k + 4 < sizeof buf; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~/", *p))
            buf[k++] = (char)*p;
        else
            k += (size_t)snprintf(buf + k, sizeof buf - k, "%%%02X", *p);
    }
    buf[k] = 0;
    const char *u = buf;
    if (!abs && u[0] == '.' && u[1] == '/')
        u += 2;
    return abs ? json_pack("{s:s}", "uri", u) : json_pack("{s:s, s:s}", "uri", u, "uriBaseId", "SRCROOT");
}

sg_err sg_scan_report_sarif(const struct sg_scan_report *r, enum sg_scan_severity min,
                            json_t **out, struct sg_error *err)
{
    *out = NULL;
    json_t *rule_list = json_array(), *results = json_array();
    if (!rule_list || !results)
        goto nomem;
    /* rules: every catalogue entry, so ruleIndex is the catalogue index */
    for (size_t i = 0; rules[i].id; i++) {
        json_t *ru = json_pack("{s:s, s:s, s:{s:s}, s:{s:s}, s:{s:s}, s:{s:s, s:[s, s], s:s}}",
                               "id", rules[i].id, "name", rules[i].name, "shortDescription", "text",
                               rules[i].description, "fullDescription", "text",
                               rules[i].description, "defaultConfiguration", "level",
                               sarif_level(rules[i].severity), "properties", "security-severity",
                               security_severity(rules[i].severity), "tags", "security",
                               "supply-chain", "precision", "high");
        if (sg_json_push(rule_list, ru))
            goto nomem;
    }
    for (size_t i = 0; i < r->count; i++) {
        const struct sg_scan_finding *f = &r->findings[i];
        if (f->severity < min)
            continue;
        size_t idx = 0;
        if (!rule_find(f->rule, &idx))
            continue;
        char text[2048];
        snprintf(text, sizeof text, "%s%s%s", f->entry ? f->entry : "", f->entry ? ": " : "",
                 f->message);
        json_t *phys = json_pack("{s:o}", "artifactLocation", artifact_uri(f->file));
        if (phys && f->offset >= 0 && !f->entry)
            json_object_set_new(phys, "region", json_pack("{s:I, s:i}", "byteOffset",
                                                          (json_int_t)f->offset, "byteLength", 1));
        json_t *loc = json_pack("{s:o}", "physicalLocation", phys);
        if (loc && f->entry)
            json_object_set_new(loc, "logicalLocations",
                                json_pack("[{s:s, s:s}]", "fullyQualifiedName", f->entry, "kind",
                                          "member"));
        json_t *props = json_pack("{s:s, s:s}", "severity", sg_scan_severity_name(f->severity),
                                  "format", f->format);
        if (props && f->callable)
            json_object_set_new(props, "callable", json_string(f->callable));
        if (props && f->entry)
            json_object_set_new(props, "entry", json_string(f->entry));
        if (props && f->offset >= 0)
            json_object_set_new(props, "offset", json_integer(f->offset));
        json_t *res = json_pack("{s:s, s:I, s:s, s:{s:s}, s:[o], s:o}", "ruleId", f->rule,
                                "ruleIndex", (json_int_t)idx, "level", sarif_level(f->severity),
                                "message", "text", text, "locations", loc, "properties", props);
        if (sg_json_push(results, res))
            goto nomem;
    }
    json_t *doc = json_pack(
        "{s:s, s:s, s:[{s:{s:{s:s, s:s, s:s, s:s, s:o}}, s:o, s:[{s:b}]}]}", "$schema",
        "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0", "runs", "tool",
        "driver", "name", "saiguard", "version", sg_version(), "semanticVersion", SG_VERSION,
        "informationUri", "https://github.com/saiguard/saiguard", "rules", rule_list, "results",
        results, "invocations", "executionSuccessful", true);
    if (!doc)
        return sg_error_set(err, SG_ERR_NOMEM, "scan", "out of memory");
    *out = doc;
    return SG_OK;
nomem:
    json_decref(rule_list);
    json_decref(results);
    return sg_error_set(err, SG_ERR_NOMEM, "scan", "out of memory");
}
