/* formats.h - bounded readers for the model file formats saiguard looks
 * inside: the protobuf wire format (ONNX, TensorFlow), safetensors, GGUF,
 * ONNX and the Parquet footer. Shared by the inventory (metadata) and the
 * scanner (security checks).
 *
 * Every reader treats its input as hostile: each length, count and offset is
 * checked against the bytes that really exist before it is used, every
 * allocation is capped, recursion is depth-limited, and only the header
 * region of a file is read (cost does not grow with tensor payload size).
 * Readers do not stop at the first inconsistency: what they could read is
 * returned together with a list of problems (code, message, byte offset).
 *
 * Thread safety: no global state; distinct objects may be used from distinct
 * threads. Ownership: every *_release frees what the matching parse filled. */
#ifndef SAIGUARD_FORMATS_H
#define SAIGUARD_FORMATS_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- byte sources --------------------------------------------------------- */

/* Random-access bytes: a memory block, or a file read through a small window
 * (pread), so that parsers can skip multi-GB payloads without reading them.
 * budget caps the total bytes a parse may pull from the file. */
typedef struct sg_fmt_src {
    const uint8_t *mem; /* memory source, or NULL for a file */
    int fd;             /* file source (owned when opened by sg_fmt_src_open) */
    uint64_t size;      /* bytes available */
    uint8_t *win;       /* file window */
    uint64_t win_off;
    size_t win_len;
    size_t win_next;    /* size of the next fill: grows from 4 KiB as reads go on */
    size_t win_max;     /* largest fill (0 = 1 MiB); readers that jump between small
                           structures spread over a file (FlatBuffers) keep it small */
    uint64_t fetched;   /* bytes read from the file so far */
    uint64_t budget;    /* most bytes that may be read from the file (0 = 256 MiB) */
    const char *name;   /* for messages (borrowed) */
} sg_fmt_src;

/* Default budget of bytes read from one file: metadata, never payloads. */
#define SG_FMT_DEFAULT_BUDGET ((uint64_t)256 << 20)

/* A source over len bytes at data (borrowed; must outlive the source). */
void sg_fmt_src_mem(sg_fmt_src *src, const void *data, size_t len, const char *name);
/* Opens path read-only (no symlink following) as a source. Not a regular
 * file: SG_ERR_INVALID_ARG. name is borrowed. */
SG_MUST_USE sg_err sg_fmt_src_open(sg_fmt_src *src, const char *path, struct sg_error *err);
/* Closes the file and frees the window. Safe on a memory or zeroed source. */
void sg_fmt_src_close(sg_fmt_src *src);
/* Copies n bytes at off into dst. SG_ERR_PARSE ("truncated") past the end,
 * SG_ERR_LIMIT past the budget, SG_ERR_IO on a read error. */
SG_MUST_USE sg_err sg_fmt_src_read(sg_fmt_src *src, uint64_t off, void *dst, size_t n,
                                   struct sg_error *err);

/* ---- problems --------------------------------------------------------------- */

struct sg_fmt_problem {
    const char *code;  /* stable kebab-case id ("overlapping-tensors"); static */
    char message[192]; /* human sentence */
    uint64_t offset;   /* byte offset in the file the problem concerns */
};

/* At most this many problems are kept; the rest are only counted. */
#define SG_FMT_MAX_PROBLEMS 64

struct sg_fmt_problems {
    struct sg_fmt_problem items[SG_FMT_MAX_PROBLEMS];
    size_t count;   /* kept (<= SG_FMT_MAX_PROBLEMS) */
    size_t dropped; /* found beyond the cap */
};

void sg_fmt_problem_add(struct sg_fmt_problems *p, const char *code, uint64_t offset,
                        const char *fmt, ...) SG_PRINTF(4, 5);
/* The problems as a JSON array of {code, message, offset}; NULL on ENOMEM. */
json_t *sg_fmt_problems_json(const struct sg_fmt_problems *p);

/* ---- protobuf wire format ----------------------------------------------------- */
/* A reader of the protobuf encoding, without .proto schemas: ONNX and
 * TensorFlow files are read for a handful of fields, and iterating tags is
 * all that needs (see src/formats/protobuf.c for why this is not protobuf-c). */

