// The text of one JSON object, assembled member by member and handed to QJsonDocument::fromJson.
//
// Why: QJsonObject::insert makes and frees a temporary value for every string it stores, so an object
// of twenty strings costs about three times as much to fill by inserting as to parse from its text.
// A deep scan makes one report entry per verified file (thousands); they are made through this.
// QJson still does all of the JSON: its parser reads the text, and any string that needs escaping
// (quotes, backslashes, control characters, unpaired surrogates) is escaped by its writer. Only
// strings that JSON takes as they are (and that encode to UTF-8 unchanged) are copied directly.
// Keys are the program's own ASCII literals.
#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <optional>

namespace wd {

class JsonText {
public:
    JsonText() { m_text.reserve(1024); }

    // Values (in an array, or after key()).
    JsonText &beginObject() { return open('{'); }
    JsonText &endObject() { return close('}'); }
    JsonText &beginArray() { return open('['); }
    JsonText &endArray() { return close(']'); }
    JsonText &string(QStringView s);
    JsonText &boolean(bool b);
    JsonText &null();
    // A member's key, then its value.
    JsonText &key(QLatin1String k);
    // key + string / boolean.
    JsonText &member(QLatin1String k, QStringView s) { return key(k).string(s); }
    JsonText &member(QLatin1String k, bool b) { return key(k).boolean(b); }

    const QByteArray &text() const { return m_text; }
    // The object the text holds (QJsonDocument::fromJson); empty if the text is not one complete
    // object (a programming error: the calls did not nest).
    QJsonObject object() const;

private:
    void separate();
    JsonText &open(char bracket);
    JsonText &close(char bracket);
    QByteArray m_text;
    bool m_first = true; // no value yet in the current object or array
    bool m_afterKey = false;
};

} // namespace wd

namespace wd::jsontext {

// Report entries are kept as compact JSON text (JsonText, or QJsonDocument::Compact: no whitespace,
// no numbers) and parsed only when somebody needs the object. These read such a text without a
// parser of QJson's; any other text (whitespace, a number, a bad escape, invalid UTF-8, a duplicate
// key, nesting deeper than 32) is refused, and the caller then falls back to QJson.

// Appends to OUT the object COMPACT as QJsonDocument::toJson(Indented) writes it as a value at DEPTH
// (its "{" where the value starts, its members at DEPTH + 1, its "}" at DEPTH), members in the order
// QJsonObject keeps them (sorted by key). False, OUT unchanged, when COMPACT is not such an object.
bool appendIndented(QByteArrayView compact, int depth, QByteArray *out);

// The raw text of the value of top-level member KEY of the object COMPACT; empty when there is no
// such member or COMPACT is not such an object.
QByteArrayView memberValue(QByteArrayView compact, QLatin1String key);
// The same for N keys at once (one pass over COMPACT): VALUES[i] for KEYS[i]. False (VALUES all empty)
// when COMPACT is not such an object. TRUSTED: COMPACT was accepted by this reader before (or made by
// JsonText): it is not checked again, only scanned.
bool memberValues(QByteArrayView compact, const QLatin1String *keys, qsizetype n, QByteArrayView *values, bool trusted = false);

// The string a raw JSON string value (with its quotes) stands for; nullopt when RAW is not one.
std::optional<QString> stringValue(QByteArrayView raw);

} // namespace wd::jsontext
