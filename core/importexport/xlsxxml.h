// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QCoreApplication>
#include <QXmlStreamReader>

// Small helpers for the XML parts of a workbook (xlsxreader.cpp, xlsxparts.cpp).
namespace Voronka::Core::XlsxXml {

inline QString attribute(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.attributes().value(name).toString();
}

// The r:id of a <sheet>: its namespace differs between transitional and strict workbooks.
inline QString relationshipId(const QXmlStreamReader &xml)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == QLatin1String("id") && !a.prefix().isEmpty())
            return a.value().toString();
    }
    return {};
}

inline QString error(const QXmlStreamReader &xml)
{
    if (xml.error() == QXmlStreamReader::CustomError)
        return xml.errorString();
    return QCoreApplication::translate("Voronka::Core::ImportReader", "broken XML at line %1: %2")
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

inline bool isTrue(QStringView v)
{
    return v == QLatin1String("1") || v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace Voronka::Core::XlsxXml
