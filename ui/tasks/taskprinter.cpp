// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "taskprinter.h"

#include "core/services/session.h"
#include "ui/widgets/dates.h"
#include "core/tasks/clientdetails.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace Voronka::Ui {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}
} // namespace

TaskPrinter::TaskPrinter(Core::Session &session, QTimeZone zone)
    : m_session(session)
    , m_zone(std::move(zone))
{
}

Core::Result<QString> TaskPrinter::html(const Core::TaskFilter &filter, const QString &title,
                                        const Progress &progress)
{
    Core::TaskQuery query(m_session, m_zone);
    Core::Result<QList<Core::TaskGroup>> groups = query.groups(filter, kMaxRows);
    if (!groups)
        return groups.error();
    Core::ClientDetailsReader clients(m_session);
    QHash<QPair<int, qint64>, Core::ClientDetails> cache;
    const QLocale locale;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs(), m_zone);
    QString h = QStringLiteral(
        "<html><head><style>"
        "body { font-family: sans-serif; font-size: 9pt; }"
        "h1 { font-size: 14pt; margin: 0; } h2 { font-size: 11pt; margin: 12px 0 4px 0; }"
        "table { border-collapse: collapse; width: 100%; }"
        "td { padding: 4px 6px; vertical-align: top; border-bottom: 1px solid #bbb; }"
        ".muted { color: #555; } .done { text-decoration: line-through; color: #777; }"
        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1><p class=muted>%2 · %3</p>")
             .arg(esc(title), esc(m_session.actor().name),
                  esc(Dates::dateTime(now)));
    qint64 total = 0, rows = 0, done = 0;
    for (const Core::TaskGroup &g : *groups)
        rows += g.first.rows.size();
    for (const Core::TaskGroup &g : *groups) {
        if (g.count == 0)
            continue;
        total += g.count;
        h += QStringLiteral("<h2>%1 (%2)</h2><table>")
                 .arg(esc(Core::dueBucketTitle(g.bucket)), locale.toString(g.count));
        for (const Core::TaskRow &t : g.first.rows) {
            if (progress && !progress(done++, rows))
                return Core::makeError(Core::Error::Code::Invalid, tr("Printing was cancelled."));
            QString when;
            if (t.dueAt) {
                const QDateTime due = QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone);
                when = t.allDay ? Dates::date(due.date()) : Dates::dateTime(due);
            }
            QString task =
                QStringLiteral("<b%1>%2</b>")
                    .arg(t.status == Core::TaskStatus::Open ? QString()
                                                            : QStringLiteral(" class=done"),
                         esc(t.text));
            if (!t.typeName.isEmpty())
                task += QStringLiteral(" <span class=muted>· %1</span>").arg(esc(t.typeName));
            if (!t.result.isEmpty())
                task += QStringLiteral("<br><span class=muted>%1: %2</span>")
                            .arg(esc(tr("Result")), esc(t.result));
            QString client;
            if (t.linkKind != Core::EntityKind::None) {
                const QPair<int, qint64> key(int(t.linkKind), t.linkId);
                if (!cache.contains(key)) {
                    Core::Result<Core::ClientDetails> d = clients.read(t.linkKind, t.linkId);
                    if (!d)
                        return d.error();
                    cache.insert(key, *d);
                }
                const Core::ClientDetails &d = cache[key];
                client = QStringLiteral("<b>%1</b>").arg(esc(d.visible ? d.name : t.linkName));
                if (!d.contact.isEmpty())
                    client += QStringLiteral("<br>") + esc(d.contact);
                if (!d.company.isEmpty())
                    client += QStringLiteral("<br>") + esc(d.company);
                if (!d.phones.isEmpty())
                    client += QStringLiteral("<br>") + esc(d.phones.join(QStringLiteral(", ")));
                if (d.lastDoneAt > 0) {
                    client +=
                        QStringLiteral("<br><span class=muted>%1 %2: %3")
                            .arg(esc(tr("Last done")),
                                 esc(Dates::date(
                                     QDateTime::fromMSecsSinceEpoch(d.lastDoneAt, m_zone).date())),
                                 esc(d.lastDoneText));
                    if (!d.lastDoneResult.isEmpty())
                        client += QStringLiteral(" — ") + esc(d.lastDoneResult);
                    client += QStringLiteral("</span>");
                }
            }
            h +=
                QStringLiteral("<tr><td width=16%>%1</td><td width=38%>%2</td><td width=14%>%3</td>"
                               "<td width=32%>%4</td></tr>")
                    .arg(esc(when), task, esc(t.responsibleName), client);
        }
        if (g.count > g.first.rows.size())
            h += QStringLiteral("<tr><td colspan=4 class=muted>%1</td></tr>")
                     .arg(esc(tr("…and %n more", nullptr, int(g.count - g.first.rows.size()))));
        h += QStringLiteral("</table>");
    }
    if (total == 0)
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No tasks match the filter.")));
    h += QStringLiteral("</body></html>");
    return h;
}

