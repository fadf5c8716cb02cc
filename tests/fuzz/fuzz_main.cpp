// libFuzzer entry (tools/fuzz.sh builds one binary per WD_FUZZ_TARGET) or, without libFuzzer,
// a driver that runs every file given on the command line (files or folders) through all harnesses
// that the folder names (hive_reader, hive_writer): the regression inputs under ctest.
#include "fuzz_hive.h"
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
int main(int argc, char **argv)
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        if (QFileInfo(QString::fromLocal8Bit(argv[i])).isFile())
            paths << QString::fromLocal8Bit(argv[i]);
        while (it.hasNext())
            paths << it.next();
        for (const QString &p : paths) {
            QFile f(p);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray d = f.readAll();
            const auto *u = reinterpret_cast<const uint8_t *>(d.constData());
            if (p.contains(QStringLiteral("hive_writer")))
                wd::fuzz::hiveWriter(u, size_t(d.size()));
            else
                wd::fuzz::hiveReader(u, size_t(d.size()));
            ++files;
        }
    }
    std::printf("fuzz regressions: %d inputs replayed without a broken property\n", files);
    return 0;
}
#endif
