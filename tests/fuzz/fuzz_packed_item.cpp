// PackedCatalogItem (diagnostics/formats/winsock_catalog).
#include "formats/winsock_catalog.h"
#include "fuzz_targets.h"

namespace wd::fuzz {

int packedCatalogItem(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Expected<PackedCatalogItem> item = decodePackedCatalogItem(bytes);
    (void)guidToString(bytes.left(16));
    (void)guidFromString(QString::fromLatin1(bytes.left(40)));
    if (!item)
        return 0;
    const ProtocolInfo &i = item->info;
    (void)item->kind();
    (void)protocolDisplayName(i.protocolName);
    (void)addressFamilyName(i.addressFamily);
    (void)socketTypeName(i.socketType);
    (void)protocolNumberName(i.protocol, i.addressFamily);
    if (i.chainEntries.size() > kMaxProtocolChain || i.protocolName.size() > kProtocolNameChars)
        brokenProperty("packed_item", "more chain entries or name characters than the structure holds");
    if (const std::optional<QByteArray> g = guidFromString(i.providerId); !g || guidToString(*g) != i.providerId)
        brokenProperty("packed_item", "the provider GUID does not round-trip", i.providerId);
    // Encoding what was decoded gives a well-formed item that decodes to the same fields.
    const QByteArray once = encodePackedCatalogItem(item->dllPath, i);
    Expected<PackedCatalogItem> again = decodePackedCatalogItem(once);
    if (!again || again->truncated() || again->oversized())
        brokenProperty("packed_item", "a re-encoded item does not decode");
    const ProtocolInfo &j = again->info;
    if (j.providerId != i.providerId || j.catalogEntryId != i.catalogEntryId || j.chainLen != i.chainLen
        || j.addressFamily != i.addressFamily || j.socketType != i.socketType || j.protocol != i.protocol
        || j.serviceFlags1 != i.serviceFlags1 || j.providerFlags != i.providerFlags || j.messageSize != i.messageSize
        || j.protocolName != i.protocolName.left(kProtocolNameChars - 1).section(QChar(0), 0, 0))
        brokenProperty("packed_item", "the re-encoded item decodes to other fields");
    if (encodePackedCatalogItem(again->dllPath, j) != once)
        brokenProperty("packed_item", "encoding is not stable");
    return 0;
}

} // namespace wd::fuzz
