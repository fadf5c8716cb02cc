// Pending file renames (Session Manager PendingFileRenameOperations): the multi-string of pairs
// decoded and encoded byte for byte as MoveFileEx writes it, "remove only our pairs" for the undo of a
// staged live system.file.restore, and the update.pending-reboot check on generated volumes.
#include "checks/checks.h"
#include "checks/pending_renames.h"
#include "fixtures/windows_image.h"
#include "platform/offline_view.h"
#include "repairs/system_writer.h"
#include "support/test_util.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace wd;

namespace {

// UTF-16LE bytes of S (no terminator).
QByteArray u16(const QString &s)
{
    QByteArray b;
    for (const QChar c : s) {
        b.append(char(c.unicode() & 0xff));
        b.append(char(c.unicode() >> 8));
    }
    return b;
}
const QByteArray kNul("\0\0", 2);

// What MoveFileEx(SOURCE, DEST, DELAY_UNTIL_REBOOT [| REPLACE_EXISTING]) does to the value's data
// (Wine's add_boot_rename_entry, same as Windows): drop the final null, append the pair, end again.
QByteArray appendLikeMoveFileEx(const QByteArray &before, const QString &source, const QString &dest, bool replace)
{
    QByteArray b = before.isEmpty() ? QByteArray() : before.left(before.size() - 2);
    b += u16(pending::ntName(source)) + kNul;
    if (!dest.isEmpty())
        b += u16((replace ? QStringLiteral("!") : QString()) + pending::ntName(dest));
    b += kNul;
    return b + kNul;
}

const QString kWs2 = QStringLiteral("C:\\Windows\\System32\\ws2_32.dll");

} // namespace

TEST_CASE("pending renames: decode the pairs, also a delete (empty destination) in the middle", "[pending-reboot]")
{
    // \??\C:\a.tmp -> !\??\C:\a ; \??\C:\gone (delete) ; \??\C:\b.tmp -> \??\C:\b
    const QByteArray data = u16(QStringLiteral("\\??\\C:\\a.tmp")) + kNul + u16(QStringLiteral("!\\??\\C:\\a")) + kNul
                          + u16(QStringLiteral("\\??\\C:\\gone")) + kNul + kNul
                          + u16(QStringLiteral("\\??\\C:\\b.tmp")) + kNul + u16(QStringLiteral("\\??\\C:\\b")) + kNul + kNul;
    const pending::RenameList l = pending::decode(data);
    CHECK_FALSE(l.malformed);
    REQUIRE(l.ops.size() == 3);
    CHECK(l.ops[0].sourcePath() == QStringLiteral("C:\\a.tmp"));
    CHECK(l.ops[0].destPath() == QStringLiteral("C:\\a"));
    CHECK(l.ops[0].replaceExisting());
    CHECK(l.ops[1].isDelete());
    CHECK(l.ops[1].sourcePath() == QStringLiteral("C:\\gone"));
    CHECK(l.ops[2].destPath() == QStringLiteral("C:\\b"));
    CHECK_FALSE(l.ops[2].replaceExisting());
    // The byte ranges cover the list without gaps, up to the final null.
    CHECK(l.ops[0].begin == 0);
    CHECK(l.ops[1].begin == l.ops[0].end);
    CHECK(l.ops[2].end == data.size() - 2);
    // encode gives the same bytes back.
    CHECK(pending::encode({{l.ops[0].source, l.ops[0].dest}, {l.ops[1].source, l.ops[1].dest}, {l.ops[2].source, l.ops[2].dest}}) == data);
    // RegValue::toStringList would stop at the delete's empty string: this is why the value has its own decoder.
    RegValue v = RegValue::binary(QStringLiteral("x"), data);
    v.type = RegMultiSz;
    CHECK(v.toStringList().size() < 6);
}

