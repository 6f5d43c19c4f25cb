// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Voronka::Core::Text {

QString digitsOnly(QStringView phone)
{
    QString out;
    out.reserve(phone.size());
    for (QChar c : phone)
        if (c >= u'0' && c <= u'9')
            out.append(c);
    return out;
}

QStringList phoneSearchTerms(QStringView phone)
{
    const QString d = digitsOnly(phone);
    if (d.isEmpty())
        return {};
    // The whole number, then its last ten digits (the national number: +7 999 … and 8 999 …
    // share them) and every shorter ending down to five digits, so that a number is found by
    // its last digits as people remember and type them ("640-11-66").
    QStringList terms{d};
    const QString tail = d.right(10);
    for (qsizetype n = tail.size(); n >= kPhoneSuffixMin; --n)
        if (n < d.size())
            terms << tail.right(n);
    return terms;
}

QString phoneQuery(QStringView typed)
{
    return digitsOnly(typed).right(10);
}

bool looksLikeEmail(QStringView email)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return re.match(email.toString()).hasMatch();
}

bool looksLikeUrl(QStringView url)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(https?://)?[\w\-]+(\.[\w\-]+)+(:\d+)?(/\S*)?$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re.match(url.toString()).hasMatch();
}

namespace {
// Characters a JSON string holds as they are: no escape, no UTF-8 question (a lone surrogate).
// `quotes`: a quote may appear (the separators of a list, checked by the caller).
bool plainJsonText(QStringView s, bool quotes = false)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || (c == u'"' && !quotes) || c == u'\\' || c.isSurrogate())
            return false;
    return true;
}
} // namespace

// Plain strings are written and read directly, exactly as QJsonDocument's compact form has
// them: an import normalises two lists per record, and QJsonDocument showed as a tenth of it.
QString joinJsonArray(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    qsizetype size = 1;
    for (const QString &i : items) {
        if (!plainJsonText(i))
            return QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
        size += i.size() + 3;
    }
    QString out;
    out.reserve(size);
    out += u'[';
    for (const QString &i : items) {
        if (out.size() > 1)
            out += u',';
        out += u'"';
        out += i;
        out += u'"';
    }
    out += u']';
    return out;
}

QStringList splitJsonArray(const QString &json)
{
    if (json.isEmpty())
        return {};
    // ["a","b"] with plain strings: split on the separators.
    if (json.size() >= 4 && json.startsWith(u"[\"") && json.endsWith(u"\"]")) {
        const QStringView inner = QStringView(json).mid(2, json.size() - 4);
        if (plainJsonText(inner, true)) {
            QStringList out;
            bool plain = true;
            for (QStringView part : inner.split(u"\",\""))
                if (part.contains(u'"')) {
                    plain = false;
                    break;
                } else {
                    out << part.toString();
                }
            if (plain)
                return out;
        }
    }
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : a)
        out << v.toString();
    return out;
}

} // namespace Voronka::Core::Text
