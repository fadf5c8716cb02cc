// The LiveApis interface is platform-neutral (platform/live_apis.h); this header is kept next to
// the Windows implementation for code that looks for it here.
#pragma once
#include "platform/live_apis.h"
