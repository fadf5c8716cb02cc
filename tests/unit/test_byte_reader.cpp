#include "formats/byte_reader.h"
#include "support/test_util.h"
#include <catch2/catch.hpp>

using namespace wd;

TEST_CASE("ByteReader reads little-endian values and refuses reads past the end", "[formats][reader]")
{
    const QByteArray data = QByteArray::fromHex("0102030405060708");
    ByteReader r(data);
    CHECK(r.u16() == 0x0201);
    CHECK(r.u32() == 0x06050403);
    CHECK(r.ok());
    CHECK(r.u32() == 0); // only 2 bytes left
    CHECK(r.failed());
    CHECK(r.atEnd());
}

TEST_CASE("ByteReader random access is overflow-safe", "[formats][reader]")
{
    const QByteArray data(16, 'x');
    ByteReader r(data);
    CHECK(r.has(0, 16));
    CHECK_FALSE(r.has(1, 16));
    CHECK_FALSE(r.has(-1, 1));
    CHECK_FALSE(r.has(8, std::numeric_limits<qint64>::max()));
    CHECK_FALSE(r.at<quint32>(13).has_value());
    CHECK(r.at<quint32>(12).has_value());
    CHECK(r.sub(10, 10).failed());
    CHECK(r.sub(10, 6).size() == 6);
    CHECK(r.bytesAt(15, 2).isEmpty());
}

TEST_CASE("ByteReader string fields stop at NUL and at the field end", "[formats][reader]")
{
    QByteArray data("abc\0def", 7);
    data += QByteArray::fromHex("48006900000041004200");
    ByteReader r(data);
    CHECK(r.latin1At(0, 7) == QStringLiteral("abc"));
    CHECK(r.latin1At(4, 3) == QStringLiteral("def"));
    CHECK(r.latin1At(4, 100) == QStringLiteral("defH")); // runs into the next field up to its NUL
    CHECK(r.utf16At(7, 10) == QStringLiteral("Hi"));
    CHECK(r.utf16At(13, 10) == QStringLiteral("AB"));
    CHECK(r.utf16At(13, 1) == QStringLiteral("A"));
    CHECK(r.latin1At(1000, 5).isEmpty());
}
