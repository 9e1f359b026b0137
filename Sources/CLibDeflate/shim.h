// libdeflate from the system (Debian: libdeflate-dev): zlib-format
// compression at 2 to 3 times zlib's speed, for pack files.
#include <libdeflate.h>