enum sg_pb_wire { SG_PB_VARINT = 0, SG_PB_I64 = 1, SG_PB_LEN = 2, SG_PB_I32 = 5 };

/* Nested messages deeper than this are refused (hostile nesting). */
#define SG_PB_MAX_DEPTH 32

struct sg_pb_reader {
    sg_fmt_src *src;
    uint64_t pos, end; /* the message occupies [pos, end) of src */
    int depth;
};

struct sg_pb_field {
    uint32_t number;      /* 0 at the end of the message */
    enum sg_pb_wire wire;
    uint64_t value;       /* VARINT / I64 / I32 value; byte length for LEN */
    uint64_t offset;      /* offset of the payload in src (LEN: first byte) */
};

/* A reader over len bytes at off of src (a top-level message). */
void sg_pb_begin(struct sg_pb_reader *r, sg_fmt_src *src, uint64_t off, uint64_t len);
/* Next field. At the end of the message f->number is 0 and SG_OK returned.
 * Malformed tags, varints, unknown wire types (groups included) and lengths
 * that leave the message fail with SG_ERR_PARSE and the offset in err. */
SG_MUST_USE sg_err sg_pb_next(struct sg_pb_reader *r, struct sg_pb_field *f, struct sg_error *err);
/* A reader over the LEN field f (a nested message). SG_ERR_LIMIT past
 * SG_PB_MAX_DEPTH; SG_ERR_PARSE if f is not LEN. */
SG_MUST_USE sg_err sg_pb_enter(const struct sg_pb_reader *r, const struct sg_pb_field *f,
                               struct sg_pb_reader *child, struct sg_error *err);
/* The LEN field f as a NUL-terminated string (malloc'd, caller frees) of at
 * most max bytes (SG_ERR_LIMIT beyond). Bytes are copied as they are: check
 * UTF-8 yourself where it matters. */
SG_MUST_USE sg_err sg_pb_string(const struct sg_pb_reader *r, const struct sg_pb_field *f,
                                size_t max, char **out, struct sg_error *err);
/* Decodes one varint from [*p, end): advances *p. SG_ERR_PARSE when
 * truncated or longer than 10 bytes / 64 bits. */
SG_MUST_USE sg_err sg_pb_varint(const uint8_t **p, const uint8_t *end, uint64_t *out);

/* ---- safetensors ---------------------------------------------------------- */

/* A header larger than this is refused (the reference loader caps at 100 MB). */
#define SG_SAFETENSORS_MAX_HEADER ((uint64_t)100 << 20)
#define SG_FMT_MAX_DIMS 8

struct sg_st_tensor {
    char *name;
    char dtype[16];
    int ndim;                          /* -1 when the shape was unusable */
    uint64_t shape[SG_FMT_MAX_DIMS];
    uint64_t begin, end;               /* data_offsets, relative to the data section */
};

struct sg_safetensors {
    uint64_t file_size;
    uint64_t header_len;          /* the 8-byte little-endian prefix */
    uint64_t data_size;           /* file_size - 8 - header_len */
    struct sg_st_tensor *tensors; /* in header order */
    size_t tensor_count;
    uint64_t parameter_count;     /* sum of element counts of well-formed tensors */
    char dtypes[16][16];          /* distinct dtypes, first seen first */
    size_t dtype_count;
    json_t *metadata;             /* the __metadata__ object, or NULL */
    bool header_ok;               /* the JSON header was read and parsed */
    struct sg_fmt_problems problems;
};

/* Reads the header of a safetensors file from src (only 8 + header_len
 * bytes). Returns SG_OK whenever a result was produced: structural problems
 * (bad header length, invalid JSON, inconsistent tensors, gaps, overlaps)
 * are in st->problems, header_ok says whether tensors could be listed.
 * Errors are I/O and memory only. st is zeroed first; release it always. */
SG_MUST_USE sg_err sg_safetensors_read(sg_fmt_src *src, struct sg_safetensors *st,
                                       struct sg_error *err);
void sg_safetensors_release(struct sg_safetensors *st);
/* Bytes per element times 8 of a safetensors dtype ("F16" -> 16), 0 if unknown. */
unsigned sg_safetensors_dtype_bits(const char *dtype);

