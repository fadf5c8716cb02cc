// winsock-doctor export: the regedit .reg layout, the hive/1 JSON, a Winsock catalog carried from one
// volume to another through repair winsock.restore-backup, and (Linux) every real hive compared with
// the same walk done through hivex.
#include "fixtures/repair_fixtures.h"
#include "formats/hive.h"
#include "repairs/reg_file.h"
#include "support/test_util.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <catch2/catch.hpp>
#if WD_HAVE_HIVEX
#include <hivex.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#endif

using namespace wd;

namespace {

QByteArray utf16Bytes(const QString &s)
{
    QByteArray out("\xff\xfe", 2);
    out.append(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    return out;
}

void writeHive(const QString &path, const QString &rootName, const QList<QPair<QString, QList<RegValue>>> &keys)
{
    REQUIRE(Hive::createEmpty(path, rootName).ok());
    auto h = Hive::open(path, Hive::Mode::Write);
    REQUIRE(h.ok());
    for (const auto &[key, values] : keys) {
        auto n = (*h)->ensureKey(key);
        REQUIRE(n.ok());
        if (!values.isEmpty())
            REQUIRE((*h)->setValues(*n, values).ok());
    }
    REQUIRE((*h)->commit().ok());
}

test::RunResult exportTo(const QStringList &args, const QString &out)
{
    return test::runApp(QStringList{QStringLiteral("export")} + args + QStringList{QStringLiteral("--output"), out});
}

// path -> the values of that key, from a hive/1 document.
QMap<QString, QJsonArray> keysByPath(const QJsonDocument &doc)
{
    QMap<QString, QJsonArray> m;
    for (const QJsonValue &k : doc.object().value(QStringLiteral("keys")).toArray())
        m.insert(k.toObject().value(QStringLiteral("path")).toString(), k.toObject().value(QStringLiteral("values")).toArray());
    return m;
}

} // namespace

TEST_CASE("export --format reg writes what regedit writes", "[export]")
{
    QTemporaryDir dir;
    const QString hive = dir.filePath(QStringLiteral("testhive"));
    QByteArray noTerm("a\0b\0", 4);
    QByteArray bin;
    for (int i = 0; i < 40; ++i)
        bin.append(char(i));
    writeHive(hive, QStringLiteral("ROOT"),
              {{QStringLiteral("Winsock\\Params"),
                {RegValue::sz(QString(), QStringLiteral("C:\\Program Files\\\"x\"")),
                 RegValue::dword(QStringLiteral("Count"), 10),
                 RegValue::sz(QStringLiteral("PATH"), QStringLiteral("%SystemRoot%\\system32;%SystemRoot%"), RegExpandSz),
                 RegValue::multiSz(QStringLiteral("List"), {QStringLiteral("a"), QStringLiteral("b")}),
                 RegValue{QStringLiteral("NoTerm"), RegSz, noTerm},
                 RegValue::binary(QStringLiteral("Bin"), bin),
                 RegValue::binary(QStringLiteral("Empty"), {}),
                 RegValue::qword(QStringLiteral("Q"), 0x1122334455667788ull),
                 RegValue::dword(QStringLiteral("na\"me"), 1)}},
               {QStringLiteral("Winsock\\Params\\Sub"), {}}});

    const QString out = dir.filePath(QStringLiteral("out.reg"));
    const test::RunResult r = exportTo({QStringLiteral("--hive"), hive, QStringLiteral("\\winsock")}, out);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString expected = QStringLiteral(
        "Windows Registry Editor Version 5.00\r\n"
        "\r\n"
        "[HKEY_LOCAL_MACHINE\\TESTHIVE\\Winsock]\r\n"
        "\r\n"
        "[HKEY_LOCAL_MACHINE\\TESTHIVE\\Winsock\\Params]\r\n"
        "@=\"C:\\\\Program Files\\\\\\\"x\\\"\"\r\n"
        "\"Count\"=dword:0000000a\r\n"
        "\"PATH\"=hex(2):25,00,53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,00,74,\\\r\n"
        "  00,25,00,5c,00,73,00,79,00,73,00,74,00,65,00,6d,00,33,00,32,00,3b,00,25,00,\\\r\n"
        "  53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,00,74,00,25,00,00,00\r\n"
        "\"List\"=hex(7):61,00,00,00,62,00,00,00,00,00\r\n"
        "\"NoTerm\"=hex(1):61,00,62,00\r\n"
        "\"Bin\"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,16,\\\r\n"
        "  17,18,19,1a,1b,1c,1d,1e,1f,20,21,22,23,24,25,26,27\r\n"
        "\"Empty\"=hex:\r\n"
        "\"Q\"=hex(b):88,77,66,55,44,33,22,11\r\n"
        "\"na\\\"me\"=dword:00000001\r\n"
        "\r\n"
        "[HKEY_LOCAL_MACHINE\\TESTHIVE\\Winsock\\Params\\Sub]\r\n"
        "\r\n");
    const QByteArray bytes = test::readFile(out);
    CHECK(bytes == utf16Bytes(expected));

    // It reads back as the same values.
    auto parsed = parseRegFile(bytes, QStringLiteral("out.reg"));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->keys.size() == 3);
    const auto &vals = parsed->keys[1].values;
    REQUIRE(vals.size() == 9);
    CHECK(vals[0].value.name.isEmpty());
    CHECK(vals[0].value.toString() == QStringLiteral("C:\\Program Files\\\"x\""));
    CHECK(vals[4].value == (RegValue{QStringLiteral("NoTerm"), RegSz, noTerm}));
    CHECK(vals[5].value.data == bin);
    CHECK(vals[7].value.toQword() == 0x1122334455667788ull);

