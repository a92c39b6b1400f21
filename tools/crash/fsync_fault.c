/* fsync fault injection without root (TC-6.5): loaded into `diming serve` with LD_PRELOAD, it makes
 * fsync and fdatasync fail with EIO — the way a dying disk or a power cut during the flush looks to
 * SQLite — while the file named by $FSYNC_FAULT_TRIGGER exists, or from the call after the first
 * $FSYNC_FAULT_AFTER ones on. Without either variable every call goes to the C library unchanged.
 * Each failed call is counted in $FSYNC_FAULT_TRIGGER.count (when a trigger is named), so the test
 * can see that the fault was hit. Compiled by tools/crash/fsync_fault.sh:
 *   cc -shared -fPIC -O2 -o fsync_fault.so fsync_fault.c -ldl */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static atomic_long calls;

static void note_failure(const char *trigger) {
    char path[4096];
    if (!trigger || snprintf(path, sizeof path, "%s.count", trigger) >= (int)sizeof path) return;
    int fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd >= 0) { (void)!write(fd, "x", 1); close(fd); }
}

/* 1 when this call must fail. */
static int faulty(void) {
    long n = atomic_fetch_add(&calls, 1) + 1;
    const char *after = getenv("FSYNC_FAULT_AFTER");
    const char *trigger = getenv("FSYNC_FAULT_TRIGGER");
    int fail = (after && *after && n > atol(after)) || (trigger && *trigger && access(trigger, F_OK) == 0);
    if (fail) note_failure(trigger);
    return fail;
}

int fsync(int fd) {
    static int (*real)(int);
    if (faulty()) { errno = EIO; return -1; }
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    return real(fd);
}

int fdatasync(int fd) {
    static int (*real)(int);
    if (faulty()) { errno = EIO; return -1; }
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    return real(fd);
}
