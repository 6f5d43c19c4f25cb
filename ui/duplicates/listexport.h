// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/importexport/exporter.h"
#include "core/services/recordfilter.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class BackgroundJob;

// Export… of the contacts or companies list: asks for a file, then writes it off the UI
// thread with a progress dialog. The file appears only when the export completed.
class ListExport final : public QObject
{
    Q_OBJECT
public:
    ListExport(Core::Session &session, Core::EntityKind kind, QWidget *parent);
    ~ListExport() override;

    // Whether the acting user has the export right (the action is hidden otherwise).
    bool allowed() const;
    // Asks for a file name, then exports. A spreadsheet (Csv or Xlsx) is CSV or an Excel
    // workbook as the user picks in the dialog, by its filter or the name's suffix.
    void chooseAndExport(Core::ExportFormat format);
    // The save dialog's filters for a spreadsheet, Excel first when `xlsxFirst`.
    static QString spreadsheetFilters(bool xlsxFirst = false);
    // The format a spreadsheet is written in: the suffix decides, else the chosen filter.
    static Core::ExportFormat spreadsheetFormat(const QString &path, const QString &filter);
    // Exports to a known file (tests, and after the file dialog).
    void exportTo(const QString &path, Core::ExportFormat format);
    bool isRunning() const { return m_job != nullptr; }
    // The list's filter: the export writes the records the list shows.
    void setFilter(const Core::RecordFilter &filter) { m_filter = filter; }
    bool wait(int ms);

signals:
    // A sentence for the user: how many records went where, or why nothing was written.
    void finished(const QString &message, bool ok);

private:
    Core::Session &m_session;
    Core::EntityKind m_kind;
    QWidget *m_parent;
    Core::RecordFilter m_filter;
    BackgroundJob *m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Voronka::Ui
