// The verification cache's disk file and the verdicts it holds (diagnostics/checks/verification_cache).
#include "checks/verification_cache.h"
#include "core/json_text.h"
#include "core/scan_result.h"
#include "fuzz_targets.h"
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>
#include <algorithm>
#include <cstring>

namespace wd::fuzz {

int verificationCache(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(std::min<size_t>(size, 1 << 20)));

    // 1. The bytes as one verdict: decoded alone and through a memo (made, then taken from it) to the
    //    same report entry; what decodes encodes to bytes that decode to the same entry again.
    const std::optional<VerifiedFile> alone = vcache::decode(bytes);
    vcache::SignatureMemo memo;
    for (int pass = 0; pass < 2; ++pass) {
        const std::optional<VerifiedFile> shared = vcache::decode(bytes, &memo);
        if (shared.has_value() != alone.has_value())
            brokenProperty("vcache", "a verdict decodes through the memo but not alone, or the reverse");
        if (shared && (shared->toJson() != alone->toJson() || shared->jsonText != alone->jsonText))
            brokenProperty("vcache", "a verdict decoded through the memo differs from the one decoded alone");
    }
    if (alone) {
        const std::optional<VerifiedFile> again = vcache::decode(vcache::encode(*alone));
        if (!again || again->toJson() != alone->toJson() || again->jsonText != alone->jsonText)
            brokenProperty("vcache", "a decoded verdict does not survive encoding and decoding");
    }

    // 2. The bytes as a kept report entry (compact JSON text), read without QJson: what the text reader
    //    takes, QJson parses as one object; the entry written from the text is in QJsonDocument's layout
    //    and reads back as that object (byte for byte QJsonDocument's own output when the text escapes as
    //    QJson does, which the program's texts do: tests/unit/test_json_text.cpp); members read from the
    //    text are the object's.
    {
        const QByteArray element = filesListElement(bytes);
        QByteArrayView member;
        const QLatin1String key("a");
        const bool readable = jsontext::memberValues(bytes, &key, 1, &member);
        if (!element.isEmpty() || readable) {
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
            if (err.error != QJsonParseError::NoError || !doc.isObject())
                brokenProperty("vcache", "the text reader took a text QJson does not read as an object");
            if (element.isEmpty() != !readable)
                brokenProperty("vcache", "the text reader took a text for its members but not for writing, or the reverse");
            const QJsonDocument written = QJsonDocument::fromJson("{\n    \"files\": [\n" + element + "\n    ]\n}\n", &err);
            if (err.error != QJsonParseError::NoError
                || written.object().value(QLatin1String("files")).toArray() != QJsonArray{doc.object()})
                brokenProperty("vcache", "an entry written from its text does not read back as the text's object");
            const QByteArray canonical = QJsonDocument(doc.object()).toJson(QJsonDocument::Compact);
            if (canonical == bytes && element != filesListElements(QJsonArray{doc.object()}))
                brokenProperty("vcache", "an entry written from QJson's own text differs from QJsonDocument's layout");
            const QJsonValue value = doc.object().value(key);
            if (member.isEmpty() != value.isUndefined())
                brokenProperty("vcache", "a member found in the text but not in the object, or the reverse");
            if (value.isString() && jsontext::stringValue(member) != std::optional<QString>(value.toString()))
                brokenProperty("vcache", "a string read from the text differs from QJson's");
        }
    }

    // 3. The bytes as a cache file's payload behind a sound header and checksum (the reader, not the
    //    checksum, has to refuse what is wrong): loaded or refused with a reason; a loaded cache is
    //    written and the written file loads again, with no more entries.
    QByteArray file(8 + 4 + 4 + 8 + 32, '\0');
    std::memcpy(file.data(), "WDVCACHE", 8);
    qToBigEndian<quint32>(quint32(vcache::kFileFormat), file.data() + 8);
    qToBigEndian<quint64>(quint64(bytes.size()), file.data() + 16);
    const QByteArray sum = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    std::memcpy(file.data() + 24, sum.constData(), 32);
    file += bytes;
    const QString identity = QStringLiteral("fuzz|target");
    VerificationCache loaded(identity, false, QString());
    if (!loaded.loadFromBytes(file)) {
        if (loaded.loadProblem().isEmpty())
            brokenProperty("vcache", "a cache file refused without a reason");
        if (loaded.size() != 0)
            brokenProperty("vcache", "a refused cache file left entries behind");
        return 0;
    }
    VerificationCache reloaded(identity, false, QString());
    if (!reloaded.loadFromBytes(loaded.fileBytes()))
        brokenProperty("vcache", "a written cache file does not load", reloaded.loadProblem());
    if (reloaded.size() > loaded.size())
        brokenProperty("vcache", "a written cache file has more entries than were loaded");
    return 0;
}

} // namespace wd::fuzz