/* ---- GGUF ------------------------------------------------------------------- */

#define SG_GGUF_MAX_KV 65536          /* metadata entries */
#define SG_GGUF_MAX_TENSORS 1000000
#define SG_GGUF_MAX_STRING ((uint64_t)16 << 20)
#define SG_GGUF_MAX_ARRAY ((uint64_t)1 << 24) /* elements in one array */
#define SG_GGUF_KEEP_ARRAY 64                 /* arrays longer than this are summarised */

enum sg_gguf_type {
    SG_GGUF_UINT8 = 0, SG_GGUF_INT8, SG_GGUF_UINT16, SG_GGUF_INT16, SG_GGUF_UINT32,
    SG_GGUF_INT32, SG_GGUF_FLOAT32, SG_GGUF_BOOL, SG_GGUF_STRING, SG_GGUF_ARRAY,
    SG_GGUF_UINT64, SG_GGUF_INT64, SG_GGUF_FLOAT64,
};

struct sg_gguf_tensor {
    char *name;
    uint32_t n_dims;
    uint64_t dims[SG_FMT_MAX_DIMS];
    uint32_t type;   /* ggml type */
    uint64_t offset; /* relative to the data section */
};

struct sg_gguf_template {
    char *name; /* "default" for tokenizer.chat_template, else the suffix of tokenizer.chat_template.<name> */
    char *text;
};

struct sg_gguf {
    uint32_t version;
    uint64_t file_size;
    uint64_t tensor_count, kv_count; /* as declared */
    uint32_t alignment;
    uint64_t data_offset;            /* start of the tensor data section */
    /* Metadata: key -> value. Arrays of more than SG_GGUF_KEEP_ARRAY elements
     * are summarised as {"gguf_array": "<elem type>", "count": N}. */
    json_t *metadata;
    struct sg_gguf_tensor *tensors;
    size_t tensors_read;
    uint64_t parameter_count;        /* from tensor dims */
    /* Borrowed from metadata (NULL when absent or not a string): */
    const char *architecture, *name, *license;
    int64_t file_type;               /* general.file_type, -1 when absent */
    const char *file_type_name;      /* "Q4_K_M"...; static; NULL when unknown */
    int64_t context_length;          /* <arch>.context_length, -1 when absent */
    json_t *base_models;             /* array of {name, organization, repo_url} (owned) */
    struct sg_gguf_template *templates;
    size_t template_count;
    bool header_ok;                  /* header, metadata and tensor infos all read */
    struct sg_fmt_problems problems;
};

/* Reads the GGUF header region from src. As for safetensors, SG_OK means a
 * result was produced (problems inside); errors are I/O, budget and memory. */
SG_MUST_USE sg_err sg_gguf_read(sg_fmt_src *src, struct sg_gguf *g, struct sg_error *err);
void sg_gguf_release(struct sg_gguf *g);
/* Name of a ggml tensor type ("Q4_K"), or NULL. */
const char *sg_gguf_ggml_type_name(uint32_t type);

/* ---- ONNX ------------------------------------------------------------------- */

struct sg_onnx_value {
    char *name;
    int32_t elem_type;                /* TensorProto.DataType, 0 = unknown */
    int ndim;                         /* -1 = no shape */
    int64_t dims[SG_FMT_MAX_DIMS];    /* -1 for a symbolic dimension */
};

struct sg_onnx_opset {
    char *domain; /* "" = ai.onnx */
    int64_t version;
};

struct sg_onnx_op {
    char *op_type;
    char *domain;
    uint64_t count;
};

struct sg_onnx_external {
    char *tensor;
    char *location;
    int64_t offset, length; /* -1 when absent */
};

#define SG_ONNX_MAX_LIST 4096 /* values, ops, opsets, external entries kept */

