// Device Manager problem codes (CM_PROB_*, "Code 1".."Code 57") with translated plain-language
// text and advice. The offline check derives codes from ConfigFlags; the live backend gets them
// from CM_Get_DevNode_Status.
#pragma once
#include "core/text.h"
#include <QString>

namespace wd {

QString deviceProblemSymbol(int code);  // "CM_PROB_FAILED_INSTALL"; "" when unknown
Text deviceProblemText(int code);    // translated: what Device Manager's "Code N" means
Text deviceProblemAdvice(int code);  // translated: what to do
int deviceProblemCount();               // number of codes in the table (57)

// ConfigFlags bits stored in Enum\...\<instance> (offline device state).
inline constexpr quint32 kConfigFlagDisabled = 0x1;
inline constexpr quint32 kConfigFlagReinstall = 0x20;
inline constexpr quint32 kConfigFlagFailedInstall = 0x40;
// The problem code Device Manager would show for CONFIGFLAGS (0 = none).
int problemCodeFromConfigFlags(quint32 configFlags);

} // namespace wd
