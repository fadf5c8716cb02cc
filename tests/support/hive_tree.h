// A whole hive as a flat tree (path -> key), read either by our engine (wd::Hive) or, on Linux, by
// hivex, the reference. Tests compare the two, and compare both with a model of expected edits.
#pragma once
#include "formats/hive.h"
#include "core/registry.h"
#include <QFile>
#include <QString>
#include <map>
#include <optional>

#if WD_HAVE_HIVEX
#include <hivex.h>
#include <cstdlib>
#include <cstring>
#endif

namespace wd::test {

struct TreeKey {
    QString path;              // exact case as stored, "" = root, "A\B" below it
    QList<RegValue> values;    // stored order
    bool operator==(const TreeKey &o) const { return path == o.path && values == o.values; }
};
// Keyed by the upper-cased path (key names are case-insensitive).
using HiveTree = std::map<QString, TreeKey>;

inline QString treeKeyOf(const QString &path) { return path.toUpper(); }

// Reads every key and value through our engine; nullopt (and ERROR) when anything is unreadable.
inline std::optional<HiveTree> readTreeWithEngine(const QString &file, QString *error = nullptr)
{
    Expected<std::unique_ptr<Hive>> h = Hive::open(file);
    if (!h) {
        if (error) *error = h.error().toString();
        return std::nullopt;
    }
    HiveTree out;
    struct Item { Hive::Node n; QString path; };
    QList<Item> todo{{(*h)->root(), QString()}};
    while (!todo.isEmpty()) {
        const Item it = todo.takeLast();
        Expected<QList<RegValue>> vals = (*h)->values(it.n);
        Expected<QList<Hive::Node>> kids = (*h)->childrenChecked(it.n);
        if (!vals || !kids) {
            if (error) *error = (!vals ? vals.error() : kids.error()).toString();
            return std::nullopt;
        }
        out[treeKeyOf(it.path)] = TreeKey{it.path, *vals};
        for (Hive::Node c : *kids)
            todo.append({c, it.path.isEmpty() ? (*h)->name(c) : it.path + QLatin1Char('\\') + (*h)->name(c)});
    }
    return out;
}

#if WD_HAVE_HIVEX
// The same walk through hivex.
inline std::optional<HiveTree> readTreeWithHivex(const QString &file, QString *error = nullptr)
{
    hive_h *h = hivex_open(QFile::encodeName(file).constData(), 0);
    if (!h) {
        if (error) *error = QStringLiteral("hivex_open failed");
        return std::nullopt;
    }
    HiveTree out;
    bool ok = true;
    struct Item { hive_node_h n; QString path; };
    QList<Item> todo{{hivex_root(h), QString()}};
    while (ok && !todo.isEmpty()) {
        const Item it = todo.takeLast();
        TreeKey k{it.path, {}};
        hive_value_h *vals = hivex_node_values(h, it.n);
        hive_node_h *kids = hivex_node_children(h, it.n);
        if (!vals || !kids) {
            ok = false;
        } else {
            for (hive_value_h *v = vals; *v; ++v) {
                RegValue rv;
                const size_t klen = hivex_value_key_len(h, *v);
                char *key = hivex_value_key(h, *v);
                if (key) rv.name = QString::fromUtf8(key, qsizetype(klen));
                std::free(key);
                hive_type t = hive_t_none;
                size_t len = 0;
                char *data = hivex_value_value(h, *v, &t, &len);
                if (!data) { ok = false; break; }
                std::memcpy(&rv.type, &t, sizeof rv.type); // types outside hive_type's enumerators are real: no enum load
                rv.data = QByteArray(data, qsizetype(len));
                std::free(data);
                k.values.append(rv);
            }
            for (hive_node_h *c = kids; *c; ++c) {
                const size_t nlen = hivex_node_name_len(h, *c);
                char *name = hivex_node_name(h, *c);
                const QString n = name ? QString::fromUtf8(name, qsizetype(nlen)) : QString();
                std::free(name);
                todo.append({*c, it.path.isEmpty() ? n : it.path + QLatin1Char('\\') + n});
            }
        }
        std::free(vals);
        std::free(kids);
        out[treeKeyOf(it.path)] = k;
    }
    hivex_close(h);
    if (!ok) {
        if (error) *error = QStringLiteral("hivex could not read the whole tree");
        return std::nullopt;
    }
    return out;
}
#endif

} // namespace wd::test
