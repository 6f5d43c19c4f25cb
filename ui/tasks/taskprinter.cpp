// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "taskprinter.h"

#include "services/session.h"
#include "tasks/clientdetails.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
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

Core::Result<QString> TaskPrinter::html(const Core::TaskFilter &filter, const QString &title)
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
                  esc(locale.toString(now, QLocale::ShortFormat)));
    qint64 total = 0;
    for (const Core::TaskGroup &g : *groups) {
        if (g.count == 0)
            continue;
        total += g.count;
        h += QStringLiteral("<h2>%1 (%2)</h2><table>")
                 .arg(esc(Core::dueBucketTitle(g.bucket)))
                 .arg(g.count);
        for (const Core::TaskRow &t : g.first.rows) {
            QString when;
            if (t.dueAt) {
                const QDateTime due = QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone);
                when = t.allDay ? locale.toString(due.date(), QLocale::ShortFormat)
                                : locale.toString(due, QLocale::ShortFormat);
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
                                 esc(locale.toString(
                                     QDateTime::fromMSecsSinceEpoch(d.lastDoneAt, m_zone).date(),
                                     QLocale::ShortFormat)),
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

Core::Status TaskPrinter::print(QPrinter &printer, const Core::TaskFilter &filter,
                                const QString &title)
{
    Core::Result<QString> text = html(filter, title);
    if (!text)
        return text.error();
    QTextDocument doc;
    doc.setHtml(*text);
    doc.setPageSize(printer.pageLayout().paintRectPixels(printer.resolution()).size());
    doc.print(&printer);
    if (printer.printerState() == QPrinter::Error)
        return Core::makeError(Core::Error::Code::Storage,
                               tr("The task list could not be printed to %1.")
                                   .arg(printer.outputFileName().isEmpty()
                                            ? printer.printerName()
                                            : QFileInfo(printer.outputFileName()).fileName()));
    return Core::Ok{};
}

Core::Status TaskPrinter::exportPdf(const QString &path, const Core::TaskFilter &filter,
                                    const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    printer.setDocName(title);
    return print(printer, filter, title);
}

} // namespace Voronka::Ui
