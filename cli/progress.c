/* progress.c - the progress bar on stderr. Library code reports progress from
 * worker threads, so drawing is serialised and throttled (10 redraws a second
 * at most); nothing is drawn for work that finishes within a second. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli.h"

static pthread_mutex_t bar_lock = PTHREAD_MUTEX_INITIALIZER;
static double started_at, last_draw;
static char current_label[64];
static bool drawn;

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void human_bytes(double v, char *out, size_t size)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        u++;
    }
    snprintf(out, size, u ? "%.1f %s" : "%.0f %s", v, units[u]);
}

void cli_progress(void *user, const char *label, uint64_t done, uint64_t total)
{
    (void)user;
    pthread_mutex_lock(&bar_lock);
    double now = now_seconds();
    if (strncmp(current_label, label, sizeof current_label - 1) != 0 || started_at == 0) {
        snprintf(current_label, sizeof current_label, "%s", label);
        started_at = now;
        last_draw = 0;
    }
    bool finished = total && done >= total;
    if (finished) {
        if (drawn)
            fputs("\r\033[K", stderr);
        drawn = false;
        started_at = 0;
        current_label[0] = '\0';
    } else if (now - started_at >= 1.0 && now - last_draw >= 0.1) {
        last_draw = now;
        drawn = true;
        char done_s[32], total_s[32];
        human_bytes((double)done, done_s, sizeof done_s);
        double rate = (double)done / (now - started_at);
        char rate_s[32];
        human_bytes(rate, rate_s, sizeof rate_s);
        if (total) {
            int width = 30;
            int filled = (int)((double)done / (double)total * width);
            char bar[64];
            memset(bar, '#', (size_t)filled);
            memset(bar + filled, '-', (size_t)(width - filled));
            bar[width] = '\0';
            human_bytes((double)total, total_s, sizeof total_s);
            fprintf(stderr, "\r\033[K%s [%s] %3d%% %s / %s  %s/s", label, bar,
                    (int)(100.0 * (double)done / (double)total), done_s, total_s, rate_s);
        } else {
            fprintf(stderr, "\r\033[K%s %s  %s/s", label, done_s, rate_s);
        }
        fflush(stderr);
    }
    pthread_mutex_unlock(&bar_lock);
}
