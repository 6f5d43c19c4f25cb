// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "vcardreader.h"

#include "textdecoding.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace Voronka::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::ImportReader)
};

constexpr qsizetype kMaxLineBytes = 64 * 1024 * 1024;
constexpr qint64 kBlockBytes = 256 * 1024;

struct Property
{
    QByteArray group; // "item1" of item1.TEL
    QByteArray name;  // upper case
    QStringList types;
    QByteArray charset;
    bool quotedPrintable = false;
    bool binary = false;
    bool preferred = false;
    bool omitYear = false; // Apple: a birthday without a year
    QByteArray value;
};

struct Typed
{
    QString value;
    QStringList types;
    QByteArray group;
    bool preferred = false;
};

struct Card
{
    QString formattedName;
    QStringList name; // family; given; additional; prefix; suffix
    QString company;
    QString department;
    QString title;
    QStringList notes;
    QList<Typed> phones;
    QList<Typed> emails;
    QStringList addresses;
    QStringList urls;
    QStringList categories; // CATEGORIES: the contact's tags
    QVariant birthday;
    QHash<QByteArray, QString> labels; // Apple's X-ABLabel by item group
    bool empty() const
    {
        return formattedName.isEmpty() && name.join(QString()).trimmed().isEmpty() &&
               company.isEmpty() && phones.isEmpty() && emails.isEmpty() && title.isEmpty() &&
               notes.isEmpty() && addresses.isEmpty() && urls.isEmpty() && birthday.isNull();
    }
};

// Splits at `sep` outside double quotes.
QList<QByteArray> splitOutsideQuotes(const QByteArray &text, char sep)
{
    QList<QByteArray> out;
    QByteArray current;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        if (c == sep && !quoted) {
            out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    out << current;
    return out;
}

qsizetype colonOutsideQuotes(const QByteArray &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == '"')
            quoted = !quoted;
        else if (line.at(i) == ':' && !quoted)
            return i;
    }
    return -1;
}

bool parseProperty(const QByteArray &line, Property &p)
{
    const qsizetype colon = colonOutsideQuotes(line);
    if (colon <= 0)
        return false;
    p.value = line.mid(colon + 1);
    const QList<QByteArray> head = splitOutsideQuotes(line.left(colon), ';');
    QByteArray name = head.first().trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0) {
        p.group = name.left(dot);
        name = name.mid(dot + 1);
    }
    p.name = name;
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QByteArray param = head.at(i).trimmed();
        const qsizetype eq = param.indexOf('=');
        const QByteArray key = (eq < 0 ? param : param.left(eq)).trimmed().toUpper();
        const QByteArray value = eq < 0 ? QByteArray() : param.mid(eq + 1).trimmed();
        if (eq < 0) { // vCard 2.1: TEL;CELL;PREF, or a bare encoding
            if (key == "QUOTED-PRINTABLE")
                p.quotedPrintable = true;
            else if (key == "BASE64" || key == "B")
                p.binary = true;
            else if (key == "PREF")
                p.preferred = true;
            else if (!key.isEmpty())
                p.types << QString::fromLatin1(key).toLower();
        } else if (key == "TYPE") {
            // TYPE=cell,voice or TYPE="cell,voice": the quotes hold a list.
            for (const QByteArray &t : QByteArray(value).replace('"', QByteArray()).split(',')) {
                const QString type = QString::fromUtf8(t).trimmed().toLower();
                if (type == QLatin1String("pref"))
                    p.preferred = true;
                else if (!type.isEmpty())
                    p.types << type;
            }
        } else if (key == "ENCODING") {
            const QByteArray enc = value.toUpper();
            p.quotedPrintable = enc == "QUOTED-PRINTABLE";
            p.binary = enc == "BASE64" || enc == "B";
        } else if (key == "CHARSET") {
            p.charset = QByteArray(value).replace('"', QByteArray());
        } else if (key == "PREF") {
            p.preferred = true;
        } else if (key == "X-APPLE-OMIT-YEAR") {
            p.omitYear = true;
        }
    }
    return true;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 2 < in.size()) {
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(byte);
                i += 2;
                continue;
            }
        }
        if (i + 1 < in.size() && (in.at(i + 1) == '\r' || in.at(i + 1) == '\n')) { // a soft break
            ++i;
            if (in.at(i) == '\r' && i + 1 < in.size() && in.at(i + 1) == '\n')
                ++i;
            continue;
        }
        if (i + 1 < in.size())
            out += c; // a stray '=' is kept; at the very end it is a soft break
    }
    return out;
}

