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

QString joinJsonArray(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QStringList splitJsonArray(const QString &json)
{
    if (json.isEmpty())
        return {};
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : a)
        out << v.toString();
    return out;
}

} // namespace Voronka::Core::Text
