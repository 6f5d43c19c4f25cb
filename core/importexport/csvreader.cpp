// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "csvreader.h"

#include "headerguess.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Voronka::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::ImportReader)
};

// Rows of the sample looked at for the delimiter and the header.
constexpr int kSampleRows = 200;

bool blank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

// The sample's records with one delimiter; the last one is dropped when the sample is cut,
// since it may be cut too. Nullopt-like empty list on a quote left open in a cut sample.
// `stray` (optional) gets, per row, whether its quotes were out of place.
QList<QStringList> sampleRows(const QString &text, QChar delimiter, bool complete,
                              QList<bool> *stray = nullptr)
{
    ImportText::TextSource source(text);
    CsvTokenizer tokenizer(source, delimiter);
    QList<QStringList> rows;
    QStringList fields;
    qint64 line = 0;
    while (rows.size() < kSampleRows) {
        const auto status = tokenizer.read(fields, line);
        if (status != CsvTokenizer::Status::Record)
            break;
        rows << fields;
        if (stray)
            *stray << tokenizer.strayQuote();
    }
    if (!complete && !rows.isEmpty() && rows.size() < kSampleRows) {
        rows.removeLast();
        if (stray)
            stray->removeLast();
    }
    return rows;
}

// The delimiter that splits the most rows into the same number (above one) of fields; the
// wider split on a tie. Blank lines, title lines and rows whose quotes that delimiter leaves
// stray (CsvTokenizer::strayQuote) do not vote.
QChar guessDelimiter(const QString &text, bool complete)
{
    const QChar candidates[] = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    qint64 bestScore = 0;
    for (const QChar d : candidates) {
        QHash<qsizetype, int> counts;
        QList<bool> stray;
        const QList<QStringList> rows = sampleRows(text, d, complete, &stray);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!blank(rows[i]) && !stray[i])
                ++counts[rows[i].size()];
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.key() < 2)
                continue;
            const qint64 score = qint64(it.value()) * 1000 + std::min<qsizetype>(it.key(), 999);
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
    }
    return best;
}

} // namespace

CsvTokenizer::CsvTokenizer(ImportText::TextSource &source, QChar delimiter)
    : m_source(source)
    , m_delimiter(delimiter.unicode())
{
}

void CsvTokenizer::lineEnd(int c)
{
    if (c == u'\r' && m_source.peek() == u'\n')
        m_source.get();
    ++m_line;
}

qsizetype CsvTokenizer::appendRun(QString &field, bool quoted)
{
    const QStringView rest = m_source.pending();
    const char16_t stop = quoted ? u'"' : m_delimiter;
    qsizetype n = 0;
    while (n < rest.size()) {
        const char16_t u = rest[n].unicode();
        if (u == stop || u == u'\r' || u == u'\n')
            break;
        if (!quoted && u == u'"')
            m_strayQuote = true;
        ++n;
    }
    field += rest.left(n);
    m_source.skip(n);
    return n;
}

CsvTokenizer::Status CsvTokenizer::read(QStringList &fields, qint64 &line)
{
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    fields.clear();
    m_strayQuote = false;
    int c = m_source.get();
    if (c < 0)
        return Status::End;
    line = m_line;
    State state = State::FieldStart;
    QString field;
    qint64 quoteLine = 0;
    qsizetype total = 0;
    for (;; c = m_source.get()) {
        if (c < 0) {
            if (state == State::Quoted) {
                m_error = Tr::tr("line %1: a quote is never closed").arg(quoteLine);
                return Status::Error;
            }
            fields << field;
            return Status::Record;
        }
        if (++total > kMaxRecordChars) {
            m_error =
                state == State::Quoted
                    ? Tr::tr("line %1: a quote is never closed").arg(quoteLine)
                    : Tr::tr("line %1: the record is longer than 16 million characters").arg(line);
            return Status::Error;
        }
        switch (state) {
        case State::Quoted:
            if (c == u'"') {
                if (m_source.peek() == u'"') {
                    m_source.get();
                    field += QLatin1Char('"');
                } else {
                    state = State::AfterQuote;
                }
            } else if (c == u'\r' || c == u'\n') {
                lineEnd(c);
                field += QLatin1Char('\n');
            } else {
                field += QChar(char16_t(c));
                total += appendRun(field, true);
            }
            continue;
        case State::FieldStart:
            if (c == u'"') {
                state = State::Quoted;
                quoteLine = m_line;
                continue;
            }
            [[fallthrough]];
        case State::Unquoted:
        case State::AfterQuote:
            if (c == m_delimiter) {
                fields << field;
                field.clear();
                state = State::FieldStart;
            } else if (c == u'\r' || c == u'\n') {
                lineEnd(c);
                fields << field;
                return Status::Record;
            } else {
                if (state == State::AfterQuote || c == u'"')
                    m_strayQuote = true;
                field += QChar(char16_t(c));
                total += appendRun(field, false);
                state = State::Unquoted;
            }
            continue;
        }
    }
}

