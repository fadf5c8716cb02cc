// The only input that decides what the elevated copy of Winsock Doctor does: the request ("plan")
// file written by the requester without administrator rights (see elevated_handoff.h). A hostile
// local process could write or swap that file, so the elevated copy reads it strictly: a regular
// file (no link), at most kMaxRequestBytes, strict JSON without duplicate keys, exactly the known
// keys with the expected types, known repair action ids, a live or absolute offline target, short
// lists of plain names, a SHA-256 of the confirmed preview, and a restore file (when any) that is a
// regular file inside the plan's own folder. Anything else is refused with a clear error before
// any target is opened, so nothing is written.
#pragma once
#include "core/error.h"
#include "repairs/elevated_handoff.h"
#include <QByteArray>

namespace wd::handoff {

inline constexpr qint64 kMaxRequestBytes = 4 * 1024 * 1024;

// Validates request JSON text (structure, keys, types, values); PLANDIR is the folder the request
// file is in (a restore file must be inside it).
Expected<RepairRequest> parseRequest(const QByteArray &bytes, const QString &planDir);
// Reads and validates the request file at PATH (the elevated copy's --plan).
Expected<RepairRequest> loadRequest(const QString &path);

} // namespace wd::handoff
