/* test_buf.c - capped buffers keep their invariants at and past the cap. */
#include "harness.h"

#include <stdlib.h>

static void test_append_and_terminate(void)
{
    sg_buf b;
    sg_buf_init(&b, 100);
    CHECK(b.data == NULL);
    CHECK_OK(sg_buf_append_str(&b, "abc"), NULL);
    CHECK_OK(sg_buf_printf(&b, "-%d", 42), NULL);
    CHECK_STR(b.data, "abc-42");
    CHECK_EQ_INT(b.len, 6);
    sg_buf_release(&b);
    CHECK(b.data == NULL && b.len == 0 && b.max == 100);
}

static void test_cap_is_hard_and_failure_leaves_buffer_intact(void)
{
    sg_buf b;
    sg_buf_init(&b, 8);
    CHECK_OK(sg_buf_append(&b, "12345678", 8), NULL);
    CHECK_EQ_INT(sg_buf_append_byte(&b, 'x'), SG_ERR_TOO_LARGE);
    CHECK_EQ_INT(sg_buf_printf(&b, "%s", "y"), SG_ERR_TOO_LARGE);
    CHECK_STR(b.data, "12345678");
    CHECK_EQ_INT(b.len, 8);
    sg_buf_release(&b);
}

static void test_huge_request_does_not_overflow(void)
{
    sg_buf b;
    sg_buf_init(&b, SIZE_MAX);
    CHECK_OK(sg_buf_append_str(&b, "x"), NULL);
    CHECK_EQ_INT(sg_buf_reserve(&b, SIZE_MAX), SG_ERR_TOO_LARGE);
    CHECK_EQ_INT(sg_buf_reserve(&b, SIZE_MAX - 1), SG_ERR_TOO_LARGE);
    sg_buf_release(&b);
}

static void test_detach_transfers_ownership(void)
{
    sg_buf b;
    sg_buf_init(&b, 64);
    size_t len = 99;
    char *empty = sg_buf_detach(&b, &len);
    CHECK(empty && empty[0] == '\0' && len == 0);
    free(empty);
    CHECK_OK(sg_buf_append_str(&b, "kept"), NULL);
    char *s = sg_buf_detach(&b, &len);
    CHECK_STR(s, "kept");
    CHECK_EQ_INT(len, 4);
    CHECK(b.data == NULL && b.len == 0);
    free(s);
}

static void test_read_file_respects_cap(void)
{
    const char *dir = sg_test_tmpdir();
    CHECK(sg_test_write_file(dir, "f", "0123456789", 10));
    char path[4200];
    snprintf(path, sizeof path, "%s/f", dir);
    struct sg_error err = {0};
    sg_buf b;
    sg_buf_init(&b, 5);
    CHECK_EQ_INT(sg_buf_read_file(&b, path, &err), SG_ERR_TOO_LARGE);
    CHECK(strstr(err.reason, "limit") != NULL);
    sg_buf_release(&b);
    sg_buf_init(&b, 10);
    CHECK_OK(sg_buf_read_file(&b, path, &err), &err);
    CHECK_STR(b.data, "0123456789");
    sg_buf_release(&b);
    CHECK_EQ_INT(sg_buf_read_file(&b, "/nonexistent/x", &err), SG_ERR_NOT_FOUND);
    CHECK_STR(err.subject, "/nonexistent/x");
}

static void test_array_grow_doubles_and_fails_cleanly(void)
{
    size_t cap = 0;
    int *items = sg_array_grow(NULL, &cap, 1, sizeof *items, 4);
    CHECK(items != NULL && cap == 4);
    for (int i = 0; i < 4; i++)
        items[i] = i;
    CHECK(sg_array_grow(items, &cap, 4, sizeof *items, 4) == items && cap == 4);
    int *grown = sg_array_grow(items, &cap, 5, sizeof *items, 4);
    CHECK(grown != NULL && cap == 8 && grown[3] == 3);
    items = grown;
    grown = sg_array_grow(items, &cap, 1000, sizeof *items, 4);
    CHECK(grown != NULL && cap == 1024);
    items = grown ? grown : items;
    /* need * elem_size past SIZE_MAX: NULL, the array still the caller's, cap untouched */
    CHECK(sg_array_grow(items, &cap, SIZE_MAX / 2 + 2, sizeof *items, 4) == NULL && cap == 1024);
    free(items);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_append_and_terminate),
        SG_TEST(test_cap_is_hard_and_failure_leaves_buffer_intact),
        SG_TEST(test_huge_request_does_not_overflow),
        SG_TEST(test_detach_transfers_ownership),
        SG_TEST(test_read_file_respects_cap),
        SG_TEST(test_array_grow_doubles_and_fails_cleanly),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
