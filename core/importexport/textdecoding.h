// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringDecoder>

// Text files of any origin, for the import readers: which encoding a file is in, and its
// characters read block by block so that a file of any size is never held in memory at once.
namespace Voronka::Core::ImportText {

// How many bytes a sample is: enough for uchardet to tell Cyrillic code pages apart and for
// the CSV reader to see a few hundred rows.
constexpr qint64 kSampleBytes = 64 * 1024;

// The encoding of a file from its first bytes: a byte-order mark, then BOM-less UTF-16 (the
// pattern of zero bytes), then valid UTF-8, then uchardet. The name is one QStringDecoder
// accepts ("UTF-8", "UTF-16LE", "windows-1251", "KOI8-R", ...).
QByteArray detectEncoding(const QByteArray &sample);

// True when the decoded sample holds characters no text file has (NUL, most C0 controls):
// the file is binary or the encoding is wrong.
bool looksBinary(const QString &text);

// Characters of a file decoded in blocks. get() and peek() give a character or -1 at the
// end; the decoder's BOM handling drops a leading byte-order mark.
class TextSource
{
public:
    TextSource() = default;
    // In-memory text (a decoded sample), read to its end.
    explicit TextSource(QString text);
    // False with *error set when the file cannot be opened or the encoding is unknown.
    bool openFile(const QString &path, const QByteArray &encoding, QString *error);

    int get()
    {
        if (m_pos >= m_buf.size() && !refill())
            return -1;
        return m_buf.at(m_pos++).unicode();
    }
    int peek()
    {
        if (m_pos >= m_buf.size() && !refill())
            return -1;
        return m_buf.at(m_pos).unicode();
    }
    // The characters decoded and not yet read, for reading a run of them at once (may be
    // empty before the end: get() or peek() decode the next block).
    QStringView pending() const { return QStringView(m_buf).mid(m_pos); }
    void skip(qsizetype n) { m_pos += n; }
    double progress() const;
    // Set when the file could not be read to its end.
    QString readError() const { return m_readError; }

private:
    bool refill();

    QFile m_file;
    QStringDecoder m_decoder;
    QString m_buf;
    qsizetype m_pos = 0;
    qint64 m_size = 0;
    bool m_fileMode = false;
    QString m_readError;
};

} // namespace Voronka::Core::ImportText
