// wd-make-demo OUTDIR: writes the demo volume to OUTDIR/volume and its archive to OUTDIR/demo.wdimg.
#include "fixtures/demo_image.h"
#include "platform/targets.h"
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: wd-make-demo OUTDIR\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString volume = out + QStringLiteral("/volume");
    QDir(volume).removeRecursively();
    QDir().mkpath(volume);
    try {
        wd::fx::buildDemoImage(volume);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "wd-make-demo: %s\n", e.what());
        return 1;
    }
    wd::Expected<QByteArray> archive = wd::packDirectory(volume);
    if (!archive) {
        std::fprintf(stderr, "wd-make-demo: %s\n", qPrintable(archive.error().toString()));
        return 1;
    }
    QSaveFile f(out + QStringLiteral("/demo.wdimg"));
    if (!f.open(QIODevice::WriteOnly) || f.write(*archive) != archive->size() || !f.commit()) {
        std::fprintf(stderr, "wd-make-demo: cannot write the archive\n");
        return 1;
    }
    return 0;
}
