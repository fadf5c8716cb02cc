#include "core/support_code.h"
#include "support/test_util.h"

using namespace wd;

namespace {
ScanResult sampleScan()
{
    ScanResult r;
    r.target.windows.build = QStringLiteral("19045");
    Finding lsp;
    lsp.id = QStringLiteral("winsock.lsp.present");
    lsp.check = QStringLiteral("winsock");
    lsp.severity = Severity::Critical;
    r.add(lsp);
    Finding appinit;
    appinit.id = QStringLiteral("appinit.enabled");
    appinit.check = QStringLiteral("appinit");
    appinit.severity = Severity::Error;
    r.add(appinit);
    Finding dump;
    dump.id = QStringLiteral("dump.bugcheck.d1");
    dump.check = QStringLiteral("dumps");
    dump.severity = Severity::Warning;
    r.add(dump);
    Finding info;
    info.id = QStringLiteral("tcp.autotuning.normal");
    info.check = QStringLiteral("network");
    info.severity = Severity::Info; // informational findings are not encoded
    r.add(info);
    return r;
}

QString strip(const QString &code)
{
    QString s = code;
    s.remove(QLatin1Char('-'));
    return s;
}
} // namespace

TEST_CASE("support code round trip names the key findings", "[supportcode]")
{
    const QString code = SupportCode::encode(sampleScan());
    REQUIRE(strip(code).size() == SupportCode::kLength);
    REQUIRE(code.size() == SupportCode::kLength + 2);
    for (QChar c : strip(code))
        REQUIRE(QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ").contains(c));

    const Expected<SupportCodeInfo> info = SupportCode::decode(code);
    REQUIRE(info.ok());
    CHECK(info->version == 1);
    CHECK(info->worstSeverity == QStringLiteral("critical"));
    CHECK(info->findingIds == QStringList{QStringLiteral("winsock.lsp"), QStringLiteral("appinit"), QStringLiteral("dump")});
    CHECK(info->descriptions.size() == 3);
    CHECK(info->build.contains(QStringLiteral("19045")));
    // Case, dashes, spaces and the Crockford look-alikes are forgiven.
    CHECK(SupportCode::decode(strip(code).toLower()).ok());
    CHECK(SupportCode::decode(QStringLiteral(" ") + strip(code).left(6) + QStringLiteral(" ") + strip(code).mid(6)).ok());
    QString withO = strip(code);
    if (withO.contains(QLatin1Char('0'))) {
        withO.replace(QLatin1Char('0'), QLatin1Char('O'));
        CHECK(SupportCode::decode(withO).ok());
    }
}

TEST_CASE("support code of a healthy scan decodes to no findings", "[supportcode]")
{
    ScanResult r;
    const QString code = SupportCode::encode(r);
    const Expected<SupportCodeInfo> info = SupportCode::decode(code);
    REQUIRE(info.ok());
    CHECK(info->findingIds.isEmpty());
    CHECK(info->worstSeverity == QStringLiteral("info"));
    CHECK(info->build.isEmpty());
}

TEST_CASE("support code detects every single typo and neighbour swap", "[supportcode]")
{
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    const QString code = strip(SupportCode::encode(sampleScan()));
    int tried = 0;
    for (int i = 0; i < code.size(); ++i) {
        for (QChar c : alphabet) {
            if (c == code[i])
                continue;
            QString typo = code;
            typo[i] = c;
            INFO(typo.toStdString());
            CHECK_FALSE(SupportCode::decode(typo).ok());
            ++tried;
        }
    }
    for (int i = 0; i + 1 < code.size(); ++i) {
        if (code[i] == code[i + 1])
            continue;
        QString swapped = code;
        std::swap(swapped[i], swapped[i + 1]);
        INFO(swapped.toStdString());
        CHECK_FALSE(SupportCode::decode(swapped).ok());
        ++tried;
    }
    CHECK(tried >= 12 * 31);
    // Wrong length, and symbols that never appear in codes.
    CHECK(SupportCode::decode(code.left(11)).error().kind == ErrorKind::Corrupt);
    CHECK(SupportCode::decode(code + QLatin1Char('7')).error().kind == ErrorKind::Corrupt);
    QString withU = code;
    withU[3] = QLatin1Char('U');
    const auto u = SupportCode::decode(withU);
    REQUIRE_FALSE(u.ok());
    CHECK(u.error().message.contains(QLatin1Char('U')));
}

TEST_CASE("support code family table maps finding ids", "[supportcode]")
{
    CHECK(SupportCode::familyOf(QStringLiteral("winsock.lsp.present"), QStringLiteral("winsock")) == 0);
    CHECK(SupportCode::familyOf(QStringLiteral("winsock.catalog.gap"), QStringLiteral("winsock")) == 1);
    CHECK(SupportCode::familyOf(QStringLiteral("winsock.something-new"), QStringLiteral("winsock")) == 3);
    CHECK(SupportCode::familyOf(QStringLiteral("system.file.missing"), QStringLiteral("system-files")) == 5);
    CHECK(SupportCode::familyOf(QStringLiteral("winsock.check-failed"), QStringLiteral("winsock")) == 16);
    CHECK(SupportCode::familyOf(QStringLiteral("brand.new"), QStringLiteral("unknown-check")) == 17);
    // A new check with an unknown id prefix still maps through its check id.
    CHECK(SupportCode::familyOf(QStringLiteral("x.y"), QStringLiteral("appinit")) == 7);
    CHECK(SupportCode::buildBucket(QStringLiteral("7601")) == 2);
    CHECK(SupportCode::buildBucket(QStringLiteral("22631")) == 8);
    CHECK(SupportCode::buildBucket(QStringLiteral("")) == 0);
    // Every bit of a full mask survives the round trip.
    ScanResult all;
    for (const SupportCodeFamily &f : SupportCode::families()) {
        Finding x;
        x.id = f.key == QLatin1String("check-failed") ? QStringLiteral("foo.check-failed")
             : f.key == QLatin1String("other")        ? QStringLiteral("zzz.unknown")
                                                       : f.key + QStringLiteral(".x");
        x.check = QStringLiteral("?");
        x.severity = Severity::Error;
        all.add(x);
    }
    const auto info = SupportCode::decode(SupportCode::encode(all));
    REQUIRE(info.ok());
    CHECK(info->findingIds.size() == SupportCode::families().size());
}

TEST_CASE("report --code prints the findings in words and rejects typos", "[supportcode]")
{
    const QString code = SupportCode::encode(sampleScan());
    const auto ok = wd::test::runApp({QStringLiteral("report"), QStringLiteral("--code"), code});
    CHECK(ok.exitCode == 1);
    CHECK(ok.out.contains("AppInit_DLLs"));
    CHECK(ok.out.contains("winsock.lsp"));
    QString typo = code;
    typo[0] = typo[0] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    const auto bad = wd::test::runApp({QStringLiteral("report"), QStringLiteral("--code"), typo});
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.contains("not valid"));
}
