/* map.c - a string-keyed open-addressing hash table for the scan's
 * in-memory view of the registry (looked up by path for every asset the
 * walk meets; jansson objects would cost a json_t per entry). The file
 * cache of 100,000+ paths is a sorted array instead (filecache.c). */
#include "inventory/map.h"

#include <stdlib.h>
#include <string.h>

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 1099511628211ULL;
    return h;
}

void sg__map_release(struct sg__map *m, void (*free_value)(void *))
{
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key) {
            free(m->slots[i].key);
            if (free_value)
                free_value(m->slots[i].value);
        }
    free(m->slots);
    memset(m, 0, sizeof *m);
}

static bool grow(struct sg__map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 1024;
    struct sg__map_slot *s = calloc(cap, sizeof *s);
    if (!s)
        return false;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].key)
            continue;
        size_t j = m->slots[i].hash & (cap - 1);
        while (s[j].key)
            j = (j + 1) & (cap - 1);
        s[j] = m->slots[i];
    }
    free(m->slots);
    m->slots = s;
    m->cap = cap;
    return true;
}

void *sg__map_get(const struct sg__map *m, const char *key)
{
    if (!m->cap)
        return NULL;
    uint64_t h = hash(key);
    for (size_t j = h & (m->cap - 1); m->slots[j].key; j = (j + 1) & (m->cap - 1))
        if (m->slots[j].hash == h && strcmp(m->slots[j].key, key) == 0)
            return m->slots[j].value;
    return NULL;
}

bool sg__map_put(struct sg__map *m, const char *key, void *value)
{
    if ((m->count + 1) * 4 >= m->cap * 3 && !grow(m))
        return false;
    uint64_t h = hash(key);
    size_t j = h & (m->cap - 1);
    for (; m->slots[j].key; j = (j + 1) & (m->cap - 1))
        if (m->slots[j].hash == h && strcmp(m->slots[j].key, key) == 0) {
            m->slots[j].value = value;
            return true;
        }
    if (!(m->slots[j].key = strdup(key)))
        return false;
    m->slots[j].hash = h;
    m->slots[j].value = value;
    m->count++;
    return true;
}
