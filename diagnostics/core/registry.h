// Registry value model shared by hive readers, SystemView and the repair writers.
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace wd {

// Registry value types (winnt.h REG_* numbers).
enum RegType : quint32 {
    RegNone = 0, RegSz = 1, RegExpandSz = 2, RegBinary = 3, RegDword = 4, RegDwordBigEndian = 5,
    RegLink = 6, RegMultiSz = 7, RegResourceList = 8, RegQword = 11
};

struct RegValue {
    QString name;     // "" = default value
    quint32 type = RegNone;
    QByteArray data;  // raw bytes as stored (strings are UTF-16LE)

    QString toString() const;        // REG_SZ / REG_EXPAND_SZ (stops at the first NUL); DWORD as decimal
    QStringList toStringList() const; // REG_MULTI_SZ (REG_SZ -> one element)
    std::optional<quint32> toDword() const;
    std::optional<quint64> toQword() const;

    static RegValue sz(const QString &name, const QString &s, quint32 type = RegSz);
    static RegValue multiSz(const QString &name, const QStringList &items);
    static RegValue dword(const QString &name, quint32 v);
    static RegValue qword(const QString &name, quint64 v);
    static RegValue binary(const QString &name, const QByteArray &data);
    bool operator==(const RegValue &o) const { return name == o.name && type == o.type && data == o.data; }
};

QByteArray utf16z(const QString &s); // UTF-16LE with a terminating NUL, as REG_SZ stores it

} // namespace wd