TEST_CASE("pending renames: hostile data is decoded within bounds and flagged", "[pending-reboot]")
{
    CHECK(pending::decode({}).ops.isEmpty());
    CHECK(pending::decode(kNul).ops.isEmpty());
    const pending::RenameList odd = pending::decode(u16(QStringLiteral("\\??\\C:\\x")) + kNul + QByteArray("\x41", 1));
    CHECK(odd.malformed);
    REQUIRE(odd.ops.size() == 1);
    CHECK(odd.ops[0].isDelete()); // a source without a destination
    const pending::RenameList unterminated = pending::decode(u16(QStringLiteral("\\??\\C:\\x")) + kNul + u16(QStringLiteral("\\??\\C:\\y")));
    CHECK(unterminated.malformed);
    REQUIRE(unterminated.ops.size() == 1);
    CHECK(unterminated.ops[0].destPath() == QStringLiteral("C:\\y"));
}

TEST_CASE("pending renames: removing our replace leaves the value of others byte for byte", "[pending-reboot]")
{
    const QString staged = pending::stagedPathFor(kWs2);
    CHECK(staged == kWs2 + QStringLiteral(".wd-new"));
    auto ours = [](const pending::RenameOp &op) { return pending::isOurReplace(op, kWs2); };

    SECTION("the value did not exist: ours is the only pair, nothing is left")
    {
        const QByteArray after = appendLikeMoveFileEx({}, staged, kWs2, true);
        REQUIRE(pending::decode(after).ops.size() == 1);
        CHECK(pending::isOurReplace(pending::decode(after).ops[0], kWs2));
        int removed = 0;
        bool empty = false;
        pending::removePairs(after, ours, &removed, &empty);
        CHECK(removed == 1);
        CHECK(empty);
    }
    SECTION("an installer's pairs before and after ours stay exactly as they were")
    {
        QByteArray before = appendLikeMoveFileEx({}, QStringLiteral("C:\\Program Files\\App\\new.dll"), QStringLiteral("C:\\Program Files\\App\\app.dll"), true);
        before = appendLikeMoveFileEx(before, QStringLiteral("C:\\Users\\x\\AppData\\Local\\Temp\\junk.tmp"), {}, false);
        const QByteArray withOurs = appendLikeMoveFileEx(before, staged, kWs2, true);
        // Another program appends after us before the undo runs.
        const QByteArray later = appendLikeMoveFileEx(withOurs, QStringLiteral("C:\\Temp\\setup.tmp"), {}, false);
        int removed = 0;
        bool empty = true;
        CHECK(pending::removePairs(withOurs, ours, &removed, &empty) == before);
        CHECK(removed == 1);
        CHECK_FALSE(empty);
        const QByteArray expected = appendLikeMoveFileEx(before, QStringLiteral("C:\\Temp\\setup.tmp"), {}, false);
        CHECK(pending::removePairs(later, ours, &removed, &empty) == expected);
        CHECK(removed == 1);
    }
    SECTION("the same names with another case count as ours; a replace of our target by someone else does not")
    {
        const QByteArray a = appendLikeMoveFileEx({}, staged.toUpper(), kWs2.toLower(), true);
        int removed = 0;
        pending::removePairs(a, ours, &removed);
        CHECK(removed == 1);
        const QByteArray other = appendLikeMoveFileEx({}, QStringLiteral("C:\\Windows\\WinSxS\\Temp\\PendingRenames\\x_ws2_32.dll"), kWs2, true);
        CHECK(pending::removePairs(other, ours, &removed) == other);
        CHECK(removed == 0);
    }
}

namespace {

QList<Finding> runPendingCheck(const QString &root)
{
    Expected<std::unique_ptr<OfflineView>> v = OfflineView::open(root);
    REQUIRE(v.ok());
    ScanResult res;
    ScanOptions opts;
    CancelToken cancel;
    ScanContext ctx{**v, res, opts, cancel, {}};
    REQUIRE(makePendingRebootCheck()->run(ctx).ok());
    return res.findings;
}

RegValue renames(const QString &name, const QByteArray &data)
{
    RegValue v = RegValue::binary(name, data);
    v.type = RegMultiSz;
    return v;
}

} // namespace