// \n \N \, \; \\ \: as the characters they stand for.
QString unescape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar e = text.at(++i);
            out += (e == u'n' || e == u'N') ? QChar(u'\n') : e;
        } else {
            out += c;
        }
    }
    return out;
}

// Components split at unescaped semicolons (or `sep`), each unescaped.
QStringList components(const QString &text, QChar sep = u';')
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
        } else if (c == sep) {
            out << unescape(current).trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    out << unescape(current).trimmed();
    return out;
}

QString typeWord(const QString &type)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("cell"), QStringLiteral("mobile")},
        {QStringLiteral("mobile"), QStringLiteral("mobile")},
        {QStringLiteral("iphone"), QStringLiteral("mobile")},
        {QStringLiteral("work"), QStringLiteral("work")},
        {QStringLiteral("home"), QStringLiteral("home")},
        {QStringLiteral("fax"), QStringLiteral("fax")},
        {QStringLiteral("pager"), QStringLiteral("pager")},
        {QStringLiteral("main"), QStringLiteral("main")},
        {QStringLiteral("other"), QStringLiteral("other")},
        {QStringLiteral("car"), QStringLiteral("car")},
    };
    return words.value(type);
}

// Apple's labels: "_$!<Mobile>!$_" is a standard one, anything else the user's own.
QString appleLabel(const QString &label)
{
    static const QRegularExpression standard(QStringLiteral("^_\\$!<(.*)>!\\$_$"));
    const auto match = standard.match(label);
    return match.hasMatch() ? match.captured(1).toLower() : label;
}

QString typesText(const Typed &t, const QHash<QByteArray, QString> &labels)
{
    QStringList words;
    for (const QString &type : t.types) {
        const QString word = typeWord(type);
        if (!word.isEmpty() && !words.contains(word))
            words << word;
    }
    if (const QString label = labels.value(t.group); !t.group.isEmpty() && !label.isEmpty()) {
        const QString word = appleLabel(label);
        if (!words.contains(word))
            words << word;
    }
    return words.join(QStringLiteral(", "));
}

QVariant birthday(const QString &value, bool omitYear)
{
    const QString v = value.trimmed();
    static const QRegularExpression full(QStringLiteral("^(\\d{4})-?(\\d{2})-?(\\d{2})"));
    if (const auto m = full.match(v); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (date.isValid())
            return omitYear ? QVariant(date.toString(QStringLiteral("--MM-dd"))) : QVariant(date);
    }
    return v.isEmpty() ? QVariant() : QVariant(v);
}

