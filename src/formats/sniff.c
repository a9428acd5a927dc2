/* sniff.c - identifies model and dataset files by their first bytes (magic
 * numbers and header structure), falling back on naming conventions only
 * where a format has no magic (SavedModel, protocol-0 pickles, ONNX). */
#include "saiguard/formats.h"

#include <string.h>
#include <strings.h>

static const char *const names[] = {
    [SG_FORMAT_UNKNOWN] = "unknown",       [SG_FORMAT_SAFETENSORS] = "safetensors",
    [SG_FORMAT_GGUF] = "gguf",             [SG_FORMAT_ONNX] = "onnx",
    [SG_FORMAT_PYTORCH_ZIP] = "pytorch",   [SG_FORMAT_PICKLE] = "pickle",
    [SG_FORMAT_KERAS] = "keras",           [SG_FORMAT_HDF5] = "hdf5",
    [SG_FORMAT_SAVEDMODEL] = "savedmodel", [SG_FORMAT_TFLITE] = "tflite",
    [SG_FORMAT_NUMPY] = "numpy",           [SG_FORMAT_NPZ] = "npz",
    [SG_FORMAT_PARQUET] = "parquet",       [SG_FORMAT_ARROW] = "arrow",
    [SG_FORMAT_FEATHER_V1] = "feather",    [SG_FORMAT_ZIP] = "zip",
};

const char *sg_format_name(enum sg_format f)
{
    return (unsigned)f < sizeof names / sizeof names[0] && names[f] ? names[f] : "unknown";
}

static bool has_ext(const char *name, const char *ext)
{
    size_t n = strlen(name), e = strlen(ext);
    return n > e && strcasecmp(name + n - e, ext) == 0;
}

static bool contains(const uint8_t *h, size_t n, const char *needle)
{
    return memmem(h, n, needle, strlen(needle)) != NULL;
}

enum sg_format sg_format_sniff(const void *head, size_t n, uint64_t file_size, const char *name)
{
    const uint8_t *h = head;
    const char *base = name ? strrchr(name, '/') : NULL;
    base = base ? base + 1 : name ? name : "";
    if (n >= 4 && memcmp(h, "GGUF", 4) == 0)
        return SG_FORMAT_GGUF;
    if (n >= 6 && memcmp(h, "\x93NUMPY", 6) == 0)
        return SG_FORMAT_NUMPY;
    if (n >= 8 && memcmp(h, "\x89HDF\r\n\x1a\n", 8) == 0)
        return SG_FORMAT_HDF5;
    if (n >= 520 && memcmp(h + 512, "\x89HDF\r\n\x1a\n", 8) == 0) /* after a user block */
        return SG_FORMAT_HDF5;
    if (n >= 8 && memcmp(h + 4, "TFL3", 4) == 0)
        return SG_FORMAT_TFLITE;
    if (n >= 4 && file_size >= 12 && memcmp(h, "PAR1", 4) == 0)
        return SG_FORMAT_PARQUET;
    if (n >= 6 && memcmp(h, "ARROW1", 6) == 0)
        return SG_FORMAT_ARROW;
    if (n >= 4 && memcmp(h, "FEA1", 4) == 0)
        return SG_FORMAT_FEATHER_V1;
    if (n >= 4 && memcmp(h, "PK\x03\x04", 4) == 0) {
        /* Zip containers: tell them apart by the member names in the head. */
        if (contains(h, n, "data.pkl") || has_ext(base, ".pt") || has_ext(base, ".pth"))
            return SG_FORMAT_PYTORCH_ZIP;
        if (has_ext(base, ".keras") ||
            (contains(h, n, "model.weights.h5") && contains(h, n, "config.json")))
            return SG_FORMAT_KERAS;
        if (has_ext(base, ".npz") || contains(h, n, ".npy"))
            return SG_FORMAT_NPZ;
        return SG_FORMAT_ZIP;
    }
    if (n >= 10 && file_size >= 10) {
        uint64_t hl = 0;
        for (int i = 7; i >= 0; i--)
            hl = hl << 8 | h[i];
        if (hl >= 2 && hl <= SG_SAFETENSORS_MAX_HEADER && hl <= file_size - 8 && h[8] == '{' &&
            (h[9] == '"' || h[9] == '}' || h[9] == ' ' || h[9] == '\n'))
            return SG_FORMAT_SAFETENSORS;
    }
    if (n >= 2 && h[0] == 0x80 && h[1] >= 2 && h[1] <= 5)
        return SG_FORMAT_PICKLE;
    bool pickle_name = has_ext(base, ".pkl") || has_ext(base, ".pickle") ||
                       has_ext(base, ".pt") || has_ext(base, ".pth") ||
                       has_ext(base, ".ckpt") || has_ext(base, ".joblib");
    if (pickle_name && n >= 1 && (h[0] == 0x80 || h[0] == '(' || h[0] == ']' || h[0] == '}' ||
                                  h[0] == 'c'))
        return SG_FORMAT_PICKLE;
    if (strcmp(base, "saved_model.pb") == 0 || strcmp(base, "saved_model.pbtxt") == 0)
        return SG_FORMAT_SAVEDMODEL;
    /* ONNX has no magic: a ModelProto normally opens with ir_version (field 1,
     * varint) and names its opset domain or producer early on. */
    if (n >= 2 && h[0] == 0x08 && h[1] >= 1 && h[1] <= 32 &&
        (has_ext(base, ".onnx") || contains(h, n, "onnx") || contains(h, n, "pytorch")))
        return SG_FORMAT_ONNX;
    return SG_FORMAT_UNKNOWN;
}
