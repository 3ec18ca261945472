/* article_bench: article_clean throughput on a set of pages, one core.
**
**   article_bench MIN_MB FILE...
**
** Reads the files (each one page, HTML or text), then cleans them in a loop
** until at least MIN_MB megabytes went through, and prints MB/s (per CPU
** second of this process, so other load on the machine does not count)
** and the peak resident set size. Built and run by tests/bench/article.sh. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "newsext.h"

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: article_bench MIN_MB FILE...\n"); return 2; }
    double min_bytes = atof(argv[1]) * 1e6;
    int n = argc - 2;
    char **pages = calloc((size_t)n, sizeof *pages);
    size_t *lens = calloc((size_t)n, sizeof *lens), total = 0;
    for (int i = 0; i < n; i++) {
        FILE *f = fopen(argv[i + 2], "rb");
        if (!f) { perror(argv[i + 2]); return 1; }
        fseek(f, 0, SEEK_END);
        long size = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *raw = malloc((size_t)size + 1);
        size_t got = fread(raw, 1, (size_t)size, f);
        fclose(f);
        /* decode as the SQL layer would see it */
        if (newsext_decode(raw, got, &pages[i], &lens[i], NULL) != NEWSEXT_OK) return 1;
        free(raw);
        total += lens[i];
    }
    newsext_init();
    struct timespec t0, t1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    double done = 0;
    while (done < min_bytes) {
        for (int i = 0; i < n; i++) {
            char *out;
            size_t out_len;
            if (newsext_article_clean(pages[i], lens[i], &out, &out_len) != NEWSEXT_OK) return 1;
            newsext_free(out);
        }
        done += (double)total;
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    double seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("%.1f MB in %.2f s: %.1f MB/s, peak RSS %.1f MB (inputs %.1f MB)\n", done / 1e6, seconds,
           done / 1e6 / seconds, (double)ru.ru_maxrss / 1024.0, (double)total / 1e6);
    for (int i = 0; i < n; i++) newsext_free(pages[i]);
    free(pages);
    free(lens);
    return 0;
}