QVariant lines(const QStringList &values)
{
    return values.isEmpty() ? QVariant() : QVariant(values.join(QLatin1Char('\n')));
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// What one property adds to a card; properties not imported are left out.
void addProperty(Card &card, const Property &p, const QString &value)
{
    if (p.name == "FN") {
        card.formattedName = unescape(value).trimmed();
    } else if (p.name == "N") {
        card.name = components(value);
    } else if (p.name == "ORG") {
        const QStringList parts = components(value);
        card.company = parts.value(0);
        card.department = parts.value(1);
    } else if (p.name == "TITLE") {
        card.title = unescape(value).trimmed();
    } else if (p.name == "NOTE") {
        if (const QString note = unescape(value).trimmed(); !note.isEmpty())
            card.notes << note;
    } else if (p.name == "BDAY") {
        card.birthday = birthday(value, p.omitYear);
    } else if (p.name == "TEL" || p.name == "EMAIL") {
        Typed t;
        t.value = unescape(value).trimmed();
        for (const QLatin1String scheme : {QLatin1String("tel:"), QLatin1String("mailto:")}) {
            if (t.value.startsWith(scheme, Qt::CaseInsensitive))
                t.value = t.value.mid(scheme.size());
        }
        t.types = p.types;
        t.group = p.group;
        t.preferred = p.preferred;
        if (!t.value.isEmpty())
            (p.name == "TEL" ? card.phones : card.emails) << t;
    } else if (p.name == "ADR") {
        QStringList parts = components(value);
        QStringList filled;
        for (QString &part : parts) {
            part.replace(QLatin1Char('\n'), QLatin1String(", "));
            if (!part.isEmpty())
                filled << part;
        }
        if (!filled.isEmpty())
            card.addresses << filled.join(QStringLiteral(", "));
    } else if (p.name == "CATEGORIES") {
        for (const QString &c : components(value, u','))
            if (!c.isEmpty())
                card.categories << c;
    } else if (p.name == "URL") {
        if (const QString url = unescape(value).trimmed(); !url.isEmpty())
            card.urls << url;
    } else if (p.name == "X-ABLABEL" && !p.group.isEmpty()) {
        card.labels.insert(p.group, unescape(value).trimmed());
    }
}

// The card's row: the preferred phone and email first, a name whatever the card has.
QVariantList cells(Card card)
{
    const auto byPreference = [](const Typed &a, const Typed &b) {
        return a.preferred && !b.preferred;
    };
    std::stable_sort(card.phones.begin(), card.phones.end(), byPreference);
    std::stable_sort(card.emails.begin(), card.emails.end(), byPreference);
    QStringList phones, phoneTypes, emails, emailTypes;
    for (const Typed &t : std::as_const(card.phones)) {
        phones << t.value;
        phoneTypes << typesText(t, card.labels);
    }
    for (const Typed &t : std::as_const(card.emails)) {
        emails << t.value;
        emailTypes << typesText(t, card.labels);
    }
    QString name = card.formattedName;
    if (name.isEmpty()) {
        QStringList parts;
        for (const int i : {3, 1, 2, 0, 4}) { // prefix, given, additional, family, suffix
            if (!card.name.value(i).isEmpty())
                parts << card.name.value(i);
        }
        name = parts.join(QLatin1Char(' '));
    }
    if (name.isEmpty())
        name = card.company;
    if (name.isEmpty())
        name = emails.value(0);
    if (name.isEmpty())
        name = phones.value(0);
    QVariantList row(VCardReader::ColumnCount);
    row[VCardReader::Name] = text(name);
    row[VCardReader::FirstName] = text(card.name.value(1));
    row[VCardReader::LastName] = text(card.name.value(0));
    row[VCardReader::MiddleName] = text(card.name.value(2));
    row[VCardReader::Phones] = lines(phones);
    row[VCardReader::PhoneTypes] =
        phoneTypes.join(QString()).isEmpty() ? QVariant() : lines(phoneTypes);
    row[VCardReader::Emails] = lines(emails);
    row[VCardReader::EmailTypes] =
        emailTypes.join(QString()).isEmpty() ? QVariant() : lines(emailTypes);
    row[VCardReader::Company] = text(card.company);
    row[VCardReader::Department] = text(card.department);
    row[VCardReader::Position] = text(card.title);
    row[VCardReader::Birthday] = card.birthday;
    row[VCardReader::Address] = lines(card.addresses);
    row[VCardReader::Website] = lines(card.urls);
    row[VCardReader::Note] = lines(card.notes);
    row[VCardReader::Tags] = lines(card.categories);
    return row;
}

} // namespace

QStringList VCardReader::columns()
{
    return {
        QStringLiteral("Name"),        QStringLiteral("First name"),  QStringLiteral("Last name"),
        QStringLiteral("Middle name"), QStringLiteral("Phones"),      QStringLiteral("Phone types"),
        QStringLiteral("Emails"),      QStringLiteral("Email types"), QStringLiteral("Company"),
        QStringLiteral("Department"),  QStringLiteral("Position"),    QStringLiteral("Birthday"),
        QStringLiteral("Address"),     QStringLiteral("Website"),     QStringLiteral("Note"),
        QStringLiteral("Tags")}; // CATEGORIES
}

