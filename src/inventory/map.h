/* map.h - string-keyed hash table (internal to the inventory). Keys are
 * copied; values are the caller's (optionally freed on release). */
#ifndef SG_INVENTORY_MAP_H
#define SG_INVENTORY_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct sg__map_slot {
    char *key;
    void *value;
    uint64_t hash; /* compared before the key: most probes end there */
};

struct sg__map {
    struct sg__map_slot *slots;
    size_t cap, count;
};

/* NULL when absent. */
void *sg__map_get(const struct sg__map *m, const char *key);
/* Inserts or replaces; false on allocation failure. */
bool sg__map_put(struct sg__map *m, const char *key, void *value);
void sg__map_release(struct sg__map *m, void (*free_value)(void *));

#endif
