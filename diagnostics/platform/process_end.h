// How a Winsock Doctor process ends once main() has torn down everything it owns.
#pragma once

namespace wd {

// Flushes stdio and ends the process with CODE. On Windows it ends with TerminateProcess and skips the
// DLLs' process-detach code: under Wine (on CI machines and here, in some runs of the GUI tests), the
// process detach of libstdc++ (its static destructors, through libwinpthread) and Qt6Core now and then
// waits forever on an object no thread will signal any more, after every file was written and every
// result printed; the process then never ends.
// Nothing of ours runs at detach time: callers destroy the application object and every file first.
// Elsewhere it returns CODE for main() to return.
int endProcess(int code);

} // namespace wd
