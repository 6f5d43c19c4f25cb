// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "importsource.h"
#include "textdecoding.h"

namespace Voronka::Core {

// Splits decoded text into CSV records: quoted fields (doubled quotes inside), line breaks
// inside quotes (kept as "\n"), LF, CRLF and CR line ends. Lenient where spreadsheets are: a
// quote inside an unquoted field is a character, text after a closing quote joins the field.
class CsvTokenizer
{
public:
    enum class Status { Record, End, Error };
    CsvTokenizer(ImportText::TextSource &source, QChar delimiter);

    // The next record and the line it starts on. Error: a quote never closed (error() names
    // the line it opened on) or a record beyond kMaxRecordChars.
    Status read(QStringList &fields, qint64 &line);
    QString error() const { return m_error; }
    // Whether the last record had a quote where a quoted field cannot have one: inside an
    // unquoted field, or text right after a closing quote. Real files rarely do; splitting a
    // file by the wrong delimiter nearly always does (a field quoted for its commas, read as
    // semicolon-separated, starts mid-field).
    bool strayQuote() const { return m_strayQuote; }

    // Larger than any real record; a quote opened by mistake in a big file stops here
    // instead of reading the rest of the file into one field.
    static constexpr qsizetype kMaxRecordChars = 16 * 1024 * 1024;

private:
    void lineEnd(int c);
    // Appends the characters up to the next one that matters (a line end, and the delimiter
    // or a quote): most of a file is read this way rather than one character at a time.
    qsizetype appendRun(QString &field, bool quoted);

    ImportText::TextSource &m_source;
    char16_t m_delimiter;
    qint64 m_line = 1;
    QString m_error;
    bool m_strayQuote = false;
};

class CsvReader final : public ImportReader
{
public:
    static Result<std::unique_ptr<ImportReader>> open(const QString &path,
                                                      const ImportReadOptions &options);

    const ImportDetected &detected() const override { return m_detected; }
    bool next(ImportRow &row) override;
    QString error() const override { return m_error; }
    double progress() const override { return m_done ? 1.0 : m_source.progress(); }

private:
    CsvReader() = default;

    ImportDetected m_detected;
    QString m_path;
    ImportText::TextSource m_source;
    std::unique_ptr<CsvTokenizer> m_tokenizer;
    QString m_error;
    bool m_done = false;
};

} // namespace Voronka::Core
