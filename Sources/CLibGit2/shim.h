// libgit2 from the system (Debian: libgit2-dev, 1.5.x).
#include <git2.h>
#include <git2/sys/odb_backend.h>
#include <git2/sys/mempack.h>

// git_libgit2_opts is variadic, which Swift cannot call: one wrapper per option used.
static inline int itaplan_git_verify_object_hashes(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

static inline int itaplan_git_enable_fsync(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, enabled);
}
