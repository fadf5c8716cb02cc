// regedit .reg files: byte-exact writer, round trips, REGEDIT4 (ANSI) and hostile input.
#include "fixtures/windows_image.h"
#include "repairs/actions/actions.h"
#include "repairs/reg_file.h"
#include "support/test_util.h"
#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace wd;

static QByteArray utf16(const QString &s)
{
    QByteArray b("\xff\xfe", 2);
    b.append(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    return b;
}

TEST_CASE("The .reg writer produces the regedit 5 layout byte for byte", "[regfile]")
{
    RegFile f;
    RegFileKey k;
    k.path = QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Test");
    auto add = [&](const RegValue &v) { RegFileValue fv; fv.value = v; k.values.append(fv); };
    add(RegValue::sz(QString(), QStringLiteral("default")));
    add(RegValue::sz(QStringLiteral("Quote\"Name"), QStringLiteral("C:\\dir\\\"x\"")));
    add(RegValue::dword(QStringLiteral("Count"), 0x2a));
    QByteArray bin;
    for (int i = 0; i < 30; ++i)
        bin.append(char(i));
    add(RegValue::binary(QStringLiteral("Bin"), bin));
    add(RegValue::multiSz(QStringLiteral("List"), {QStringLiteral("a"), QStringLiteral("b")}));
    add(RegValue::qword(QStringLiteral("Big"), 1));
    add(RegValue::sz(QStringLiteral("Path"), QStringLiteral("%SystemRoot%"), RegExpandSz));
    RegFileValue del;
    del.value.name = QStringLiteral("Gone");
    del.remove = true;
    k.values.append(del);
    f.keys.append(k);
    RegFileKey d;
    d.path = QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Old");
    d.remove = true;
    f.keys.append(d);

    const QString expected = QStringLiteral(
        "Windows Registry Editor Version 5.00\r\n\r\n"
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n"
        "@=\"default\"\r\n"
        "\"Quote\\\"Name\"=\"C:\\\\dir\\\\\\\"x\\\"\"\r\n"
        "\"Count\"=dword:0000002a\r\n"
        // "Bin"=hex: is 10 columns; after 23 bytes the line reaches column 79 and wraps.
        "\"Bin\"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,16,\\\r\n"
        "  17,18,19,1a,1b,1c,1d\r\n"
        "\"List\"=hex(7):61,00,00,00,62,00,00,00,00,00\r\n"
        "\"Big\"=hex(b):01,00,00,00,00,00,00,00\r\n"
        // "Path"=hex(2): is 14 columns: 21 bytes reach column 77.
        "\"Path\"=hex(2):25,00,53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,00,74,\\\r\n"
        "  00,25,00,00,00\r\n"
        "\"Gone\"=-\r\n"
        "\r\n"
        "[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Old]\r\n"
        "\r\n");
    const QByteArray out = writeRegFile(f);
    CHECK(QString::fromUtf16(reinterpret_cast<const char16_t *>(out.constData() + 2), (out.size() - 2) / 2) == expected);
    CHECK(out == utf16(expected));

    // And it parses back to the same values.
    auto back = parseRegFile(out, QStringLiteral("t.reg"));
    REQUIRE(back.ok());
    CHECK(back->unicode);
    REQUIRE(back->keys.size() == 2);
    REQUIRE(back->keys[0].values.size() == k.values.size());
    for (qsizetype i = 0; i < k.values.size(); ++i) {
        CHECK(back->keys[0].values[i].remove == k.values[i].remove);
        if (!k.values[i].remove)
            CHECK(back->keys[0].values[i].value == k.values[i].value);
    }
    CHECK(back->keys[1].remove);
    CHECK(back->keys[0].values[3].line == 7); // continuation lines count from the first line
}

TEST_CASE("Continuation rows of long hex data hold 25 bytes, as regedit writes them", "[regfile]")
{
    RegFile f;
    RegFileKey k;
    k.path = QStringLiteral("HKEY_LOCAL_MACHINE\\X");
    RegFileValue v;
    v.value = RegValue::binary(QStringLiteral("PackedCatalogItem"), QByteArray(888, '\x11'));
    k.values.append(v);
    f.keys.append(k);
    const QByteArray out = writeRegFile(f);
    const QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(out.constData() + 2), (out.size() - 2) / 2);
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() > 4);
    CHECK(lines[3].size() == 24 + 18 * 3 + 1); // "PackedCatalogItem"=hex: + 18 bytes + backslash
    CHECK(lines[4] == QStringLiteral("  ") + QStringLiteral("11,").repeated(25) + QLatin1Char('\\'));
    auto back = parseRegFile(out);
    REQUIRE(back.ok());
    CHECK(back->keys[0].values[0].value.data == QByteArray(888, '\x11'));
}

