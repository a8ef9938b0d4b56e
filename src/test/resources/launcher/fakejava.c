/*
 * A stand-in for java.exe in WindowsLauncherTest, built with MinGW and run under Wine: it writes the
 * arguments it received (as a Windows program parses its command line) to FAKE_JAVA_LOG, one line a
 * run, each argument between [ ]; makes the class list named by -XX:DumpLoadedClassList= and, with
 * -Xshare:dump, the archive named by -XX:SharedArchiveFile=, as the JVM would; and exits with
 * FAKE_JAVA_EXIT (default 0).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void touch(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    if (f) { fputs(text, f); fclose(f); }
}

int main(int argc, char **argv) {
    const char *log = getenv("FAKE_JAVA_LOG");
    FILE *f = log ? fopen(log, "a") : NULL;
    int dump = argc > 1 && strcmp(argv[1], "-Xshare:dump") == 0;
    for (int i = 1; i < argc; i++) {
        if (f) fprintf(f, "[%s]", argv[i]);
        if (strncmp(argv[i], "-XX:DumpLoadedClassList=", 24) == 0) touch(argv[i] + 24, "java/lang/Object\n");
        if (dump && strncmp(argv[i], "-XX:SharedArchiveFile=", 22) == 0) touch(argv[i] + 22, "archive\n");
    }
    if (f) { fputc('\n', f); fclose(f); }
    const char *code = getenv("FAKE_JAVA_EXIT");
    return code ? atoi(code) : 0;
}
