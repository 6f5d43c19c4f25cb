// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "importsource.h"

#include "csvreader.h"
#include "textdecoding.h"
#include "vcardreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Voronka::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::ImportReader)
};

bool startsWithVCard(const QByteArray &head)
{
    const QString text = QStringDecoder(ImportText::detectEncoding(head).constData())(head);
    return text.trimmed().startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive);
}

} // namespace

Result<std::unique_ptr<ImportReader>> ImportReader::open(const QString &path,
                                                         const ImportReadOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::Code::NotFound, Tr::tr("%1 does not exist.").arg(path));
    if (info.isDir())
        return makeError(Error::Code::Invalid, Tr::tr("%1 is a folder, not a file.").arg(path));

    ImportFormat format = options.format;
    if (format == ImportFormat::Auto) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Error::Code::Storage,
                             Tr::tr("Cannot open %1: %2").arg(path, file.errorString()));
        const QByteArray head = file.read(4096);
        const QString suffix = info.suffix().toLower();
        if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
            format = ImportFormat::Xlsx;
        else if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
            return makeError(Error::Code::Invalid,
                             Tr::tr("%1 is an Excel 97-2003 workbook (.xls), which cannot be "
                                    "read: save it as an Excel workbook (.xlsx) or as CSV.")
                                 .arg(info.fileName()));
        else if (startsWithVCard(head))
            format = ImportFormat::VCard;
        else if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
            format = ImportFormat::Xlsx;
        else if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
            format = ImportFormat::VCard;
        else
            format = ImportFormat::Csv;
    }
    switch (format) {
    case ImportFormat::Xlsx:
        return XlsxReader::open(path, options);
    case ImportFormat::VCard:
        return VCardReader::open(path, options);
    case ImportFormat::Csv:
    case ImportFormat::Auto:
        break;
    }
    return CsvReader::open(path, options);
}

} // namespace Voronka::Core
