// libFuzzer entry (one binary per WD_FUZZ_TARGET, see tools/fuzz.sh) or, without libFuzzer, a driver
// that replays every file given on the command line (files or folders) through the harness its
// folder names (tests/fuzz/regressions/<target>/...): the regression inputs under ctest.
//   wd_fuzz_regressions PATH...                       replay
//   wd_fuzz_regressions --seeds DIR [SIGNED-PE...]    write generated seeds to DIR/<target>/
#include "fuzz_hive.h"
#include "fuzz_targets.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

#ifdef WD_FUZZ_TARGET
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return wd::fuzz::WD_FUZZ_TARGET(data, size);
}
#else
namespace {
struct Target {
    const char *folder;
    int (*run)(const uint8_t *, size_t);
};
const Target kTargets[] = {
    {"hive_reader", wd::fuzz::hiveReader},          {"hive_writer", wd::fuzz::hiveWriter},
    {"pe_authenticode", wd::fuzz::peAuthenticode},  {"pkcs7_catalog", wd::fuzz::pkcs7Catalog},
    {"packed_item", wd::fuzz::packedCatalogItem},   {"minidump", wd::fuzz::minidump},
    {"reg_file", wd::fuzz::regFile},                {"report", wd::fuzz::reportImport},
    {"support_code", wd::fuzz::supportCode},        {"hive_log", wd::fuzz::hiveLogReplay},
    {"vcache", wd::fuzz::verificationCache},
};
} // namespace

int main(int argc, char **argv)
{
    if (argc >= 3 && QByteArray(argv[1]) == "--seeds") {
        const QString dir = QString::fromLocal8Bit(argv[2]);
        QStringList pes;
        for (int i = 3; i < argc; ++i)
            pes << QString::fromLocal8Bit(argv[i]);
        const int n = wd::fuzz::writeGeneratedSeeds(dir);
        const int s = wd::fuzz::writePkcs7Seeds(dir, pes);
        std::printf("fuzz seeds: %d generated, %d signatures from PE files, in %s\n", n, s, argv[2]);
        return n > 0 ? 0 : 1;
    }
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        QStringList paths;
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isFile())
            paths << arg;
        QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
        for (const QString &p : paths) {
            const Target *target = nullptr;
            for (const Target &t : kTargets)
                if (QFileInfo(p).absolutePath().split(QLatin1Char('/')).contains(QLatin1String(t.folder)))
                    target = &t;
            if (!target) {
                std::fprintf(stderr, "%s: not under a folder named after a fuzz target\n", qPrintable(p));
                return 2;
            }
            QFile f(p);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: cannot read\n", qPrintable(p));
                return 2;
            }
            const QByteArray d = f.readAll();
            target->run(reinterpret_cast<const uint8_t *>(d.constData()), size_t(d.size()));
            ++files;
        }
    }
    std::printf("fuzz regressions: %d inputs replayed without a broken property\n", files);
    return files > 0 ? 0 : 1;
}
#endif
