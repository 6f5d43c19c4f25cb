// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "textdecoding.h"

#include <QCoreApplication>

#include <uchardet.h>

#include <memory>

namespace Voronka::Core::ImportText {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::ImportReader)
};

constexpr qint64 kBlockBytes = 256 * 1024;

// UTF-16 without a BOM: Latin and Cyrillic text has one zero byte in most code units, always
// at the same parity. Returns "UTF-16LE", "UTF-16BE" or empty.
QByteArray utf16WithoutBom(const QByteArray &sample)
{
    const qsizetype n = std::min<qsizetype>(sample.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return {};
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += sample.at(i) == 0;
        oddZeros += sample.at(i + 1) == 0;
    }
    const qsizetype units = n / 2;
    // Cyrillic UTF-16 has no zero byte but one high byte of 0x04: count that too.
    qsizetype evenCyr = 0;
    qsizetype oddCyr = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenCyr += sample.at(i) == 0x04;
        oddCyr += sample.at(i + 1) == 0x04;
    }
    if ((oddZeros + oddCyr) * 10 >= units * 6 && evenZeros * 20 <= units)
        return "UTF-16LE";
    if ((evenZeros + evenCyr) * 10 >= units * 6 && oddZeros * 20 <= units)
        return "UTF-16BE";
    return {};
}

// A character cut at the end of the sample is not an error: the decoder keeps it pending.
bool validUtf8(const QByteArray &sample)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(sample);
    return !decoder.hasError();
}

QByteArray uchardetGuess(const QByteArray &sample)
{
    std::unique_ptr<uchardet, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                   &uchardet_delete);
    if (!detector ||
        uchardet_handle_data(detector.get(), sample.constData(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QByteArray(uchardet_get_charset(detector.get()));
}

} // namespace

QByteArray detectEncoding(const QByteArray &sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return "UTF-8";
    if (sample.startsWith("\xFF\xFE"))
        return "UTF-16LE";
    if (sample.startsWith("\xFE\xFF"))
        return "UTF-16BE";
    if (QByteArray utf16 = utf16WithoutBom(sample); !utf16.isEmpty())
        return utf16;
    // Valid UTF-8 with any non-ASCII byte is UTF-8: no single-byte text of real words is.
    if (validUtf8(sample))
        return "UTF-8";
    const QByteArray guess = uchardetGuess(sample);
    if (!guess.isEmpty() && guess.compare("ASCII", Qt::CaseInsensitive) != 0 &&
        guess.compare("UTF-8", Qt::CaseInsensitive) != 0) {
        QStringDecoder decoder(guess.constData());
        if (decoder.isValid())
            return decoder.name();
    }
    // Not UTF-8 and nothing better known: the Western code page decodes every byte.
    return "windows-1252";
}

bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
            ++controls;
    }
    return controls * 100 > text.size() + 100;
}

TextSource::TextSource(QString text)
    : m_buf(std::move(text))
{
}

bool TextSource::openFile(const QString &path, const QByteArray &encoding, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot open %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_decoder = QStringDecoder(encoding.constData());
    if (!m_decoder.isValid()) {
        *error = Tr::tr("Cannot read %1: the encoding \"%2\" is not known.")
                     .arg(path, QString::fromLatin1(encoding));
        return false;
    }
    m_size = m_file.size();
    m_fileMode = true;
    return true;
}

bool TextSource::refill()
{
    if (!m_fileMode)
        return false;
    m_buf.clear();
    m_pos = 0;
    while (m_buf.isEmpty()) {
        if (m_file.atEnd())
            return false;
        const QByteArray block = m_file.read(kBlockBytes);
        if (block.isEmpty()) {
            if (m_file.error() != QFileDevice::NoError)
                m_readError = m_file.errorString();
            return false;
        }
        m_buf = m_decoder(block);
    }
    return true;
}

double TextSource::progress() const
{
    if (!m_fileMode)
        return m_buf.isEmpty() ? 1.0 : double(m_pos) / double(m_buf.size());
    return m_size > 0 ? double(m_file.pos()) / double(m_size) : 1.0;
}

} // namespace Voronka::Core::ImportText