TEST_CASE("REGEDIT4 ANSI files parse: their string hex data becomes UTF-16", "[regfile]")
{
    const QByteArray ansi("REGEDIT4\r\n\r\n; comment\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters]\r\n"
                          "\"Domain\"=\"corp.example\"\r\n\"SearchList\"=hex(7):61,00,62,\\\r\n  00,00\r\n\"Path\"=hex(2):25,41,25,00\r\n"
                          "\"Mtu\"=dword:000005dc\r\n@=-\r\n");
    auto r = parseRegFile(ansi, QStringLiteral("old.reg"));
    REQUIRE(r.ok());
    CHECK_FALSE(r->unicode);
    REQUIRE(r->keys.size() == 1);
    const auto &vs = r->keys[0].values;
    REQUIRE(vs.size() == 5);
    CHECK(vs[0].value.toString() == QStringLiteral("corp.example"));
    CHECK(vs[1].value.toStringList() == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(vs[2].value.type == RegExpandSz);
    CHECK(vs[2].value.toString() == QStringLiteral("%A%"));
    CHECK(vs[3].value.toDword() == 1500u);
    CHECK(vs[4].remove);
    CHECK(vs[4].value.name.isEmpty());
    // The same text as UTF-16 (with and without BOM) gives the same keys.
    const QString v5 = QString::fromLatin1(ansi).replace(QStringLiteral("REGEDIT4"), QStringLiteral("Windows Registry Editor Version 5.00"));
    auto u = parseRegFile(utf16(v5));
    REQUIRE(u.ok());
    CHECK(u->unicode);
    CHECK(u->keys[0].values[0].value == vs[0].value);
    auto noBom = parseRegFile(utf16(v5).mid(2));
    REQUIRE(noBom.ok());
    CHECK(noBom->keys[0].values.size() == 5);
}

TEST_CASE("Malformed and hostile .reg files give clear errors with the line number", "[regfile]")
{
    auto error = [](const QByteArray &body, const RegFileLimits &lim = {}) {
        auto r = parseRegFile(body, QStringLiteral("bad.reg"), lim);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Corrupt);
        return r.error().message;
    };
    const QByteArray h("Windows Registry Editor Version 5.00\r\n\r\n");
    CHECK(error(QByteArray("MZ\x90\x00binary", 10)).contains(QStringLiteral("NUL bytes")));
    CHECK(error("hello\r\n").contains(QStringLiteral("not a registry file")));
    CHECK(error("").contains(QStringLiteral("empty")));
    CHECK(error(h + "\"A\"=\"b\"\r\n").contains(QStringLiteral("line 3: a value appears before")));
    CHECK(error(h + "[HKEY_LOCAL_MACHINE\\X\r\n").contains(QStringLiteral("line 3")));
    CHECK(error(h + "[HKLM\\X]\r\n").contains(QStringLiteral("registry root")));
    CHECK(error(h + "[HKEY_LOCAL_MACHINE\\X\\\\Y]\r\n").contains(QStringLiteral("empty part")));
    CHECK(error(h + "[HKEY_LOCAL_MACHINE\\X]\r\n\"A\"=dword:xyz\r\n").contains(QStringLiteral("line 4: \"xyz\" is not a valid dword")));
    CHECK(error(h + "[HKEY_LOCAL_MACHINE\\X]\r\n\"A\"=dword:123456789\r\n").contains(QStringLiteral("valid dword")));
    CHECK(error(h + "[HKEY_LOCAL_MACHINE\\X]\r\n\"A\"=hex:01,2g\r\n").contains(QStringLiteral("hexadecimal byte")));
    CHECK(error(h + "[HKEY_LOCAL_MACHINE\\X]\r\n\"A\"=hex(zz):01\r\n").contains(QStringLiteral("malformed value type")));
    CHECK(error(h + "[HKEY_LOCAL_MACHINE\\X]\r\n\"A\"=\"unterminated\r\n").contains(QStringLiteral("closing quote")));
    CHECK(error(h + "[HKEY_LOCAL_MACHINE\\X]\r\n\"A\"=\"a\\qb\"\r\n").contains(QStringLiteral("escape")));
    CHECK(error(h + "[HKEY_LOCAL_MACHINE\\X]\r\n\"A\" \"b\"\r\n").contains(QStringLiteral("expected \"=\"")));
    CHECK(error(h + "[HKEY_LOCAL_MACHINE\\X]\r\n\"A\"=\"b\" junk\r\n").contains(QStringLiteral("after the closing quote")));
    CHECK(error(h + "[HKEY_LOCAL_MACHINE\\X]\r\n\"A\"=banana\r\n").contains(QStringLiteral("unrecognised")));
    CHECK(error(QByteArray("\xff\xfe" "W\0i\0n\0", 7)).contains(QStringLiteral("odd number")));
    CHECK(error(QByteArray("\xfe\xff\0W", 4)).contains(QStringLiteral("big-endian")));
    RegFileLimits small;
    small.maxFileBytes = 100;
    CHECK(error(h + QByteArray(200, ';'), small).contains(QStringLiteral("larger than")));
    RegFileLimits fewKeys;
    fewKeys.maxKeys = 2;
    CHECK(error(h + "[HKEY_LOCAL_MACHINE\\A]\r\n[HKEY_LOCAL_MACHINE\\B]\r\n[HKEY_LOCAL_MACHINE\\C]\r\n", fewKeys).contains(QStringLiteral("more than 2 keys")));
    RegFileLimits smallValue;
    smallValue.maxValueBytes = 8;
    CHECK(error(h + "[HKEY_LOCAL_MACHINE\\A]\r\n\"v\"=hex:" + QByteArray("00,").repeated(20) + "00\r\n", smallValue).contains(QStringLiteral("larger than 8 bytes")));
    // A 70 MiB file is rejected before it is decoded.
    QTemporaryDir dir;
    const QString huge = dir.filePath(QStringLiteral("huge.reg"));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(70ll * 1024 * 1024));
    }
    auto r = readRegFile(huge);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("larger than 64 MiB")));
}