Result<std::unique_ptr<ImportReader>> CsvReader::open(const QString &path,
                                                      const ImportReadOptions &options)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Storage,
                         Tr::tr("Cannot open %1: %2").arg(path, file.errorString()));
    const QByteArray sample = file.read(ImportText::kSampleBytes);
    const bool complete = file.atEnd();
    file.close();
    if (sample.isEmpty() || sample == "\xEF\xBB\xBF" || sample == "\xFF\xFE" ||
        sample == "\xFE\xFF")
        return makeError(Error::Code::Invalid, Tr::tr("%1 is empty.").arg(name));

    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_path = path;
    ImportDetected &d = reader->m_detected;
    d.format = ImportFormat::Csv;
    d.encoding = options.encoding.isEmpty() ? ImportText::detectEncoding(sample) : options.encoding;
    QStringDecoder decoder(d.encoding.constData());
    if (!decoder.isValid())
        return makeError(Error::Code::Invalid,
                         Tr::tr("Cannot read %1: the encoding \"%2\" is not known.")
                             .arg(name, QString::fromLatin1(d.encoding)));
    const QString text = decoder(sample);
    if (ImportText::looksBinary(text))
        return makeError(Error::Code::Invalid,
                         Tr::tr("%1 is not a text file in %2: it holds binary data.")
                             .arg(name, QString::fromLatin1(d.encoding)));

    d.delimiter = options.delimiter.isNull() ? guessDelimiter(text, complete) : options.delimiter;
    const QList<QStringList> rows = sampleRows(text, d.delimiter, complete);
    d.headerRow = options.headerRow >= 0 ? options.headerRow : ImportHeader::guess(rows);
    QStringList headerFields = d.headerRow < rows.size() ? rows.at(d.headerRow) : QStringList();
    const int width =
        std::max<int>(int(headerFields.size()), ImportHeader::bodyWidth(rows.mid(d.headerRow + 1)));

    // The rows are read again from the start: the header may lie beyond the sample.
    QString openError;
    if (!reader->m_source.openFile(path, d.encoding, &openError))
        return makeError(Error::Code::Storage, openError);
    reader->m_tokenizer = std::make_unique<CsvTokenizer>(reader->m_source, d.delimiter);
    QStringList fields;
    qint64 line = 0;
    for (int i = 0; i <= d.headerRow; ++i) {
        const auto status = reader->m_tokenizer->read(fields, line);
        if (status == CsvTokenizer::Status::Error)
            return makeError(Error::Code::Invalid,
                             QStringLiteral("%1: %2").arg(name, reader->m_tokenizer->error()));
        if (status == CsvTokenizer::Status::End) {
            fields.clear();
            break;
        }
    }
    d.headers = ImportHeader::labels(fields.isEmpty() ? headerFields : fields,
                                     std::max<int>(width, int(fields.size())));
    return std::unique_ptr<ImportReader>(std::move(reader));
}

bool CsvReader::next(ImportRow &row)
{
    if (m_done)
        return false;
    QStringList fields;
    qint64 line = 0;
    for (;;) {
        const auto status = m_tokenizer->read(fields, line);
        if (status == CsvTokenizer::Status::Error) {
            m_error =
                QStringLiteral("%1: %2").arg(QFileInfo(m_path).fileName(), m_tokenizer->error());
            m_done = true;
            return false;
        }
        if (status == CsvTokenizer::Status::End) {
            if (!m_source.readError().isEmpty())
                m_error = Tr::tr("%1: reading stopped: %2")
                              .arg(QFileInfo(m_path).fileName(), m_source.readError());
            m_done = true;
            return false;
        }
        if (!blank(fields))
            break;
    }
    row.number = line;
    row.warning.clear();
    const qsizetype n = m_detected.headers.size();
    // A filled cell beyond the header's columns cannot be imported; the row says so rather
    // than dropping it silently (an empty one is a trailing delimiter).
    for (qsizetype i = n; i < fields.size(); ++i) {
        if (!fields.at(i).trimmed().isEmpty()) {
            row.warning =
                Tr::tr("line %1: %2 fields, but the header has %3: the last ones are left out")
                    .arg(line)
                    .arg(fields.size())
                    .arg(n);
            break;
        }
    }
    row.cells.clear();
    row.cells.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const QString cell = i < fields.size() ? fields.at(i) : QString();
        row.cells << (cell.isEmpty() ? QVariant() : QVariant(cell));
    }
    return true;
}

} // namespace Voronka::Core
