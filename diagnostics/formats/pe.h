// PE32 / PE32+ image parser (headers, sections, data directories, certificate table, version
// resource). Everything is read through ByteReader; malformed input gives ErrorKind::Corrupt.
#pragma once
#include "core/error.h"
#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace wd::pe {

struct Section {
    QString name;
    quint32 virtualSize = 0, virtualAddress = 0, rawSize = 0, rawPointer = 0, characteristics = 0;
};

struct DataDirectory {
    quint32 rva = 0; // for the security directory: a FILE OFFSET, not an RVA
    quint32 size = 0;
};

// WIN_CERTIFICATE entry of the certificate table.
struct Certificate {
    quint16 revision = 0; // 0x0200
    quint16 type = 0;     // 2 = WIN_CERT_TYPE_PKCS_SIGNED_DATA
    qint64 offset = 0;    // of the entry in the file
    QByteArray data;      // bCertificate (PKCS#7 SignedData for type 2)
};

struct VersionInfo {
    QString fileVersion, productVersion, companyName, productName, fileDescription, originalFilename;
    QString fixedFileVersion; // "a.b.c.d" from VS_FIXEDFILEINFO
    bool isEmpty() const { return fileVersion.isEmpty() && companyName.isEmpty() && fixedFileVersion.isEmpty(); }
};

struct Image {
    bool pe32Plus = false;
    quint16 machine = 0;
    quint16 characteristics = 0;
    quint16 subsystem = 0;
    qint64 fileSize = 0;
    qint64 peOffset = 0;
    qint64 optionalHeaderOffset = 0;
    qint64 checksumOffset = 0;       // file offset of OptionalHeader.CheckSum
    qint64 securityEntryOffset = 0;  // file offset of DataDirectory[4] (8 bytes)
    quint32 sizeOfHeaders = 0;
    quint32 storedChecksum = 0;
    quint32 numberOfRvaAndSizes = 0;
    QList<DataDirectory> directories;
    QList<Section> sections;
    qint64 endOfSections = 0;        // max(rawPointer + rawSize) over sections (clamped to the file)
    // Certificate table (security directory); 0/0 when the file has none.
    qint64 certTableOffset = 0;
    qint64 certTableSize = 0;
    QList<Certificate> certificates;
    bool hasCertTable() const { return certTableSize > 0; }
    // Bytes after the end of the certificate table (appended data), 0 when none.
    qint64 trailingAfterCertTable() const
    {
        return hasCertTable() ? fileSize - (certTableOffset + certTableSize) : 0;
    }
    QString machineName() const;
};

// Parses the image headers and the certificate table. A certificate table that points outside the
// file or whose entries do not fit is malformed (Corrupt).
Expected<Image> parse(const QByteArray &data);
// True when DATA starts like a PE ("MZ" + "PE\0\0" at e_lfanew).
bool looksLikePe(const QByteArray &data);
// File offset of RVA, or -1 when no section (or the headers) maps it.
qint64 rvaToOffset(const Image &img, quint32 rva);
// VS_VERSIONINFO strings from the resource section (empty when absent; never fails on odd data).
VersionInfo readVersionInfo(const QByteArray &data, const Image &img);

// String ID of the RT_STRING table (resource type 6): it lives in block ID / 16 + 1 as entry ID % 16
// of 16 UTF-16 strings, each prefixed by its length in characters. LANGS are the language ids tried
// in order (0x0409 en-US, 0x0804 zh-CN); then language-neutral (0), then the block's first language.
// nullopt when the image has no such string (absent and empty strings alike), never fails on odd data.
std::optional<QString> readResourceString(const QByteArray &data, const Image &img, quint32 id, const QList<quint16> &langs = {});

} // namespace wd::pe
