// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/importexport/importer.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace Voronka::Ui {

class BackgroundJob;

// File → Import…: contacts, companies or deals from a CSV/TSV, Excel or vCard file in six
// steps — file and preview, mapping, options, check (a dry run), import, result. Reading the
// preview, the check and the import run off the UI thread (BackgroundJob).
//
// The wizard is not modal: the import of a big file takes minutes, and the user goes on
// working in the main window meanwhile, watching the progress bar here. A status-bar
// indicator would have needed a second place for Cancel and the result; the wizard window
// already has both.
class ImportWizard final : public QDialog
{
    Q_OBJECT
public:
    enum Step { FileStep, MappingStep, OptionsStep, CheckStep, ImportStep, ResultStep };

    // kind None: the first page asks what the file holds.
    ImportWizard(Core::Session &session, Core::EntityKind kind, const QString &file = {},
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    Step step() const;
    Core::EntityKind kind() const;
    void openFile(const QString &path);
    // The last check's or import's report (tests, the result page).
    const Core::ImportReport &report() const { return m_report; }
    bool isBusy() const;
    // Save failed rows…: the failed rows in the file's layout plus an error column; the
    // error naming the file, empty on success.
    QString saveFailedRowsTo(const QString &path) const;
    // Mappings kept in the database (Core::SavedMappings), offered in the mapping step:
    // remembers the mapping shown under `name` (the error, empty on success), and applies the
    // saved one of that name to the file's columns.
    QString rememberMapping(const QString &name);
    bool applySavedMapping(const QString &name);
    // The file types the wizard reads ("*.csv *.xlsx ...") and whether `path` is one.
    static bool canRead(const QString &path);

signals:
    // An import wrote a batch (also a cancelled one: its chunks stay until undone).
    void imported(Core::EntityKind kind, qint64 batchId, qint64 created, qint64 updated);
    // "Open the imported records": the section of this kind.
    void showRecordsRequested(Core::EntityKind kind);

protected:
    void reject() override;

private:
    QWidget *buildFilePage();
    QWidget *buildMappingPage();
    QWidget *buildOptionsPage();
    QWidget *buildCheckPage();
    QWidget *buildResultPage();
    void go(Step step);
    void next();
    void back();
    void updateButtons();

    Core::ImportReadOptions readOptions() const;
    void readPreview();
    void showPreview();
    void fillMapping(const Core::ImportMapping &mapping);
    Core::ImportMapping mapping() const;
    Core::ImportOptions options() const;
    void applyPreset();
    void saveMapping();
    void loadMapping();
    void askRememberMapping();
    void fillSavedMappings(const QString &current = {});

    // The dry run (write false) or the import, in the background.
    void run(bool write);
    void finishRun(bool write, const QString &error);
    void saveFailedRows();

    Core::Session &m_session;
    QString m_file;
    bool m_kindFixed = false;

    QLabel *m_title = nullptr;
    QLabel *m_stepLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_cancel = nullptr;

    // File.
    QComboBox *m_kind = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_detected = nullptr;
    QLabel *m_fileError = nullptr;
    QTableWidget *m_preview = nullptr;
    bool m_filling = false;

    // Mapping.
    QComboBox *m_preset = nullptr;
    QComboBox *m_saved = nullptr; // the mappings saved in the database for this kind
    QTableWidget *m_mapping = nullptr;

    // Options.
    QComboBox *m_onDuplicate = nullptr;
    QCheckBox *m_matchEmail = nullptr;
    QCheckBox *m_matchPhone = nullptr;
    QCheckBox *m_matchName = nullptr;
    QCheckBox *m_matchExternal = nullptr;
    QComboBox *m_responsible = nullptr;
    QLineEdit *m_tag = nullptr;

    // Check and import.
    QLabel *m_runTitle = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_runError = nullptr;
    QTableWidget *m_errors = nullptr;
    QPushButton *m_stop = nullptr;

    // Result.
    QLabel *m_resultCounts = nullptr;
    QTableWidget *m_resultErrors = nullptr;
    QPushButton *m_saveFailed = nullptr;
    QPushButton *m_openRecords = nullptr;

    struct Preview;
    std::shared_ptr<Preview> m_preview0;
    QPointer<BackgroundJob> m_job;
    int m_previewGeneration = 0;
    Core::ImportReport m_report;
    bool m_checked = false;
    bool m_closeWhenStopped = false;
};

} // namespace Voronka::Ui