TEST_CASE("The NT 4.0 SYSTEM hive's Winsock catalog exports to .reg and parses back unchanged", "[regfile][realdata]")
{
    if (!test::haveRealData())
        return;
    // The real hive is used in place (symlinked into a volume layout), never copied or written.
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("Windows/System32/config")));
    REQUIRE(QFile::link(test::realDataDir() + QStringLiteral("/hives/nt4_system.reg"),
                        dir.filePath(QStringLiteral("Windows/System32/config/SYSTEM"))));
    auto w = openOfflineWriter(dir.path());
    REQUIRE(w.ok());
    auto tree = (*w)->readTree(actions::protocolCatalog(), RegView::Native);
    REQUIRE(tree.ok());
    REQUIRE(tree->has_value());
    const RegKeyTree *cat = (*tree)->child(QStringLiteral("Catalog_Entries"));
    REQUIRE(cat);
    REQUIRE(cat->children.size() == 12);
    for (const RegKeyTree &e : cat->children) {
        const actions::CatalogEntry ce = actions::parseCatalogEntry(e);
        CHECK(ce.dll == QStringLiteral("%SystemRoot%\\system32\\msafd.dll"));
        CHECK(ce.chainLen == 1);
    }
    CHECK(actions::parseCatalogEntry(cat->children[0]).protocol == QStringLiteral("MSAFD Tcpip [TCP/IP]"));
    CHECK((*tree)->value(QStringLiteral("Num_Catalog_Entries"))->toDword() == 12u);

    RegFile rf;
    appendTree(rf, actions::protocolCatalog(), **tree);
    const QByteArray bytes = writeRegFile(rf);
    auto back = parseRegFile(bytes, QStringLiteral("nt4.reg"));
    REQUIRE(back.ok());
    auto rebuilt = treeFromRegFile(*back, actions::protocolCatalog());
    REQUIRE(rebuilt.has_value());
    CHECK(*rebuilt == **tree);
    // Writing it again gives the same bytes.
    CHECK(writeRegFile(*back) == bytes);
    // No remove-lsp change is planned on this healthy catalog.
    RepairEngine engine(**w);
    auto plans = engine.plan({QStringLiteral("winsock.remove-lsp")}, {});
    REQUIRE(plans.ok());
    CHECK(plans->first().nothingToDo());
}
