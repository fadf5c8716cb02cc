#include "core/text.h"
#include "core/brand.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTranslator>

namespace wd {

namespace {

std::shared_ptr<const Text::Node> literalNode(const QString &s)
{
    auto n = std::make_shared<Text::Node>();
    n->kind = Text::Node::Literal;
    n->literal = s;
    return n;
}

// QString::arg with k string arguments at once (k >= 2), as the variadic QString::arg does.
QString applyMulti(const QString &s, const QStringList &a)
{
    switch (a.size()) {
    case 2: return s.arg(a[0], a[1]);
    case 3: return s.arg(a[0], a[1], a[2]);
    case 4: return s.arg(a[0], a[1], a[2], a[3]);
    case 5: return s.arg(a[0], a[1], a[2], a[3], a[4]);
    case 6: return s.arg(a[0], a[1], a[2], a[3], a[4], a[5]);
    case 7: return s.arg(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
    case 8: return s.arg(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    default: break;
    }
    QString r = s;
    for (const QString &x : a)
        r = r.arg(x);
    return r;
}

constexpr int kMaxJsonDepth = 32; // a report is data from a stranger: bounded recursion

Text fromJsonDepth(const QJsonValue &v, int depth);

QList<Text> listFromJson(const QJsonArray &a, int depth)
{
    QList<Text> out;
    out.reserve(a.size());
    for (const QJsonValue &x : a)
        out.append(fromJsonDepth(x, depth + 1));
    return out;
}

} // namespace

Text::Text(const QString &literal)
{
    if (!literal.isEmpty())
        d = literalNode(literal);
}

Text Text::message(const char *context, const char *source, const char *disambiguation, int n)
{
    auto node = std::make_shared<Node>();
    node->kind = Node::Message;
    node->context = context;
    node->source = source;
    if (disambiguation)
        node->disambiguation = disambiguation;
    node->n = n;
    Text t;
    t.d = node;
    return t;
}

Text Text::argList(const QList<Text> &args) const
{
    if (!d || args.isEmpty())
        return *this;
    if (d->kind != Node::Message) {
        // .arg() on a literal or a concatenation: nothing of it is looked up in a translator, so it
        // is applied now (the arguments are rendered in the current language).
        QStringList a;
        for (const Text &t : args)
            a.append(t.toString());
        return Text(args.size() == 1 ? toString().arg(a.first()) : applyMulti(toString(), a));
    }
    auto node = std::make_shared<Node>(*d);
    node->args.append(args);
    Text t;
    t.d = node;
    return t;
}

Text Text::arg(const Text &a) const
{
    return argList({a});
}

Text Text::arg(const QString &a, int fieldWidth, QChar fill) const
{
    if (fieldWidth == 0)
        return argList({Text(a)});
    return argList({Text(QStringLiteral("%1").arg(a, fieldWidth, fill))});
}

Text Text::arg(qlonglong a, int fieldWidth, int base, QChar fill) const
{
    return argList({Text(QStringLiteral("%1").arg(a, fieldWidth, base, fill))});
}

Text Text::arg(qulonglong a, int fieldWidth, int base, QChar fill) const
{
    return argList({Text(QStringLiteral("%1").arg(a, fieldWidth, base, fill))});
}

Text Text::arg(double a, int fieldWidth, char format, int precision, QChar fill) const
{
    return argList({Text(QStringLiteral("%1").arg(a, fieldWidth, format, precision, fill))});
}

namespace {

// One rendering of a node: BASE is the message's text in the wanted language, FN renders the parts
// and arguments the same way (toString or toSourceString).
QString renderNode(const Text::Node &n, const QString &base, QString (Text::*fn)() const)
{
    switch (n.kind) {
    case Text::Node::Literal:
        return n.literal;
    case Text::Node::Concat: {
        QString r;
        for (const Text &p : n.parts)
            r += (p.*fn)();
        return r;
    }
    case Text::Node::Message: {
        QString r = base;
        for (const QList<Text> &group : n.args) {
            QStringList a;
            for (const Text &t : group)
                a.append((t.*fn)());
            r = a.size() == 1 ? r.arg(a.first()) : applyMulti(r, a);
        }
        return r;
    }
    }
    return {};
}

const char *disambiguationOf(const Text::Node &n)
{
    return n.disambiguation.isEmpty() ? nullptr : n.disambiguation.constData();
}

} // namespace

QString Text::toString() const
{
    if (!d)
        return {};
    const QString base = d->kind == Node::Message
        ? QCoreApplication::translate(d->context.constData(), d->source.constData(), disambiguationOf(*d), d->n)
        : QString();
    return renderNode(*d, base, &Text::toString);
}

QString Text::toSourceString() const
{
    if (!d)
        return {};
    QString base;
    if (d->kind == Node::Message) {
        // The English catalogue only holds plural forms; loaded once, read-only afterwards.
        static const QTranslator *const english = [] {
            auto *t = new QTranslator;
            if (!t->load(QStringLiteral(":/i18n/winsock-doctor_en.qm"))) {
                delete t;
                return static_cast<QTranslator *>(nullptr);
            }
            return t;
        }();
        if (english)
            base = english->translate(d->context.constData(), d->source.constData(), disambiguationOf(*d), d->n);
        if (base.isEmpty())
            base = QString::fromUtf8(d->source);
        if (d->n >= 0)
            base.replace(QLatin1String("%n"), QString::number(d->n));
        base = brandMessage(base, QStringLiteral("en"));
    }
    return renderNode(*d, base, &Text::toSourceString);
}

bool Text::isEmpty() const
{
    if (!d)
        return true;
    switch (d->kind) {
    case Node::Literal: return d->literal.isEmpty();
    case Node::Message: return d->source.isEmpty();
    case Node::Concat:
        for (const Text &p : d->parts)
            if (!p.isEmpty())
                return false;
        return true;
    }
    return true;
}

bool Text::isLiteral() const
{
    if (!d || d->kind == Node::Literal)
        return true;
    if (d->kind == Node::Message)
        return false;
    for (const Text &p : d->parts)
        if (!p.isLiteral())
            return false;
    return true;
}

Text &Text::operator+=(const Text &other)
{
    *this = *this + other;
    return *this;
}

Text operator+(const Text &a, const Text &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    if (a.isLiteral() && b.isLiteral())
        return Text(a.toString() + b.toString());
    auto node = std::make_shared<Text::Node>();
    node->kind = Text::Node::Concat;
    if (a.d->kind == Text::Node::Concat)
        node->parts = a.d->parts;
    else
        node->parts.append(a);
    if (b.d->kind == Text::Node::Concat)
        node->parts += b.d->parts;
    else
        node->parts.append(b);
    Text t;
    t.d = node;
    return t;
}

QString joinRendered(const QList<Text> &parts, const QString &sep)
{
    QStringList l;
    for (const Text &t : parts)
        l.append(t.toString());
    return l.join(sep);
}

Text Text::join(const QList<Text> &parts, const Text &separator)
{
    Text r;
    bool first = true;
    for (const Text &p : parts) {
        if (!first)
            r += separator;
        r += p;
        first = false;
    }
    return r;
}

// JSON form: a literal is a string; a message {"ctx","src"[,"dis"][,"n"][,"args":[[...],...]]};
// a concatenation {"cat":[...]}.
QJsonValue Text::toJson() const
{
    if (!d)
        return QString();
    switch (d->kind) {
    case Node::Literal:
        return d->literal;
    case Node::Concat: {
        QJsonArray a;
        for (const Text &p : d->parts)
            a.append(p.toJson());
        return QJsonObject{{QStringLiteral("cat"), a}};
    }
    case Node::Message: {
        QJsonObject o;
        o.insert(QStringLiteral("ctx"), QString::fromUtf8(d->context));
        o.insert(QStringLiteral("src"), QString::fromUtf8(d->source));
        if (!d->disambiguation.isEmpty())
            o.insert(QStringLiteral("dis"), QString::fromUtf8(d->disambiguation));
        if (d->n >= 0)
            o.insert(QStringLiteral("n"), d->n);
        if (!d->args.isEmpty()) {
            QJsonArray groups;
            for (const QList<Text> &g : d->args) {
                QJsonArray ga;
                for (const Text &t : g)
                    ga.append(t.toJson());
                groups.append(ga);
            }
            o.insert(QStringLiteral("args"), groups);
        }
        return o;
    }
    }
    return QString();
}

namespace {

Text fromJsonDepth(const QJsonValue &v, int depth)
{
    if (v.isString())
        return Text(v.toString());
    if (!v.isObject() || depth > kMaxJsonDepth)
        return Text();
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("cat")))
        return Text::join(listFromJson(o.value(QStringLiteral("cat")).toArray(), depth), Text());
    const QByteArray ctx = o.value(QStringLiteral("ctx")).toString().toUtf8();
    const QByteArray src = o.value(QStringLiteral("src")).toString().toUtf8();
    if (src.isEmpty())
        return Text();
    const QByteArray dis = o.value(QStringLiteral("dis")).toString().toUtf8();
    const int n = o.contains(QStringLiteral("n")) ? o.value(QStringLiteral("n")).toInt(-1) : -1;
    Text t = Text::message(ctx.constData(), src.constData(), dis.isEmpty() ? nullptr : dis.constData(), n);
    // Text::message keeps copies of the bytes, so the temporaries above may go.
    for (const QJsonValue &g : o.value(QStringLiteral("args")).toArray()) {
        const QList<Text> group = g.isArray() ? listFromJson(g.toArray(), depth) : QList<Text>{fromJsonDepth(g, depth + 1)};
        if (group.size() == 1)
            t = t.arg(group.first());
        else if (group.size() >= 2)
            t = t.argList(group);
    }
    return t;
}

} // namespace

Text Text::fromJson(const QJsonValue &v)
{
    return fromJsonDepth(v, 0);
}

} // namespace wd