Core::Result<int> TaskPrinter::paint(QPagedPaintDevice &device, const QString &html,
                                     const QString &where, const Progress &progress)
{
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiY());
    const qreal dpi = device.logicalDpiY();
    QFont footerFont;
    footerFont.setPointSizeF(7.5);
    const qreal footer = dpi * 8 / 25.4; // 8 mm under the text for the page number
    QTextDocument doc;
    // Laid out on the device itself: point sizes become the device's pixels, so the text
    // prints at its size. (A document laid out for the screen and then given a page size in
    // printer pixels printed 9 pt text at under 1 pt.)
    doc.documentLayout()->setPaintDevice(&device);
    doc.setHtml(html);
    doc.setPageSize(QSizeF(page.width(), page.height() - footer));
    const int pages = doc.pageCount();
    const qreal height = doc.pageSize().height();
    QPainter p;
    if (!p.begin(&device))
        return Core::makeError(Core::Error::Code::Storage,
                               tr("The task list could not be printed to %1.").arg(where));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage()) {
            p.end();
            return Core::makeError(Core::Error::Code::Storage,
                                   tr("The task list could not be printed to %1.").arg(where));
        }
        p.save();
        p.translate(0, -i * height);
        context.clip = QRectF(0, i * height, page.width(), height);
        p.setClipRect(context.clip);
        doc.documentLayout()->draw(&p, context);
        p.restore();
        p.setFont(footerFont);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(0, page.height() - footer * 0.6, page.width(), footer * 0.6),
                   Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(i + 1).arg(pages));
        if (progress && !progress(i + 1, pages)) {
            p.end();
            return Core::makeError(Core::Error::Code::Invalid, tr("Printing was cancelled."));
        }
    }
    p.end();
    return pages;
}

Core::Status TaskPrinter::print(QPrinter &printer, const Core::TaskFilter &filter,
                                const QString &title)
{
    Core::Result<QString> text = html(filter, title);
    if (!text)
        return text.error();
    const QString where = printer.outputFileName().isEmpty()
                              ? printer.printerName()
                              : QFileInfo(printer.outputFileName()).fileName();
    Core::Result<int> pages = paint(printer, *text, where);
    if (!pages)
        return pages.error();
    if (printer.printerState() == QPrinter::Error)
        return Core::makeError(Core::Error::Code::Storage,
                               tr("The task list could not be printed to %1.").arg(where));
    return Core::Ok{};
}

Core::Result<int> TaskPrinter::exportPdf(const QString &path, const Core::TaskFilter &filter,
                                         const QString &title, const Progress &htmlProgress,
                                         const Progress &pageProgress)
{
    Core::Result<QString> text = html(filter, title, htmlProgress);
    if (!text)
        return text.error();
    // QSaveFile: a cancel or a failure leaves no half-written PDF (nor harms an older one).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::makeError(Core::Error::Code::Storage,
                               tr("Cannot write %1: %2").arg(path, file.errorString()));
    Core::Result<int> pages = 0;
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Voronka"));
        pages = paint(pdf, *text, QFileInfo(path).fileName(), pageProgress);
    }
    if (!pages) {
        file.cancelWriting();
        return pages.error();
    }
    if (!file.commit())
        return Core::makeError(Core::Error::Code::Storage,
                               tr("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace Voronka::Ui
