// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "importsource.h"

#include <QFile>
#include <QStringDecoder>

namespace Voronka::Core {

// vCard 2.1, 3.0 and 4.0 as phones, Outlook, Gmail, iCloud and Android write them, one row per
// card in fixed columns (see columns()). Folded lines, quoted-printable values with soft line
// breaks, CHARSET parameters, 2.1 bare types (TEL;CELL;PREF), TYPE lists, Apple's item groups
// with their X-ABLabel, escaped \, \; \n. Photos and other binary values are skipped.
// Several phones, emails, addresses or web sites are one cell, one value a line; the phones'
// and emails' types are the same lines of their own column ("mobile", "work, fax"), the
// preferred value first. A card without FN is named from N, then ORG, then its email.
class VCardReader final : public ImportReader
{
public:
    static Result<std::unique_ptr<ImportReader>> open(const QString &path,
                                                      const ImportReadOptions &options);

    // The column headers, in English: they name vCard properties, and the importer's
    // mapping guesses read them like any file's headers.
    static QStringList columns();
    enum Column {
        Name,
        FirstName,
        LastName,
        MiddleName,
        Phones,
        PhoneTypes,
        Emails,
        EmailTypes,
        Company,
        Department,
        Position,
        Birthday,
        Address,
        Website,
        Note,
        Tags, // CATEGORIES
        ColumnCount
    };

    const ImportDetected &detected() const override { return m_detected; }
    bool next(ImportRow &row) override;
    QString error() const override { return m_error; }
    double progress() const override;

private:
    VCardReader() = default;
    // One physical line without its line end; false at the end of the file.
    bool physicalLine(QByteArray &line);
    // One content line, unfolded (and quoted-printable soft breaks joined); false at the end.
    bool contentLine(QByteArray &line, qint64 &number);
    bool refill();

    ImportDetected m_detected;
    QString m_name;
    QFile m_file;
    QByteArray m_charset;     // for values without a CHARSET parameter
    bool m_transcode = false; // a UTF-16 file, read as UTF-8
    QStringDecoder m_utf16;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    QByteArray m_pushedBack;
    bool m_hasPushedBack = false;
    qint64 m_line = 0;
    qint64 m_cards = 0;
    bool m_version21 = false;
    QString m_error;
    bool m_done = false;
};

} // namespace Voronka::Core