    // Text with a line break would end the .reg line: written as hex(1), it reads back unchanged.
    RegFile lines;
    lines.keys.append(RegFileKey{QStringLiteral("HKEY_LOCAL_MACHINE\\X"), false,
                                 {RegFileValue{RegValue::sz(QStringLiteral("L"), QStringLiteral("a\nb")), false, 0}}, 0});
    const QByteArray linesBytes = writeRegFile(lines);
    CHECK(linesBytes.contains(utf16Bytes(QStringLiteral("\"L\"=hex(1):61,00,0a,00,62,00,00,00\r\n")).mid(2)));
    auto linesBack = parseRegFile(linesBytes);
    REQUIRE(linesBack.ok());
    CHECK(linesBack->keys.first().values.first().value == RegValue::sz(QStringLiteral("L"), QStringLiteral("a\nb")));

    // The same to stdout: byte for byte.
    const test::RunResult toStdout = test::runApp({QStringLiteral("export"), QStringLiteral("--hive"), hive, QStringLiteral("\\Winsock")});
    CHECK(toStdout.exitCode == 0);
    CHECK(toStdout.out == bytes);

    // JSON: stored names, every key below, raw data as lowercase hex.
    const QString json = dir.filePath(QStringLiteral("out.json"));
    REQUIRE(exportTo({QStringLiteral("--hive"), hive, QStringLiteral("\\"), QStringLiteral("--format"), QStringLiteral("json")}, json)
                .exitCode == 0);
    const QByteArray j = test::readFile(json);
    CHECK(j.startsWith("{\"schema\":\"winsock-doctor/hive/1\",\"keys\":[{\"path\":\"\\\\\",\"values\":[]},"
                       "{\"path\":\"\\\\Winsock\",\"values\":[]},{\"path\":\"\\\\Winsock\\\\Params\",\"values\":["));
    CHECK(j.contains("{\"name\":\"Count\",\"type\":4,\"data\":\"0a000000\"}"));
    CHECK(j.contains("{\"name\":\"na\\\"me\",\"type\":4,\"data\":\"01000000\"}"));
    CHECK(j.contains("{\"name\":\"NoTerm\",\"type\":1,\"data\":\"61006200\"}"));
    CHECK(j.endsWith("{\"path\":\"\\\\Winsock\\\\Params\\\\Sub\",\"values\":[]}]}\n"));
    CHECK_FALSE(QJsonDocument::fromJson(j).isNull());

