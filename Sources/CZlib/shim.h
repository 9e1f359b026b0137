// zlib from the system (Debian: zlib1g-dev, which libgit2-dev depends on).
#include <zlib.h>
