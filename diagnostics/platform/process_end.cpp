#include "platform/process_end.h"
#include <cstdio>
#ifdef _WIN32
#include <windows.h>
#endif

namespace wd {

int endProcess(int code)
{
    std::fflush(nullptr);
#ifdef _WIN32
    TerminateProcess(GetCurrentProcess(), UINT(code));
#endif
    return code;
}

} // namespace wd
