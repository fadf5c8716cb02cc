// PE + certificate table + Authenticode digest (diagnostics/formats/pe, authenticode).
#include "formats/authenticode.h"
#include "formats/pe.h"
#include "fuzz_targets.h"

namespace wd::fuzz {

int peAuthenticode(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)pe::looksLikePe(bytes);
    Expected<pe::Image> img = pe::parse(bytes);
    if (!img) {
        const sig::FileDigests d = sig::computeDigests(bytes, nullptr, sig::NeedAll);
        if (d.isPe || d.flatSha256.size() != 32 || d.flatSha1.size() != 20)
            brokenProperty("pe", "flat digests of a non-PE");
        return 0;
    }
    for (const pe::DataDirectory &dir : img->directories)
        (void)pe::rvaToOffset(*img, dir.rva);
    for (const pe::Section &s : img->sections)
        (void)pe::rvaToOffset(*img, s.virtualAddress + s.virtualSize / 2);
    (void)pe::readVersionInfo(bytes, *img);
    (void)img->machineName();
    if (img->certTableOffset < 0 || img->certTableSize < 0 || img->certTableOffset + img->certTableSize > bytes.size())
        brokenProperty("pe", "the certificate table lies outside the file");
    for (const pe::Certificate &c : img->certificates)
        if (c.offset < 0 || c.offset + c.data.size() > bytes.size())
            brokenProperty("pe", "a certificate entry lies outside the file");
    // Every digest in one pass equals each digest computed on its own.
    const sig::FileDigests all = sig::computeDigests(bytes, &*img, sig::NeedAll);
    const sig::FileDigests a256 = sig::computeDigests(bytes, &*img, sig::NeedAuthSha256);
    sig::FileDigests more = sig::computeDigests(bytes, &*img, sig::NeedFlatSha1);
    sig::completeDigests(more, bytes, &*img, sig::NeedAuthSha1 | sig::NeedFlatSha256);
    if (all.authSha256 != a256.authSha256 || all.authSha1 != more.authSha1 || all.flatSha1 != more.flatSha1
        || all.flatSha256 != more.flatSha256)
        brokenProperty("pe", "digests differ between one pass and separate passes");
    if (!img->certificates.isEmpty()) {
        sig::TrustStore trust;
        sig::VerifyParams params;
        params.trust = &trust;
        params.at = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        const sig::SignatureInfo info = sig::verifyEmbedded(*img, all, params);
        if (info.status == sig::Status::Valid)
            brokenProperty("pe", "a signature is valid without any trust anchor");
        (void)info.toJson();
    }
    return 0;
}

} // namespace wd::fuzz