Result<std::unique_ptr<ImportReader>> VCardReader::open(const QString &path,
                                                        const ImportReadOptions &options)
{
    std::unique_ptr<VCardReader> reader(new VCardReader);
    VCardReader &r = *reader;
    r.m_name = QFileInfo(path).fileName();
    r.m_file.setFileName(path);
    if (!r.m_file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Storage,
                         Tr::tr("Cannot open %1: %2").arg(path, r.m_file.errorString()));
    const QByteArray sample = r.m_file.peek(ImportText::kSampleBytes);
    const QByteArray encoding =
        options.encoding.isEmpty() ? ImportText::detectEncoding(sample) : options.encoding;
    if (encoding.startsWith("UTF-16")) {
        r.m_transcode = true;
        r.m_utf16 = QStringDecoder(encoding.constData());
        r.m_charset = "UTF-8";
    } else {
        r.m_charset = encoding;
    }
    if (!QStringDecoder(r.m_charset.constData()).isValid())
        return makeError(Error::Code::Invalid,
                         Tr::tr("Cannot read %1: the encoding \"%2\" is not known.")
                             .arg(r.m_name, QString::fromLatin1(encoding)));
    const QString head = QStringDecoder(encoding.constData())(sample);
    if (!head.contains(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive))
        return makeError(Error::Code::Invalid,
                         Tr::tr("%1 is not a vCard file: it has no BEGIN:VCARD.").arg(r.m_name));
    r.m_detected.format = ImportFormat::VCard;
    r.m_detected.encoding = encoding;
    r.m_detected.headers = columns();
    return std::unique_ptr<ImportReader>(std::move(reader));
}

bool VCardReader::refill()
{
    if (m_file.atEnd())
        return false;
    const QByteArray block = m_file.read(kBlockBytes);
    if (block.isEmpty())
        return false;
    m_buf = m_buf.mid(m_pos) + (m_transcode ? QString(m_utf16(block)).toUtf8() : block);
    m_pos = 0;
    return true;
}

bool VCardReader::physicalLine(QByteArray &line)
{
    if (m_hasPushedBack) {
        m_hasPushedBack = false;
        line = std::move(m_pushedBack);
        return true;
    }
    qsizetype from = m_pos;
    for (;;) {
        qsizetype end = -1;
        for (qsizetype i = from; i < m_buf.size(); ++i) {
            if (m_buf.at(i) == '\n' || m_buf.at(i) == '\r') {
                end = i;
                break;
            }
        }
        if (end >= 0 && (m_buf.at(end) == '\n' || end + 1 < m_buf.size() || m_file.atEnd())) {
            line = m_buf.mid(m_pos, end - m_pos);
            m_pos = end + 1;
            if (m_buf.at(end) == '\r' && m_pos < m_buf.size() && m_buf.at(m_pos) == '\n')
                ++m_pos;
            ++m_line;
            return true;
        }
        if (m_buf.size() - m_pos > kMaxLineBytes) {
            m_error = Tr::tr("%1: line %2 is longer than 64 MB.").arg(m_name).arg(m_line + 1);
            return false;
        }
        const qsizetype scanned = m_buf.size() - m_pos;
        if (!refill()) {
            if (m_pos >= m_buf.size())
                return false;
            line = m_buf.mid(m_pos);
            m_pos = m_buf.size();
            ++m_line;
            return true;
        }
        from = m_pos + std::max<qsizetype>(0, scanned - 1);
    }
}

