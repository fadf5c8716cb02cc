// Side-by-side: our hive engine against hivex, each walking every key and value (names, types,
// data) of the largest real hive in ../shared/realdata/hives, in one run. Prints both times, the
// ratio (goal: ours at least as fast as hivex) and how much memory our walk added (goal: about the
// file size, which is read once). Usage: bench_hive [HIVE] [ROUNDS]
#include "formats/hive.h"
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <cstdlib>
#if WD_HAVE_HIVEX
#include <hivex.h>
#include <cstring>
#endif

namespace {

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

struct Walk { qint64 keys = 0, values = 0, bytes = 0; };

Walk walkOurs(const QString &path)
{
    Walk w;
    auto h = wd::Hive::open(path);
    if (!h) {
        std::fprintf(stderr, "ours: %s\n", qPrintable(h.error().toString()));
        std::exit(1);
    }
    QList<wd::Hive::Node> todo{(*h)->root()};
    while (!todo.isEmpty()) {
        const wd::Hive::Node n = todo.takeLast();
        ++w.keys;
        w.bytes += (*h)->name(n).size();
        auto vals = (*h)->values(n);
        if (vals)
            for (const wd::RegValue &v : *vals) {
                ++w.values;
                w.bytes += v.name.size() + v.data.size() + (v.type & 0xFFFF);
            }
        todo.append((*h)->children(n));
    }
    return w;
}

#if WD_HAVE_HIVEX
Walk walkHivex(const QString &path)
{
    Walk w;
    hive_h *h = hivex_open(QFile::encodeName(path).constData(), 0);
    if (!h) {
        std::perror("hivex_open");
        std::exit(1);
    }
    QList<hive_node_h> todo{hivex_root(h)};
    while (!todo.isEmpty()) {
        const hive_node_h n = todo.takeLast();
        ++w.keys;
        char *name = hivex_node_name(h, n);
        w.bytes += QString::fromUtf8(name).size();
        std::free(name);
        if (hive_value_h *vals = hivex_node_values(h, n)) {
            for (hive_value_h *v = vals; *v; ++v) {
                ++w.values;
                char *key = hivex_value_key(h, *v);
                w.bytes += QString::fromUtf8(key).size();
                std::free(key);
                hive_type t;
                size_t len = 0;
                char *data = hivex_value_value(h, *v, &t, &len);
                quint32 rawType = 0; // types outside hive_type's enumerators are real: no enum load
                std::memcpy(&rawType, &t, sizeof rawType);
                w.bytes += qint64(len) + (rawType & 0xFFFF);
                std::free(data);
            }
            std::free(vals);
        }
        if (hive_node_h *kids = hivex_node_children(h, n)) {
            for (hive_node_h *k = kids; *k; ++k)
                todo.append(*k);
            std::free(kids);
        }
    }
    hivex_close(h);
    return w;
}
#endif

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    if (path.isEmpty()) {
        const QDir dir(QStringLiteral(WD_REALDATA_DIR "/hives"));
        qint64 best = 0;
        for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("SYSTEM*")}, QDir::Files))
            if (!fi.fileName().contains(QStringLiteral(".LOG")) && fi.size() > best) {
                best = fi.size();
                path = fi.filePath();
            }
    }
    std::printf("hive: %s (%lld bytes), %d rounds each\n", qPrintable(path), QFileInfo(path).size(), rounds);
    const qint64 rss0 = rssKiB();
    Walk ours;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < rounds; ++i)
        ours = walkOurs(path);
    const double oursMs = double(t.nsecsElapsed()) / 1e6 / rounds;
    const qint64 rss1 = rssKiB();
    std::printf("ours : %8.1f ms per walk, %lld keys, %lld values, %lld bytes read\n", oursMs, ours.keys, ours.values, ours.bytes);
    std::printf("ours : resident memory grew by %lld KiB (file %lld KiB)\n", rss1 - rss0, QFileInfo(path).size() / 1024);
#if WD_HAVE_HIVEX
    Walk ref;
    t.restart();
    for (int i = 0; i < rounds; ++i)
        ref = walkHivex(path);
    const double refMs = double(t.nsecsElapsed()) / 1e6 / rounds;
    std::printf("hivex: %8.1f ms per walk, %lld keys, %lld values, %lld bytes read\n", refMs, ref.keys, ref.values, ref.bytes);
    if (ref.keys != ours.keys || ref.values != ours.values || ref.bytes != ours.bytes)
        std::printf("MISMATCH: the two walks differ\n");
    std::printf("ratio: hivex time / our time = %.2f (goal >= 1.0)\n", refMs / oursMs);
#else
    std::printf("hivex is not available in this build: no ratio\n");
#endif
    return 0;
}
