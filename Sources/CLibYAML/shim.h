// libyaml from the system (Debian: libyaml-dev), used at the event level.
#include <yaml.h>