bool VCardReader::contentLine(QByteArray &line, qint64 &number)
{
    do {
        if (!physicalLine(line))
            return false;
    } while (line.trimmed().isEmpty());
    number = m_line;
    const qsizetype colon = colonOutsideQuotes(line);
    const QByteArray head = colon < 0 ? QByteArray() : line.left(colon).toUpper();
    const bool qp = head.contains("QUOTED-PRINTABLE");
    const bool base64 = head.contains("BASE64") || head.contains("ENCODING=B");
    QByteArray more;
    while (physicalLine(more)) {
        if (!more.isEmpty() && (more.at(0) == ' ' || more.at(0) == '\t')) {
            // vCard 2.1 folds before whitespace that belongs to the value; 3.0 and 4.0 add it.
            line += m_version21 && !base64 ? more : more.mid(1);
        } else if (qp && line.endsWith('=')) {
            line.chop(1); // a soft line break
            line += more;
        } else if (base64 && m_version21 && !more.isEmpty() &&
                   QByteArrayView(more).trimmed().size() == more.size() &&
                   std::all_of(more.cbegin(), more.cend(), [](char c) {
                       return std::isalnum(uchar(c)) || c == '+' || c == '/' || c == '=';
                   })) {
            line += more; // 2.1 base64 lines need not be indented
        } else {
            m_pushedBack = std::move(more);
            m_hasPushedBack = true;
            break;
        }
        if (line.size() > kMaxLineBytes) {
            m_error = Tr::tr("%1: line %2 is longer than 64 MB.").arg(m_name).arg(number);
            return false;
        }
    }
    return m_error.isEmpty();
}

bool VCardReader::next(ImportRow &row)
{
    if (m_done)
        return false;
    QByteArray line;
    qint64 number = 0;
    Card card;
    bool inCard = false;
    int nested = 0;
    qint64 cardLine = 0;
    while (contentLine(line, number)) {
        Property p;
        if (!parseProperty(line, p))
            continue; // not a property: noise between cards, or a damaged line
        const QString upperValue = QString::fromLatin1(p.value.trimmed()).toUpper();
        if (p.name == "BEGIN" && upperValue == QLatin1String("VCARD")) {
            if (inCard) {
                ++nested; // a 2.1 AGENT card inside this one: not a contact of its own
            } else {
                inCard = true;
                cardLine = number;
                m_version21 = false;
                ++m_cards;
            }
            continue;
        }
        if (!inCard)
            continue;
        if (p.name == "END" && upperValue == QLatin1String("VCARD")) {
            if (nested > 0) {
                --nested;
                continue;
            }
            inCard = false;
            if (card.empty()) {
                card = Card();
                continue;
            }
            break;
        }
        if (nested > 0 || p.binary)
            continue; // photos, logos, keys, sounds
        if (p.name == "VERSION") {
            m_version21 = p.value.trimmed() == "2.1";
            continue;
        }
        QByteArray raw = p.quotedPrintable ? decodeQuotedPrintable(p.value) : p.value;
        QStringDecoder decoder((p.charset.isEmpty() ? m_charset : p.charset).constData());
        if (!decoder.isValid())
            decoder = QStringDecoder(m_charset.constData());
        QString value = decoder(raw);
        value.replace(QLatin1String("\r\n"), QLatin1String("\n"))
            .replace(QLatin1Char('\r'), QLatin1Char('\n'));
        addProperty(card, p, value);
    }
    if (!m_error.isEmpty()) {
        m_done = true;
        return false;
    }
    if (inCard) {
        m_error = Tr::tr("%1: vCard %2 (line %3) has no END:VCARD: the file is cut short.")
                      .arg(m_name)
                      .arg(m_cards)
                      .arg(cardLine);
        m_done = true;
        return false;
    }
    if (card.empty()) {
        if (m_file.error() != QFileDevice::NoError)
            m_error = Tr::tr("%1: reading stopped: %2").arg(m_name, m_file.errorString());
        m_done = true;
        return false;
    }
    row.number = m_cards;
    row.warning.clear();
    row.cells = cells(std::move(card));
    return true;
}

double VCardReader::progress() const
{
    if (m_done)
        return 1.0;
    const qint64 size = m_file.size();
    return size > 0 ? double(m_file.pos()) / double(size) : 1.0;
}

} // namespace Voronka::Core