struct sg_onnx {
    int64_t ir_version, model_version;
    char *producer_name, *producer_version, *domain, *graph_name;
    struct sg_onnx_opset *opsets;
    size_t opset_count;
    struct sg_onnx_value *inputs, *outputs;
    size_t input_count, output_count;
    struct sg_onnx_op *ops; /* distinct (op_type, domain) of the main graph */
    size_t op_count;
    uint64_t node_count, initializer_count;
    struct sg_onnx_external *external; /* initializers stored outside the file */
    size_t external_count;
    json_t *metadata_props; /* object, or NULL */
    bool header_ok;         /* the ModelProto was walked to its end */
    struct sg_fmt_problems problems;
};

/* Walks the ModelProto in src, skipping tensor payloads without reading
 * them. External data locations that are absolute or escape the model's
 * directory are reported as problems "external-data-absolute" and
 * "external-data-escapes". SG_OK means a result was produced. */
SG_MUST_USE sg_err sg_onnx_read(sg_fmt_src *src, struct sg_onnx *m, struct sg_error *err);
void sg_onnx_release(struct sg_onnx *m);

/* ---- Parquet ------------------------------------------------------------------ */

/* A footer larger than this is refused. */
#define SG_PARQUET_MAX_FOOTER ((uint64_t)64 << 20)

struct sg_parquet {
    int64_t num_rows;    /* -1 when unknown */
    int64_t columns;     /* leaf and group schema elements below the root; -1 unknown */
    int64_t row_groups;  /* -1 when unknown */
    char *created_by;    /* or NULL */
    bool footer_ok;      /* FileMetaData read to its end */
    struct sg_fmt_problems problems;
};

/* Reads the FileMetaData footer (Thrift compact protocol) at the end of a
 * Parquet file: row count, schema size, row groups, writer. Only the footer
 * is read. SG_OK means a result was produced (problems inside). */
SG_MUST_USE sg_err sg_parquet_read(sg_fmt_src *src, struct sg_parquet *pq, struct sg_error *err);
void sg_parquet_release(struct sg_parquet *pq);

/* ---- HDF5 root-group attributes (Keras .h5) ------------------------------------------ */

/* The string attribute `name` of an HDF5 file's root group, read without
 * an HDF5 library: the attribute message is looked for in head (the
 * file's first head_len bytes, as read for identification) and its value
 * decoded when it is a fixed-length string or a variable-length string in
 * a global heap collection (how h5py stores Python str). *out is malloc'd,
 * at most max bytes, made JSON-safe; NULL when not found there. Errors:
 * I/O and memory only. */
SG_MUST_USE sg_err sg_h5_string_attr(sg_fmt_src *src, const uint8_t *head, size_t head_len,
                                     const char *name, size_t max, char **out,
                                     struct sg_error *err);

/* ---- TensorFlow SavedModel --------------------------------------------------------- */

#define SG_SAVEDMODEL_MAX_LIST 16 /* tags and signature names kept */

struct sg_savedmodel {
    int64_t schema_version;  /* saved_model_schema_version; -1 when absent */
    int64_t meta_graphs;     /* MetaGraphDefs in the file */
    /* of the first MetaGraphDef: */
    char *tensorflow_version;     /* or NULL */
    char *tensorflow_git_version; /* or NULL */
    char *tags[SG_SAVEDMODEL_MAX_LIST];       /* "serve", "train", ... */
    size_t tag_count;
    char *signatures[SG_SAVEDMODEL_MAX_LIST]; /* signature_def keys */
    size_t signature_count;
    int64_t node_count;      /* GraphDef nodes; -1 when there is no graph or it
                                could not be read to its end */
    int64_t function_count;  /* functions in the graph's library; -1 likewise */
    bool header_ok;          /* the message was read to its end */
    struct sg_fmt_problems problems;
};

/* Reads a saved_model.pb (SavedModel protobuf, tensorflow/core/protobuf/
 * saved_model.proto and meta_graph.proto) for its versions, tags,
 * signatures and graph size. Nodes and functions are counted by skipping
 * them; constant tensors inside the graph are never read. SG_OK whenever a
 * result was produced (problems inside); errors are I/O and memory only. */
SG_MUST_USE sg_err sg_savedmodel_read(sg_fmt_src *src, struct sg_savedmodel *m,
                                      struct sg_error *err);
void sg_savedmodel_release(struct sg_savedmodel *m);

/* ---- TensorFlow Lite ------------------------------------------------------------ */

