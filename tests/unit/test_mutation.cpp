// Bad input never crashes: every bounds-checked reader gets a few hundred deterministic mutations
// (flipped and extreme bytes, truncation, duplicated and zeroed runs) of a valid input and must
// answer with a result or a clear error. Run under the linux-asan preset, this is also the memory
// safety check of the readers.
#include "checks/file_verifier.h"
#include "fixtures/dump_writer.h"
#include "fixtures/repair_fixtures.h"
#include "fixtures/signing_fixtures.h"
#include "formats/authenticode.h"
#include "formats/catalog.h"
#include "formats/hive_log.h"
#include "formats/minidump.h"
#include "formats/pe.h"
#include "formats/winsock_catalog.h"
#include "repairs/reg_file.h"
#include "support/test_util.h"
#include <QFile>
#include <QTemporaryDir>
#include <openssl/pkcs7.h>
#include <random>

using namespace wd;

namespace {

class Mutator {
public:
    explicit Mutator(quint32 seed) : m_rng(seed) {}
    QByteArray operator()(QByteArray d)
    {
        const int n = pick(1, 8);
        for (int i = 0; i < n && !d.isEmpty(); ++i) {
            const qsizetype at = qsizetype(pick(0, int(d.size()) - 1));
            switch (pick(0, 6)) {
            case 0: d[at] = char(d[at] ^ (1 << pick(0, 7))); break;
            case 1: d[at] = char(std::array<int, 5>{0x00, 0xFF, 0x7F, 0x80, 0x81}[pick(0, 4)]); break;
            case 2: d.truncate(at); break;
            case 3: { // a 32-bit field set to an extreme value
                const quint32 v = std::array<quint32, 5>{0, 0xFFFFFFFFu, 0x7FFFFFFFu, 0x80000000u, quint32(d.size())}[pick(0, 4)];
                for (int k = 0; k < 4 && at + k < d.size(); ++k)
                    d[at + k] = char(v >> (8 * k));
                break;
            }
            case 4: d.insert(at, d.mid(at, pick(1, 64))); break;
            case 5: d.replace(at, qMin<qsizetype>(pick(1, 256), d.size() - at), QByteArray(qMin<qsizetype>(pick(1, 256), d.size() - at), '\0')); break;
            default: d.remove(at, qMin<qsizetype>(pick(1, 32), d.size() - at)); break;
            }
        }
        return d;
    }

private:
    int pick(int lo, int hi) { return hi <= lo ? lo : std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    std::mt19937 m_rng;
};

template <class T>
void requireAnswer(const Expected<T> &r)
{
    if (!r.ok())
        REQUIRE_FALSE(r.error().message.isEmpty());
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &b)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(b) == b.size());
}

} // namespace

