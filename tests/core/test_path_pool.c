/* test_path_pool.c - safe relative paths, matching, and the thread pool. */
#include "harness.h"

#include <stdatomic.h>

static void test_safe_relative(void)
{
    CHECK(sg_path_is_safe_relative("a/b.bin"));
    CHECK(sg_path_is_safe_relative("a:b/c"));
    CHECK(!sg_path_is_safe_relative(""));
    CHECK(!sg_path_is_safe_relative("/etc/passwd"));
    CHECK(!sg_path_is_safe_relative("../x"));
    CHECK(!sg_path_is_safe_relative("a/../x"));
    CHECK(!sg_path_is_safe_relative("a//b"));
    CHECK(!sg_path_is_safe_relative("a/./b"));
    CHECK(!sg_path_is_safe_relative("a/"));
    CHECK(!sg_path_is_safe_relative("a\\b"));
    CHECK(!sg_path_is_safe_relative("."));
}

static void test_match(void)
{
    CHECK(sg_path_match(".git", ".git"));
    CHECK(sg_path_match(".git", "sub/.git/config"));
    CHECK(sg_path_match("*.sig", "model.sig"));
    CHECK(!sg_path_match("*.sig", "model.sigx"));
    CHECK(sg_path_match("d0/*", "d0/f1"));
    CHECK(!sg_path_match("d0/*", "x/d0/f1"));
}

static void test_join(void)
{
    char out[16];
    CHECK_OK(sg_path_join(out, sizeof out, "a/", "b"), NULL);
    CHECK_STR(out, "a/b");
    CHECK_EQ_INT(sg_path_join(out, sizeof out, "a", "/b"), SG_ERR_UNSAFE_PATH);
    CHECK_EQ_INT(sg_path_join(out, 4, "abc", "def"), SG_ERR_TOO_LARGE);
}

static atomic_long total;
static void add_task(void *arg)
{
    atomic_fetch_add(&total, (long)(intptr_t)arg);
}

static void test_pool_runs_everything(void)
{
    sg_pool *pool = NULL;
    CHECK_OK(sg_pool_new(3, &pool), NULL);
    atomic_store(&total, 0);
    for (long i = 1; i <= 1000; i++)
        CHECK_OK(sg_pool_submit(pool, add_task, (void *)(intptr_t)i), NULL);
    sg_pool_wait(pool);
    CHECK_EQ_INT(atomic_load(&total), 500500);
    sg_pool_free(pool);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_safe_relative), SG_TEST(test_match), SG_TEST(test_join),
        SG_TEST(test_pool_runs_everything), {0},
    };
    return sg_test_main(argc, argv, tests);
}