TEST_CASE("update.pending-reboot on offline volumes", "[pending-reboot]")
{
    QTemporaryDir dir;
    fx::WindowsImage img(dir.path());
    SECTION("a pending replace of ws2_32.dll: warning with the file as evidence")
    {
        QByteArray d = appendLikeMoveFileEx({}, QStringLiteral("C:\\Program Files\\App\\new.dll"), QStringLiteral("C:\\Program Files\\App\\app.dll"), true);
        d = appendLikeMoveFileEx(d, QStringLiteral("C:\\Windows\\WinSxS\\Temp\\PendingRenames\\abc_ws2_32.dll"), kWs2, true);
        img.setCcs(QStringLiteral("Control\\Session Manager"), renames(QStringLiteral("PendingFileRenameOperations"), d));
        // PendingFileRenameOperations2: a driver deleted at the restart.
        img.setCcs(QStringLiteral("Control\\Session Manager"),
                   renames(QStringLiteral("PendingFileRenameOperations2"),
                           appendLikeMoveFileEx({}, QStringLiteral("C:\\Windows\\System32\\drivers\\tcpip.sys"), {}, false)));
        img.commit();
        const QList<Finding> f = runPendingCheck(dir.path());
        REQUIRE(f.size() == 1);
        CHECK(f[0].id == QStringLiteral("update.pending-reboot"));
        CHECK(f[0].severity == Severity::Warning);
        CHECK(f[0].detail.contains(kWs2));
        CHECK(f[0].detail.contains(QStringLiteral("Restart Windows before any repair")));
        CHECK(f[0].evidence.value(QStringLiteral("pending_renames")).toInt() == 3);
        const QJsonArray files = f[0].evidence.value(QStringLiteral("network_files")).toArray();
        REQUIRE(files.size() == 2);
        CHECK(files[0].toObject().value(QStringLiteral("destination")).toString() == kWs2);
        CHECK(files[0].toObject().value(QStringLiteral("operation")).toString() == QStringLiteral("replace"));
        CHECK(files[1].toObject().value(QStringLiteral("value")).toString() == QStringLiteral("PendingFileRenameOperations2"));
        CHECK(files[1].toObject().value(QStringLiteral("operation")).toString() == QStringLiteral("delete"));
        CHECK(files[1].toObject().value(QStringLiteral("source")).toString() == QStringLiteral("C:\\Windows\\System32\\drivers\\tcpip.sys"));
    }
    SECTION("pending renames of unrelated files only: no finding")
    {
        QByteArray d = appendLikeMoveFileEx({}, QStringLiteral("C:\\Program Files\\App\\new.dll"), QStringLiteral("C:\\Program Files\\App\\app.dll"), true);
        // A file named like a network DLL outside the Windows folders is not the network stack.
        d = appendLikeMoveFileEx(d, QStringLiteral("C:\\Program Files\\Game\\ws2_32.new"), QStringLiteral("C:\\Program Files\\Game\\ws2_32.dll"), true);
        img.setCcs(QStringLiteral("Control\\Session Manager"), renames(QStringLiteral("PendingFileRenameOperations"), d));
        img.commit();
        CHECK(runPendingCheck(dir.path()).isEmpty());
    }
    SECTION("servicing waits for a restart without a file list: reported as such")
    {
        img.software().key(QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending"));
        img.writeFile(QStringLiteral("Windows\\WinSxS\\pending.xml"), "<?xml version='1.0'?><PendingTransaction/>");
        img.commit();
        const QList<Finding> f = runPendingCheck(dir.path());
        REQUIRE(f.size() == 1);
        CHECK(f[0].id == QStringLiteral("update.pending-reboot"));
        CHECK(f[0].title == QStringLiteral("A Windows update waits for a restart"));
        CHECK(f[0].detail.contains(QStringLiteral("pending.xml")));
        CHECK(f[0].detail.contains(QStringLiteral("RebootPending")));
        CHECK(f[0].evidence.value(QStringLiteral("pending_xml")).toBool());
        CHECK(f[0].evidence.value(QStringLiteral("cbs_reboot_pending")).toBool());
        CHECK(f[0].evidence.value(QStringLiteral("network_files")).toArray().isEmpty());
    }
    SECTION("nothing pending: no finding")
    {
        img.commit();
        CHECK(runPendingCheck(dir.path()).isEmpty());
    }
}

TEST_CASE("removePendingReplacePairs through a writer: only our pair goes, the value goes when it was the only one",
          "[pending-reboot][system-file-restore]")
{
    QTemporaryDir dir;
    fx::WindowsImage img(dir.path());
    const QByteArray others = appendLikeMoveFileEx(appendLikeMoveFileEx({}, QStringLiteral("C:\\Program Files\\App\\new.dll"),
                                                                        QStringLiteral("C:\\Program Files\\App\\app.dll"), true),
                                                   QStringLiteral("C:\\Temp\\junk.tmp"), {}, false);
    const bool withOthers = GENERATE(true, false);
    const QByteArray before = withOthers ? others : QByteArray();
    img.setCcs(QStringLiteral("Control\\Session Manager"),
               renames(QStringLiteral("PendingFileRenameOperations"), appendLikeMoveFileEx(before, pending::stagedPathFor(kWs2), kWs2, true)));
    img.commit();
    Expected<std::unique_ptr<SystemWriter>> w = openOfflineWriter(dir.path());
    REQUIRE(w.ok());
    const QString key = QLatin1String(pending::kSessionManagerKey);
    Expected<int> n = removePendingReplacePairs(**w, kWs2);
    REQUIRE(n.ok());
    CHECK(*n == 1);
    Expected<std::optional<RegValue>> v = (*w)->value(key, QLatin1String(pending::kRenamesValue), RegView::Native);
    REQUIRE(v.ok());
    if (withOthers) {
        REQUIRE(v->has_value());
        CHECK((*v)->type == RegMultiSz);
        CHECK((*v)->data == others);
    } else {
        CHECK_FALSE(v->has_value());
    }
    // A second call finds nothing of ours and changes nothing.
    n = removePendingReplacePairs(**w, kWs2);
    REQUIRE(n.ok());
    CHECK(*n == 0);
}

TEST_CASE("update.pending-reboot on real SYSTEM hives: installers' pending deletes are decoded, none touch the network stack",
          "[pending-reboot][realdata]")
{
    if (!test::haveRealData()) {
        WARN("real data missing: ../shared/realdata");
        return;
    }
    struct Case { QString hive; QStringList logs; int ops; QString firstSource; };
    const QList<Case> cases{
        {QStringLiteral("SYSTEM_2"), {}, 2, QStringLiteral("C:\\Users\\master\\AppData\\Local\\Temp\\nsp9C0.tmp\\nsProcess.dll")},
        {QStringLiteral("SYSTEM_B"), {QStringLiteral("SYSTEM_B.LOG1"), QStringLiteral("SYSTEM_B.LOG2")}, 16, // 8 in the primary file, 16 after the logs are replayed
         QStringLiteral("C:\\Config.Msi\\a014fa5.rbf")}};
    for (const Case &c : cases) {
        INFO(c.hive.toStdString());
        QTemporaryDir dir;
        const QString config = dir.path() + QStringLiteral("/Windows/System32/config/");
        REQUIRE(QDir().mkpath(config));
        REQUIRE(QFile::copy(test::realDataDir() + QStringLiteral("/hives/") + c.hive, config + QStringLiteral("SYSTEM")));
        for (int i = 0; i < c.logs.size(); ++i)
            REQUIRE(QFile::copy(test::realDataDir() + QStringLiteral("/hives/") + c.logs[i], config + QStringLiteral("SYSTEM.LOG%1").arg(i + 1)));
        Expected<std::unique_ptr<OfflineView>> v = OfflineView::open(dir.path());
        REQUIRE(v.ok());
        Expected<std::optional<RegValue>> val = (*v)->value(QLatin1String(pending::kSessionManagerKey), QLatin1String(pending::kRenamesValue));
        REQUIRE(val.ok());
        REQUIRE(val->has_value());
        const pending::RenameList l = pending::decode((*val)->data);
        CHECK_FALSE(l.malformed);
        REQUIRE(l.ops.size() == c.ops);
        CHECK(l.ops[0].sourcePath() == c.firstSource);
        for (const pending::RenameOp &op : l.ops)
            CHECK(op.isDelete());
        // Encoding the decoded pairs gives the stored bytes back.
        QList<QPair<QString, QString>> pairs;
        for (const pending::RenameOp &op : l.ops)
            pairs.append({op.source, op.dest});
        CHECK(pending::encode(pairs) == (*val)->data);
        CHECK(runPendingCheck(dir.path()).isEmpty());
    }
}
