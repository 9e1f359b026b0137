/*
 * parse-only: the parse-only floor for YAML plan files.
 *
 * Reads each file fully into memory, then runs libyaml's event parser over
 * it (yaml_parser_parse in a loop, no tree, no typing) and counts the
 * events. This is the least work any tool built on libyaml can do to read a
 * plan; itaplan reads plans from the same event stream.
 *
 *   cc -O2 -o parse-only bench/parse-only.c $(pkg-config --cflags --libs yaml-0.1)
 *   parse-only FILE|DIR|@LIST ...
 *
 * A DIR is read non-recursively for *.yaml and *.yml files; @LIST is a file
 * of paths, one per line. Prints "<files> files, <bytes> bytes, <events>
 * events" on stdout; exits 1 if a file could not be read or parsed.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

static unsigned long long total_files, total_bytes, total_events;
static int failures;

static unsigned char *buffer;
static size_t buffer_size;

static void parse_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "parse-only: %s: %s\n", path, strerror(errno));
        failures++;
        return;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        fprintf(stderr, "parse-only: %s: not a regular file\n", path);
        fclose(f);
        failures++;
        return;
    }
    size_t size = (size_t)st.st_size;
    if (size + 1 > buffer_size) {
        buffer_size = size + 1;
        buffer = realloc(buffer, buffer_size);
        if (!buffer) {
            perror("parse-only");
            exit(2);
        }
    }
    size_t got = fread(buffer, 1, size, f);
    fclose(f);
    if (got != size) {
        fprintf(stderr, "parse-only: %s: short read\n", path);
        failures++;
        return;
    }

    yaml_parser_t parser;
    yaml_event_t event;
    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "parse-only: cannot initialise libyaml\n");
        exit(2);
    }
    yaml_parser_set_input_string(&parser, buffer, size);
    unsigned long long events = 0;
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "parse-only: %s:%zu:%zu: %s\n", path, parser.problem_mark.line + 1,
                    parser.problem_mark.column + 1, parser.problem ? parser.problem : "parse error");
            failures++;
            break;
        }
        int done = event.type == YAML_STREAM_END_EVENT;
        events++;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    total_files++;
    total_bytes += size;
    total_events += events;
}

static int is_yaml(const char *name) {
    size_t n = strlen(name);
    return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) || (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static int compare(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void parse_directory(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "parse-only: %s: %s\n", dir, strerror(errno));
        failures++;
        return;
    }
    size_t count = 0, capacity = 1024;
    char **names = malloc(capacity * sizeof *names);
    struct dirent *entry;
    while ((entry = readdir(d))) {
        if (entry->d_name[0] == '.' || !is_yaml(entry->d_name)) continue;
        if (count == capacity) names = realloc(names, (capacity *= 2) * sizeof *names);
        if (asprintf(&names[count], "%s/%s", dir, entry->d_name) < 0) exit(2);
        count++;
    }
    closedir(d);
    qsort(names, count, sizeof *names, compare);
    for (size_t i = 0; i < count; i++) {
        parse_file(names[i]);
        free(names[i]);
    }
    free(names);
}

static void parse_list(const char *list) {
    FILE *f = fopen(list, "r");
    if (!f) {
        fprintf(stderr, "parse-only: %s: %s\n", list, strerror(errno));
        failures++;
        return;
    }
    char *line = NULL;
    size_t capacity = 0;
    ssize_t n;
    while ((n = getline(&line, &capacity, f)) > 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
        if (n > 0) parse_file(line);
    }
    free(line);
    fclose(f);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: parse-only FILE|DIR|@LIST ...\n");
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (argv[i][0] == '@') parse_list(argv[i] + 1);
        else if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) parse_directory(argv[i]);
        else parse_file(argv[i]);
    }
    free(buffer);
    printf("%llu files, %llu bytes, %llu events\n", total_files, total_bytes, total_events);
    return failures ? 1 : 0;
}
