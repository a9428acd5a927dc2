/* bench_scan.c - in-process throughput of the scanner on files given on the
 * command line (bench/scan.sh generates them): best of N runs of
 * sg_scan_buffer over the bytes in memory, against SHA-256 of the same bytes
 * measured in the same run as the baseline, plus peak memory. Times are
 * thread CPU time, so figures are per core even on a busy machine.
 *   bench_scan [-n RUNS] FILE... */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "saiguard/encode.h"
#include "saiguard/scan.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* per-core figures on a shared machine */
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    int runs = 5, i = 1;
    if (argc > 2 && strcmp(argv[1], "-n") == 0) {
        runs = atoi(argv[2]);
        i = 3;
    }
    if (i >= argc) {
        fprintf(stderr, "usage: bench_scan [-n RUNS] FILE...\n");
        return 2;
    }
    printf("%-34s %10s %12s %12s %8s %10s %s\n", "file", "MB", "scan MB/s", "sha256 MB/s",
           "ratio", "findings", "max");
    for (; i < argc; i++) {
        int fd = open(argv[i], O_RDONLY);
        struct stat st;
        if (fd < 0 || fstat(fd, &st) != 0 || st.st_size == 0) {
            perror(argv[i]);
            return 2;
        }
        size_t len = (size_t)st.st_size;
        uint8_t *data = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        close(fd);
        if (data == MAP_FAILED)
            return 2;
        double best = 1e9, best_sha = 1e9;
        size_t findings = 0;
        enum sg_scan_severity max = SG_SCAN_INFO;
        for (int r = 0; r < runs; r++) {
            struct sg_scan_report rep;
            struct sg_error err;
            sg_scan_report_init(&rep);
            double t0 = now();
            if (sg_scan_buffer(data, len, argv[i], NULL, &rep, &err) != SG_OK)
                return 3;
            double t = now() - t0;
            if (t < best)
                best = t;
            findings = sg_scan_report_count(&rep, SG_SCAN_LOW);
            max = sg_scan_report_max(&rep);
            sg_scan_report_release(&rep);
            uint8_t md[SG_SHA256_LEN];
            t0 = now();
            if (sg_sha256(data, len, md) != SG_OK)
                return 3;
            t = now() - t0;
            if (t < best_sha)
                best_sha = t;
        }
        double mb = (double)len / 1e6;
        const char *name = strrchr(argv[i], '/') ? strrchr(argv[i], '/') + 1 : argv[i];
        printf("%-34s %10.1f %12.0f %12.0f %8.2f %10zu %s\n", name, mb, mb / best, mb / best_sha,
               (mb / best) / (mb / best_sha), findings, sg_scan_severity_name(max));
        munmap(data, len);
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS %.1f MB (includes the mapped inputs)\n", (double)ru.ru_maxrss / 1024.0);
    return 0;
}
