// libgit2 from the system (Debian: libgit2-dev, 1.5.x).
#include <git2.h>