TEST_CASE("mutated PE images and embedded signatures never crash the verifier", "[mutation][signature]")
{
    const auto &pki = fx::TestPki::instance();
    Expected<QByteArray> signedPe = fx::signPe(fx::winePeDll(QStringLiteral("version.dll")), pki.signer, QStringLiteral("sha256"));
    REQUIRE(signedPe.ok());
    auto trust = std::make_shared<sig::TrustStore>();
    REQUIRE(trust->addDer(pki.root.certDer()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.dll"));
    const FileVerifier verifier(trust, nullptr, QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC));
    Mutator mutate(0x5eed0001);
    int valid = 0;
    for (int i = 0; i < 300; ++i) {
        const QByteArray m = mutate(*signedPe);
        Expected<pe::Image> img = pe::parse(m);
        requireAnswer(img);
        if (img) {
            (void)pe::readVersionInfo(m, *img);
            const sig::FileDigests d = sig::computeDigests(m, &*img);
            (void)sig::verifyEmbedded(*img, d, {trust.get(), QDateTime()});
        }
        writeBytes(path, m);
        const VerifiedFile v = verifier.verifyHostFile(path);
        CHECK_FALSE(v.signature.toJson().value(QStringLiteral("status")).toString().isEmpty());
        valid += v.signature.status == sig::Status::Valid ? 1 : 0;
    }
    // Mutations of signed bytes can only keep the verdict valid where they hit excluded or unused bytes.
    CHECK(valid < 300);
}

TEST_CASE("mutated PKCS #7 signatures and catalogs never crash the decoder", "[mutation][catalog]")
{
    const auto &pki = fx::TestPki::instance();
    Expected<QByteArray> cat = fx::makeCatalog({{QByteArray(32, '\x11'), true, QStringLiteral("a.dll")},
                                                {QByteArray(20, '\x22'), true, QStringLiteral("b.dll")}},
                                               pki.signer);
    REQUIRE(cat.ok());
    auto trust = std::make_shared<sig::TrustStore>();
    REQUIRE(trust->addDer(pki.root.certDer()));
    Mutator mutate(0x5eed0002);
    for (int i = 0; i < 400; ++i) {
        const QByteArray m = mutate(*cat);
        PKCS7_free(sig::decodePkcs7(m));
        PKCS7_free(sig::decodePkcs7(m, false));
        requireAnswer(sig::parseCatalog(m, QStringLiteral("m.cat")));
        const sig::SignatureInfo s = sig::verifySignedData(m, sig::kOidCtl, {trust.get(), QDateTime()});
        if (s.status != sig::Status::Valid)
            CHECK_FALSE(s.reason.isEmpty());
    }
}

TEST_CASE("mutated crash dumps, PackedCatalogItems and .reg files give an answer or a clear error", "[mutation]")
{
    fx::KernelDumpSpec spec;
    spec.drivers = {{QStringLiteral("\\SystemRoot\\system32\\drivers\\ndis.sys"), 0xFFFFF80410000000ull, 0x100000},
                    {QStringLiteral("\\SystemRoot\\system32\\drivers\\csnetshield.sys"), 0xFFFFF80418A00000ull, 0x40000}};
    spec.stack = {0xFFFFF80418A1A2B4ull, 0xFFFFF80410001234ull};
    const QList<QByteArray> dumps{fx::writeKernelDump(spec), fileBytes(test::realDataDir() + QStringLiteral("/dumps/kdlibcpp_targetapp_minidump.dmp"))};
    Mutator mutate(0x5eed0003);
    for (const QByteArray &dump : dumps)
        for (int i = 0; i < 250; ++i)
            requireAnswer(parseDump(mutate(dump), QStringLiteral("m.dmp")));
    const QByteArray item = fx::packedCatalogItem(QStringLiteral("%SystemRoot%\\system32\\mswsock.dll"), 1, 1001, QStringLiteral("MSAFD Tcpip [TCP/IP]"));
    for (int i = 0; i < 500; ++i)
        requireAnswer(decodePackedCatalogItem(mutate(item)));
    const QByteArray reg = fx::cleanCatalogReg();
    for (int i = 0; i < 300; ++i)
        requireAnswer(parseRegFile(mutate(reg), QStringLiteral("m.reg")));
}

TEST_CASE("mutated hive transaction logs never crash the replay nor touch the original", "[mutation][hive]")
{
    const QString src = test::realDataDir() + QStringLiteral("/hives/");
    const QByteArray hive = fileBytes(src + QStringLiteral("SYSTEM_B"));
    const QByteArray log1 = fileBytes(src + QStringLiteral("SYSTEM_B.LOG1"));
    const QByteArray log2 = fileBytes(src + QStringLiteral("SYSTEM_B.LOG2"));
    Mutator mutate(0x5eed0004);
    for (int i = 0; i < 40; ++i) {
        QTemporaryDir dir, tmp;
        const QString h = dir.filePath(QStringLiteral("SYSTEM"));
        writeBytes(h, i % 4 == 0 ? mutate(hive.left(64 * 1024)) + hive.mid(64 * 1024) : hive);
        writeBytes(h + QStringLiteral(".LOG1"), mutate(log1));
        writeBytes(h + QStringLiteral(".LOG2"), i % 2 ? mutate(log2) : log2);
        const QByteArray before = fileBytes(h);
        requireAnswer(prepareHiveForReading(h, tmp.path()));
        CHECK(fileBytes(h) == before);
    }
}