    // Usage errors and a missing key.
    CHECK(test::runApp({QStringLiteral("export"), QStringLiteral("--hive"), hive}).exitCode == 2);
    CHECK(test::runApp({QStringLiteral("export"), QStringLiteral("\\"), QStringLiteral("--hive"), hive, QStringLiteral("--target"),
                        QStringLiteral("demo")}).exitCode == 2);
    CHECK(test::runApp({QStringLiteral("export"), QStringLiteral("\\"), QStringLiteral("--hive"), hive, QStringLiteral("--format"),
                        QStringLiteral("xml")}).exitCode == 2);
    const test::RunResult missing = test::runApp({QStringLiteral("export"), QStringLiteral("--hive"), hive, QStringLiteral("\\Nope")});
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.contains("Nope"));
    CHECK(missing.out.isEmpty());
}

TEST_CASE("A Winsock catalog exported from one volume restores on another", "[export][repair]")
{
    QTemporaryDir healthy, broken;
    fx::buildRepairImage(healthy.path(), fx::BrokenOptions{false, false, false, false});
    fx::buildRepairImage(broken.path());
    const QString key = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters\\Protocol_Catalog9");
    const QString reg = healthy.filePath(QStringLiteral("catalog.reg"));
    const test::RunResult ex = exportTo({key, QStringLiteral("--target"), QStringLiteral("offline:") + healthy.path()}, reg);
    INFO(ex.err.toStdString());
    REQUIRE(ex.exitCode == 0);
    const QByteArray bytes = test::readFile(reg);
    CHECK(bytes.startsWith(utf16Bytes(QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n"
                                                     "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters\\"
                                                     "Protocol_Catalog9]\r\n"))));
    CHECK(bytes.contains(utf16Bytes(QStringLiteral("\\Catalog_Entries64\\000000000001]")).mid(2)));
    // HKEY_LOCAL_MACHINE and other spellings name the same key.
    const QString reg2 = healthy.filePath(QStringLiteral("catalog2.reg"));
    REQUIRE(exportTo({QStringLiteral("HKEY_LOCAL_MACHINE\\system\\currentcontrolset\\services\\winsock2\\parameters\\protocol_catalog9"),
                      QStringLiteral("--target"), QStringLiteral("offline:") + healthy.path()}, reg2).exitCode == 0);
    CHECK(test::readFile(reg2) == bytes);

    const QString target = QStringLiteral("offline:") + broken.path();
    auto before = test::runApp({QStringLiteral("scan"), QStringLiteral("--target"), target, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(before.out.contains("winsock.lsp"));
    const test::RunResult restore = test::runApp({QStringLiteral("repair"), QStringLiteral("winsock.restore-backup"), QStringLiteral("--file"),
                                                  reg, QStringLiteral("--target"), target, QStringLiteral("--yes")});
    INFO(restore.out.toStdString() << restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    auto after = test::runApp({QStringLiteral("scan"), QStringLiteral("--target"), target, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK_FALSE(after.out.contains("winsock.lsp"));

    // Both catalogs now hold the same keys and values.
    const QString a = healthy.filePath(QStringLiteral("a.json")), b = healthy.filePath(QStringLiteral("b.json"));
    REQUIRE(exportTo({key, QStringLiteral("--target"), QStringLiteral("offline:") + healthy.path(), QStringLiteral("--format"),
                      QStringLiteral("json")}, a).exitCode == 0);
    REQUIRE(exportTo({key, QStringLiteral("--target"), target, QStringLiteral("--format"), QStringLiteral("json")}, b).exitCode == 0);
    const auto ka = keysByPath(QJsonDocument::fromJson(test::readFile(a)));
    const auto kb = keysByPath(QJsonDocument::fromJson(test::readFile(b)));
    CHECK(ka.size() == 9); // Protocol_Catalog9, Catalog_Entries and Catalog_Entries64 with three entries each
    CHECK(ka.keys() == kb.keys());
    for (auto it = ka.cbegin(); it != ka.cend(); ++it) {
        INFO(it.key().toStdString());
        QMap<QString, QJsonValue> va, vb;
        for (const QJsonValue &v : it.value())
            va.insert(v.toObject().value(QStringLiteral("name")).toString(), v);
        for (const QJsonValue &v : kb.value(it.key()))
            vb.insert(v.toObject().value(QStringLiteral("name")).toString(), v);
        CHECK(va == vb);
    }
    CHECK(ka.firstKey().startsWith(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters\\Protocol_Catalog9")));

    // Reports hold no registry; a key outside HKLM is a usage error.
    CHECK(test::runApp({QStringLiteral("export"), key, QStringLiteral("--target"), QStringLiteral("report:x.json")}).exitCode == 2);
    CHECK(test::runApp({QStringLiteral("export"), QStringLiteral("HKCU\\Software"), QStringLiteral("--target"), target}).exitCode == 2);
    CHECK(test::runApp({QStringLiteral("export"), key + QStringLiteral("\\Nope"), QStringLiteral("--target"), target}).exitCode == 3);
}

#if WD_HAVE_HIVEX

namespace {

struct OracleKey {
    QString path;
    QJsonArray values;
};

// The export walk done through the hivex C API: depth-first, stored order, names as hivex decodes them.
// nullopt with WHY when hivex refuses the file or fails during the walk.
std::optional<QList<OracleKey>> hivexWalk(const QString &file, QString *why)
{
    errno = 0;
    hive_h *h = hivex_open(QFile::encodeName(file).constData(), 0);
    if (!h) {
        *why = QStringLiteral("hivex_open: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    QList<OracleKey> out;
    bool failed = false;
    auto nodeName = [&](hive_node_h n) {
        char *s = hivex_node_name(h, n);
        const size_t len = hivex_node_name_len(h, n);
        const QString name = s ? QString::fromUtf8(s, qsizetype(len)) : QString();
        free(s);
        return name;
    };
    QList<QPair<hive_node_h, QString>> stack{{hivex_root(h), QStringLiteral("\\")}};
    while (!stack.isEmpty() && !failed) {
        const auto [node, path] = stack.takeLast();
        OracleKey k;
        k.path = path;
        errno = 0;
        hive_value_h *vals = hivex_node_values(h, node);
        if (!vals) {
            *why = QStringLiteral("hivex_node_values below %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            failed = true;
            break;
        }
        for (hive_value_h *v = vals; *v; ++v) {
            errno = 0;
            char *key = hivex_value_key(h, *v);
            const size_t keyLen = hivex_value_key_len(h, *v);
            const QString name = key ? QString::fromUtf8(key, qsizetype(keyLen)) : QString();
            free(key);
            hive_type t = hive_t_none;
            size_t len = 0;
            char *data = hivex_value_value(h, *v, &t, &len);
            if (!data) {
                *why = QStringLiteral("hivex_value_value in %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
                failed = true;
                break;
            }
            QJsonObject o;
            o.insert(QStringLiteral("name"), name);
            // Real hives hold types outside hive_type's enumerators (0xFFFF0011...): read the stored bytes,
            // not the enum value (loading an out-of-range enum is undefined behaviour).
            static_assert(sizeof(t) == sizeof(quint32));
            quint32 rawType = 0;
            std::memcpy(&rawType, &t, sizeof rawType);
            o.insert(QStringLiteral("type"), qint64(rawType));
            o.insert(QStringLiteral("data"), QString::fromLatin1(QByteArray(data, qsizetype(len)).toHex()));
            free(data);
            k.values.append(o);
        }
        free(vals);
        if (failed)
            break;
        out.append(k);
        errno = 0;
        hive_node_h *kids = hivex_node_children(h, node);
        if (!kids) {
            *why = QStringLiteral("hivex_node_children of %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            failed = true;
            break;
        }
        qsizetype n = 0;
        while (kids[n])
            ++n;
        for (qsizetype i = n - 1; i >= 0; --i) {
            const QString name = nodeName(kids[i]);
            stack.append({kids[i], path.endsWith(QLatin1Char('\\')) ? path + name : path + QLatin1Char('\\') + name});
        }
        free(kids);
    }
    hivex_close(h);
    if (failed)
        return std::nullopt;
    return out;
}

// Compares our hive/1 JSON with the hivex walk; the first difference goes to WHERE.
bool sameWalk(const QJsonDocument &doc, const QList<OracleKey> &oracle, QString *where)
{
    const QJsonArray keys = doc.object().value(QStringLiteral("keys")).toArray();
    if (doc.object().value(QStringLiteral("schema")).toString() != QStringLiteral("winsock-doctor/hive/1")) {
        *where = QStringLiteral("schema");
        return false;
    }
    for (qsizetype i = 0; i < qMin(keys.size(), oracle.size()); ++i) {
        const QJsonObject k = keys[i].toObject();
        if (k.value(QStringLiteral("path")).toString() != oracle[i].path) {
            *where = QStringLiteral("key %1: ours %2, hivex %3").arg(i).arg(k.value(QStringLiteral("path")).toString(), oracle[i].path);
            return false;
        }
        if (k.value(QStringLiteral("values")).toArray() != oracle[i].values) {
            *where = QStringLiteral("values of %1: ours %2, hivex %3")
                         .arg(oracle[i].path,
                              QString::fromUtf8(QJsonDocument(k.value(QStringLiteral("values")).toArray()).toJson(QJsonDocument::Compact).left(300)),
                              QString::fromUtf8(QJsonDocument(oracle[i].values).toJson(QJsonDocument::Compact).left(300)));
            return false;
        }
    }
    if (keys.size() != oracle.size()) {
        *where = QStringLiteral("%1 keys, hivex %2").arg(keys.size()).arg(oracle.size());
        return false;
    }
    return true;
}

} // namespace

TEST_CASE("export --format json of every real hive matches the same walk through hivex", "[export][hivex][realdata]")
{
    if (!test::haveRealData())
        return;
    const QString base = test::realDataDir() + QStringLiteral("/hives");
    QStringList files;
    QDirIterator it(base, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!f.endsWith(QLatin1String(".md")))
            files << f;
    }
    files.sort();
    REQUIRE(files.size() >= 25);
    int compared = 0, refused = 0;
    for (const QString &src : files) {
        const QString rel = QDir(base).relativeFilePath(src);
        INFO(rel.toStdString());
        // Alone in a folder: the primary as it is, like hivex (no transaction logs next to it).
        QTemporaryDir dir;
        const QString file = dir.filePath(QFileInfo(src).fileName());
        REQUIRE(QFile::copy(src, file));
        const QString json = dir.filePath(QStringLiteral("out.json"));
        const test::RunResult r = exportTo({QStringLiteral("--hive"), file, QStringLiteral("\\"), QStringLiteral("--format"), QStringLiteral("json")},
                                           json);
        INFO("exit " << r.exitCode << ": " << r.err.left(600).toStdString());
        REQUIRE(r.exitCode >= 0); // never a crash or a hang
        QString why;
        const std::optional<QList<OracleKey>> oracle = hivexWalk(file, &why);
        INFO("hivex: " << (oracle ? QStringLiteral("%1 keys").arg(oracle->size()) : why).toStdString());
        if (rel == QLatin1String("edge/GarbageHive")) {
            // A bad checksum: refusing it is hivex's policy, reading its one bin yarp's. If read, it is EmptyHive plus junk.
            if (r.exitCode == 3) {
                CHECK_FALSE(r.err.isEmpty());
                ++refused;
            } else {
                REQUIRE(r.exitCode == 0);
                auto empty = hivexWalk(base + QStringLiteral("/edge/EmptyHive"), &why);
                REQUIRE(empty);
                QString where;
                const bool same = sameWalk(QJsonDocument::fromJson(test::readFile(json)), *empty, &where);
                INFO(where.toStdString());
                CHECK(same);
                ++compared;
            }
            continue;
        }
        if (!oracle) {
            // hivex refuses the file, or cannot list a truncated subkey list: we refuse it too, clearly.
            CHECK(r.exitCode == 3);
            CHECK(r.err.contains("Error: "));
            CHECK(r.err.contains(QFile::encodeName(file)));
            CHECK_FALSE(QFile::exists(json));
            ++refused;
            continue;
        }
        if (rel == QLatin1String("edge/WrongOrderHive") && r.exitCode == 3) {
            // Out-of-order subkey lists: a reader may flag them as corrupt instead of reading them.
            CHECK_FALSE(r.err.isEmpty());
            ++refused;
            continue;
        }
        REQUIRE(r.exitCode == 0);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(test::readFile(json), &pe);
        REQUIRE(pe.error == QJsonParseError::NoError);
        QString where;
        const bool same = sameWalk(doc, *oracle, &where);
        INFO(where.toStdString());
        CHECK(same);
        ++compared;
    }
    CHECK(compared >= 15);
    CHECK(refused >= 5); // the logs, the empty logs, the bad base block, the truncated and the corrupted hives
}

TEST_CASE("export --hive replays the transaction logs next to a dirty hive", "[export][hivex][realdata]")
{
    if (!test::haveRealData())
        return;
    const QString edge = test::realDataDir() + QStringLiteral("/hives/edge");
    QTemporaryDir dir;
    for (const char *n : {"OldDirtyHive", "OldDirtyHive.LOG1", "OldDirtyHive.LOG2"})
        REQUIRE(QFile::copy(edge + QStringLiteral("/OldDirtyHive/") + QLatin1String(n), dir.filePath(QLatin1String(n))));
    const QString json = dir.filePath(QStringLiteral("out.json"));
    const test::RunResult r = exportTo({QStringLiteral("--hive"), dir.filePath(QStringLiteral("OldDirtyHive")), QStringLiteral("\\"),
                                        QStringLiteral("--format"), QStringLiteral("json")}, json);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains("Note: "));
    // Windows 7 replayed the same log into RecoveredHive_Windows7: the same keys and values.
    QString why, where;
    auto recovered = hivexWalk(edge + QStringLiteral("/OldDirtyHive/RecoveredHive_Windows7"), &why);
    REQUIRE(recovered);
    const bool same = sameWalk(QJsonDocument::fromJson(test::readFile(json)), *recovered, &where);
    INFO(where.toStdString());
    CHECK(same);

    // A damaged base block with its log: repaired from the log, or refused; never a crash.
    QTemporaryDir bad;
    for (const char *n : {"BadBaseBlockHive", "BadBaseBlockHive.LOG1", "BadBaseBlockHive.LOG2"})
        REQUIRE(QFile::copy(edge + QStringLiteral("/BadBaseBlockHive/") + QLatin1String(n), bad.filePath(QLatin1String(n))));
    const test::RunResult b = test::runApp({QStringLiteral("export"), QStringLiteral("--hive"), bad.filePath(QStringLiteral("BadBaseBlockHive")),
                                            QStringLiteral("\\"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(b.err.toStdString());
    CHECK((b.exitCode == 3 || (b.exitCode == 0 && b.out.contains("key_with_many_subkeys"))));
}

#endif // WD_HAVE_HIVEX