/* Tensors (summed over subgraphs) past this are not visited: the counts
 * stay, the parameter count is marked incomplete by a problem. */
#define SG_TFLITE_MAX_TENSORS 1000000
#define SG_TFLITE_MAX_SUBGRAPHS 4096
#define SG_TFLITE_MAX_SIGNATURES 16

struct sg_tflite {
    int64_t schema_version;      /* Model.version; -1 when unknown */
    char *description;           /* "MLIR Converted." and the like, or NULL */
    char *min_runtime_version;   /* the "min_runtime_version" metadata, or NULL */
    int64_t subgraphs;           /* -1 when unknown */
    int64_t tensors, operators;  /* summed over subgraphs */
    int64_t inputs, outputs;     /* of the main (first) subgraph; -1 when unknown */
    int64_t operator_codes;      /* distinct operators the model uses */
    uint64_t parameter_count;    /* elements of tensors backed by a non-empty buffer */
    char *signatures[SG_TFLITE_MAX_SIGNATURES]; /* signature keys */
    size_t signature_count;
    bool model_ok;               /* the Model table was read without a bad offset */
    struct sg_fmt_problems problems;
};

/* Reads the FlatBuffer tables of a .tflite model (root Model, file
 * identifier "TFL3"): counts, versions and the parameter count, without
 * reading tensor data (only the buffers' lengths). SG_OK whenever a result
 * was produced; errors are I/O and memory only. Release always. */
SG_MUST_USE sg_err sg_tflite_read(sg_fmt_src *src, struct sg_tflite *t, struct sg_error *err);
void sg_tflite_release(struct sg_tflite *t);

/* ---- Arrow IPC file / Feather ---------------------------------------------------- */

/* Record batches past this are not visited (rows then stay unknown). */
#define SG_ARROW_MAX_BATCHES 1000000

struct sg_arrow {
    int version;            /* 1 for Feather v1, 2 for the Arrow IPC file (Feather v2) */
    int64_t rows;           /* sum of the record batches' lengths; -1 when unknown */
    int64_t columns;        /* top-level fields of the schema; -1 when unknown */
    int64_t record_batches; /* -1 when unknown */
    bool footer_ok;
    struct sg_fmt_problems problems;
};

/* Reads the footer of an Arrow IPC file ("ARROW1" ... footer, length,
 * "ARROW1") and the header of each record batch it lists, or the metadata
 * of a Feather v1 file ("FEA1"). Data buffers are never read. SG_OK
 * whenever a result was produced; errors are I/O only. */
SG_MUST_USE sg_err sg_arrow_read(sg_fmt_src *src, struct sg_arrow *a, struct sg_error *err);

/* ---- identification ----------------------------------------------------------- */

enum sg_format {
    SG_FORMAT_UNKNOWN = 0,
    SG_FORMAT_SAFETENSORS,
    SG_FORMAT_GGUF,
    SG_FORMAT_ONNX,
    SG_FORMAT_PYTORCH_ZIP,  /* torch.save zip (…/data.pkl) */
    SG_FORMAT_PICKLE,
    SG_FORMAT_KERAS,        /* Keras v3 .keras zip */
    SG_FORMAT_HDF5,         /* also Keras .h5 */
    SG_FORMAT_SAVEDMODEL,   /* saved_model.pb */
    SG_FORMAT_TFLITE,
    SG_FORMAT_NUMPY,        /* .npy */
    SG_FORMAT_NPZ,
    SG_FORMAT_PARQUET,
    SG_FORMAT_ARROW,        /* Arrow IPC file / Feather v2 */
    SG_FORMAT_FEATHER_V1,
    SG_FORMAT_ZIP,          /* some other zip */
};

/* Identifies a file by its first bytes (head, usually 64 KiB or the whole
 * file), its name (for conventions such as saved_model.pb and .pt) and size.
 * Never reads anything else. */
enum sg_format sg_format_sniff(const void *head, size_t head_len, uint64_t file_size,
                               const char *name);
/* "safetensors", "gguf", "onnx", ... never NULL. */
const char *sg_format_name(enum sg_format f);

#ifdef __cplusplus
}
#endif
#endif
