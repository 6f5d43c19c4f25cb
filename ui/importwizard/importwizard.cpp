// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "importwizard.h"

#include "core/importexport/importmatch.h"
#include "core/importexport/savedmappings.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "ui/widgets/backgroundjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Voronka::Ui {

using Core::EntityKind;
using Core::ImportFormat;

namespace {

constexpr int kPreviewRows = 50;

QString cellText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QDate:
        return QLocale().toString(v.toDate(), QLocale::ShortFormat);
    case QMetaType::QDateTime:
        return QLocale().toString(v.toDateTime(), QLocale::ShortFormat);
    case QMetaType::Double:
        return QLocale().toString(v.toDouble(), 'g', 15);
    default:
        return v.toString().replace(u'\n', QStringLiteral(" · "));
    }
}

QString number(qint64 n)
{
    return Core::Importer::rowNumber(n);
}

QTableWidget *makeTable(const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

QLabel *makeHint(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setProperty("muted", true);
    return l;
}

} // namespace

struct ImportWizard::Preview
{
    Core::ImportDetected detected;
    QList<Core::ImportRow> rows;
    QString error;
};

ImportWizard::ImportWizard(Core::Session &session, EntityKind kind, const QString &file,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kindFixed(kind != EntityKind::None)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setModal(false);
    resize(900, 640);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dialogTitle"));
    m_stepLabel = makeHint(QString(), this);
    m_stepLabel->setObjectName(QStringLiteral("importStepLabel"));
    layout->addWidget(m_title);
    layout->addWidget(m_stepLabel);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("importPages"));
    m_pages->addWidget(buildFilePage());
    m_pages->addWidget(buildMappingPage());
    m_pages->addWidget(buildOptionsPage());
    m_pages->addWidget(buildCheckPage()); // the check and the import share it
    m_pages->addWidget(buildResultPage());
    layout->addWidget(m_pages, 1);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("Back"), this);
    m_back->setObjectName(QStringLiteral("importBack"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("importNext"));
    m_next->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &ImportWizard::back);
    connect(m_next, &QPushButton::clicked, this, &ImportWizard::next);
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::reject);

    if (m_kindFixed)
        m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    go(FileStep);
    if (!file.isEmpty())
        openFile(file);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::canRead(const QString &path)
{
    static const QStringList kSuffixes{QStringLiteral("csv"), QStringLiteral("tsv"),
                                       QStringLiteral("txt"), QStringLiteral("xlsx"),
                                       QStringLiteral("vcf"), QStringLiteral("vcard")};
    return kSuffixes.contains(QFileInfo(path).suffix().toLower());
}

EntityKind ImportWizard::kind() const
{
    return EntityKind(m_kind->currentData().toInt());
}

ImportWizard::Step ImportWizard::step() const
{
    const int page = m_pages->currentIndex();
    if (page < CheckStep)
        return Step(page);
    if (page == CheckStep)
        return m_runTitle->property("write").toBool() ? ImportStep : CheckStep;
    return ResultStep;
}

bool ImportWizard::isBusy() const
{
    return m_job && m_job->isRunning();
}

// ---- File ------------------------------------------------------------------------------

QWidget *ImportWizard::buildFilePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("Contacts"), int(EntityKind::Contact));
    m_kind->addItem(tr("Companies"), int(EntityKind::Company));
    m_kind->addItem(tr("Deals"), int(EntityKind::Deal));
    form->addRow(tr("Import as:"), m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_preview0 && m_preview0->error.isEmpty())
            applyPreset();
        go(step());
    });

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("A CSV, TSV, Excel or vCard file"));
    auto *choose = new QPushButton(tr("Choose…"), page);
    choose->setObjectName(QStringLiteral("importChooseFile"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    form->addRow(tr("File:"), fileRow);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a file"), QFileInfo(m_file).absolutePath(),
            tr("Files to import (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard)"));
        if (!path.isEmpty())
            openFile(path);
    });

    auto *read = new QHBoxLayout;
    m_format = new QComboBox(page);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(tr("CSV or TSV"), int(ImportFormat::Csv));
    m_format->addItem(tr("Excel workbook"), int(ImportFormat::Xlsx));
    m_format->addItem(tr("vCard"), int(ImportFormat::VCard));
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    for (const char *e :
         {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251", "windows-1252", "KOI8-R", "ISO-8859-1"})
        m_encoding->addItem(QString::fromLatin1(e), QByteArray(e));
    m_delimiter = new QComboBox(page);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->addItem(tr("Comma"), QChar(u','));
    m_delimiter->addItem(tr("Semicolon"), QChar(u';'));
    m_delimiter->addItem(tr("Tab"), QChar(u'\t'));
    m_delimiter->addItem(tr("Vertical bar"), QChar(u'|'));
    m_headerRow = new QSpinBox(page);
    m_headerRow->setObjectName(QStringLiteral("importHeaderRow"));
    m_headerRow->setRange(1, 1000);
    m_sheet = new QComboBox(page);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    auto addPair = [&](const QString &label, QWidget *w) {
        auto *l = new QLabel(label, page);
        l->setBuddy(w);
        l->setObjectName(w->objectName() + QStringLiteral("Label"));
        read->addWidget(l);
        read->addWidget(w);
        read->addSpacing(8);
    };
    addPair(tr("Format:"), m_format);
    addPair(tr("Encoding:"), m_encoding);
    addPair(tr("Delimiter:"), m_delimiter);
    addPair(tr("Header row:"), m_headerRow);
    addPair(tr("Sheet:"), m_sheet);
    read->addStretch(1);
    form->addRow(read);
    layout->addLayout(form);

    m_detected = makeHint(QString(), page);
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_fileError = new QLabel(page);
    m_fileError->setObjectName(QStringLiteral("importFileError"));
    m_fileError->setWordWrap(true);
    m_fileError->setProperty("error", true);
    m_fileError->hide();
    layout->addWidget(m_detected);
    layout->addWidget(m_fileError);
    m_preview = makeTable(QStringLiteral("importPreview"), page);
    layout->addWidget(m_preview, 1);

    const auto reread = [this] {
        if (!m_filling)
            readPreview();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, reread);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, reread);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, reread);
    connect(m_headerRow, &QSpinBox::valueChanged, this, reread);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, reread);
    return page;
}

void ImportWizard::openFile(const QString &path)
{
    m_file = path;
    m_path->setText(QDir::toNativeSeparators(path));
    m_preview0.reset();
    readPreview();
}

// What the preview was read with; a newly opened file is read with everything detected.
Core::ImportReadOptions ImportWizard::readOptions() const
{
    Core::ImportReadOptions o;
    if (!m_preview0)
        return o;
    o.format = ImportFormat(m_format->currentData().toInt());
    if (o.format == ImportFormat::Csv && m_preview0->detected.format == ImportFormat::Csv) {
        o.encoding = m_encoding->currentData().toByteArray();
        o.delimiter = m_delimiter->currentData().toChar();
        o.headerRow = m_headerRow->value() - 1;
    }
    if (o.format == ImportFormat::Xlsx) {
        o.sheet = qMax(0, m_sheet->currentIndex());
        if (m_preview0->detected.format == ImportFormat::Xlsx &&
            o.sheet == m_preview0->detected.sheet)
            o.headerRow = m_headerRow->value() - 1;
    }
    return o;
}

// Off the UI thread: a first look at a big or slow file must not freeze the window.
void ImportWizard::readPreview()
{
    if (m_file.isEmpty())
        return;
    const QString path = m_file;
    const Core::ImportReadOptions options = readOptions();
    auto out = std::make_shared<Preview>();
    const int generation = ++m_previewGeneration;
    m_detected->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_fileError->hide();
    auto *job = new BackgroundJob(
        [path, options, out](const BackgroundJob::Report &report) -> QString {
            Core::Result<std::unique_ptr<Core::ImportReader>> reader =
                Core::ImportReader::open(path, options);
            if (!reader) {
                out->error = reader.error().message;
                return {};
            }
            Core::ImportReader &r = **reader;
            out->detected = r.detected();
            Core::ImportRow row;
            while (out->rows.size() < kPreviewRows && r.next(row)) {
                out->rows << row;
                if (!report(out->rows.size(), kPreviewRows))
                    break;
            }
            out->error = r.error();
            return {};
        },
        this);
    connect(job, &BackgroundJob::finished, this, [this, job, out, generation] {
        job->deleteLater();
        if (m_job == job)
            m_job = nullptr;
        if (generation != m_previewGeneration)
            return; // a later change is being read
        const bool headersChanged =
            !m_preview0 || m_preview0->detected.headers != out->detected.headers;
        m_preview0 = out;
        showPreview();
        if (headersChanged && out->error.isEmpty())
            applyPreset();
        updateButtons();
    });
    m_job = job;
    job->start();
    updateButtons();
}

void ImportWizard::showPreview()
{
    const Preview &p = *m_preview0;
    const Core::ImportDetected &d = p.detected;
    m_filling = true;
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(d.format))));
    const bool csv = d.format == ImportFormat::Csv;
    if (csv) {
        if (m_encoding->findData(d.encoding) < 0)
            m_encoding->addItem(QString::fromLatin1(d.encoding), d.encoding);
        m_encoding->setCurrentIndex(m_encoding->findData(d.encoding));
        m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(d.delimiter)));
    }
    m_encoding->setEnabled(csv);
    m_delimiter->setEnabled(csv);
    m_headerRow->setEnabled(d.format != ImportFormat::VCard);
    m_headerRow->setValue(d.headerRow + 1);
    m_sheet->clear();
    m_sheet->addItems(d.sheets);
    m_sheet->setCurrentIndex(d.sheet);
    m_sheet->setEnabled(d.sheets.size() > 1);
    // Only a workbook has sheets: the pair is hidden for the other formats.
    const bool workbook = d.format == ImportFormat::Xlsx;
    m_sheet->setVisible(workbook);
    if (QWidget *label = findChild<QLabel *>(QStringLiteral("importSheetLabel")))
        label->setVisible(workbook);
    m_filling = false;

    if (!p.error.isEmpty() && p.rows.isEmpty() && d.headers.isEmpty()) {
        m_detected->clear();
        m_fileError->setText(p.error);
        m_fileError->show();
        m_preview->clear();
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    m_fileError->setVisible(!p.error.isEmpty());
    m_fileError->setText(p.error);
    QString what = csv ? tr("CSV: %1, delimiter “%2”, header in row %3")
                             .arg(QString::fromLatin1(d.encoding), m_delimiter->currentText())
                             .arg(d.headerRow + 1)
                   : d.format == ImportFormat::Xlsx
                       ? tr("Excel workbook: sheet “%1”, header in row %2")
                             .arg(d.sheets.value(d.sheet))
                             .arg(d.headerRow + 1)
                       : tr("vCard");
    m_detected->setText(tr("%1 · the first %n row(s)", nullptr, int(p.rows.size())).arg(what));

    m_preview->clear();
    m_preview->setColumnCount(int(d.headers.size()));
    m_preview->setHorizontalHeaderLabels(d.headers);
    m_preview->setRowCount(int(p.rows.size()));
    QStringList numbers;
    for (int r = 0; r < p.rows.size(); ++r) {
        numbers << number(p.rows[r].number);
        for (int c = 0; c < d.headers.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(cellText(p.rows[r].cells.value(c))));
    }
    m_preview->setVerticalHeaderLabels(numbers);
    m_preview->verticalHeader()->show();
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, qMin(m_preview->columnWidth(c), 260));
}

// ---- Mapping ---------------------------------------------------------------------------

QWidget *ImportWizard::buildMappingPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_preset = new QComboBox(page);
    m_preset->setObjectName(QStringLiteral("importPreset"));
    m_preset->addItem(tr("Any file"), int(Core::ImportPreset::None));
    m_preset->addItem(QStringLiteral("amoCRM"), int(Core::ImportPreset::AmoCrm));
    m_preset->addItem(QStringLiteral("Bitrix24"), int(Core::ImportPreset::Bitrix24));
    m_preset->addItem(QStringLiteral("HubSpot"), int(Core::ImportPreset::HubSpot));
    m_preset->addItem(QStringLiteral("Pipedrive"), int(Core::ImportPreset::Pipedrive));
    m_preset->addItem(QStringLiteral("Salesforce"), int(Core::ImportPreset::Salesforce));
    m_preset->addItem(QStringLiteral("Google Contacts"), int(Core::ImportPreset::Google));
    m_preset->addItem(QStringLiteral("Outlook"), int(Core::ImportPreset::Outlook));
    auto *presetLabel = new QLabel(tr("Exported from:"), page);
    presetLabel->setBuddy(m_preset);
    auto *save = new QPushButton(tr("Save mapping…"), page);
    save->setObjectName(QStringLiteral("importSaveMapping"));
    auto *load = new QPushButton(tr("Load mapping…"), page);
    load->setObjectName(QStringLiteral("importLoadMapping"));
    // Mappings saved in this database: picked here, remembered with the button beside.
    m_saved = new QComboBox(page);
    m_saved->setObjectName(QStringLiteral("importSavedMapping"));
    m_saved->setMinimumContentsLength(14);
    auto *savedLabel = new QLabel(tr("Saved:"), page);
    savedLabel->setBuddy(m_saved);
    auto *remember = new QPushButton(tr("Remember…"), page);
    remember->setObjectName(QStringLiteral("importRememberMapping"));
    remember->setToolTip(tr("Keep this mapping in the database under a name, for the next "
                            "file like this one"));
    remember->setEnabled(m_session.principal().canImport);
    top->addWidget(presetLabel);
    top->addWidget(m_preset);
    top->addSpacing(12);
    top->addWidget(savedLabel);
    top->addWidget(m_saved);
    top->addWidget(remember);
    top->addStretch(1);
    top->addWidget(load);
    top->addWidget(save);
    layout->addLayout(top);
    layout->addWidget(makeHint(tr("Choose where each column of the file goes. Columns set to "
                                  "“Skip” are not imported."),
                               page));
    m_mapping = makeTable(QStringLiteral("importMapping"), page);
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("Sample values"), tr("Import into")});
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->horizontalHeader()->setStretchLastSection(false);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_mapping, 1);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ImportWizard::applyPreset);
    connect(save, &QPushButton::clicked, this, &ImportWizard::saveMapping);
    connect(load, &QPushButton::clicked, this, &ImportWizard::loadMapping);
    connect(remember, &QPushButton::clicked, this, &ImportWizard::askRememberMapping);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applySavedMapping(m_saved->itemText(index));
    });
    return page;
}

void ImportWizard::applyPreset()
{
    if (!m_preview0)
        return;
    QList<Core::FieldDef> fields;
    for (EntityKind k : {EntityKind::Contact, EntityKind::Company, EntityKind::Deal})
        fields += m_session.fieldDefs(k);
    fillMapping(Core::ImportMapping::guess(kind(), m_preview0->detected.headers, fields,
                                           Core::ImportPreset(m_preset->currentData().toInt())));
}

void ImportWizard::fillMapping(const Core::ImportMapping &mapping)
{
    QList<Core::FieldDef> fields;
    for (EntityKind k : {EntityKind::Contact, EntityKind::Company, EntityKind::Deal})
        fields += m_session.fieldDefs(k);
    const QList<Core::ImportTarget> targets = Core::importTargets(mapping.kind, fields);
    const QStringList &headers = mapping.headers;
    m_mapping->setRowCount(int(headers.size()));
    for (int c = 0; c < headers.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(headers[c]));
        QStringList samples;
        for (const Core::ImportRow &row : std::as_const(m_preview0->rows)) {
            const QString text = cellText(row.cells.value(c)).trimmed();
            if (!text.isEmpty() && !samples.contains(text))
                samples << text;
            if (samples.size() == 3)
                break;
        }
        auto *sample = new QTableWidgetItem(samples.join(QStringLiteral(" · ")));
        sample->setToolTip(samples.join(u'\n'));
        m_mapping->setItem(c, 1, sample);
        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("importTarget_%1").arg(c));
        combo->addItem(tr("Skip"), QString());
        combo->insertSeparator(1);
        for (const Core::ImportTarget &t : targets)
            combo->addItem(t.label, t.key);
        combo->setCurrentIndex(qMax(0, combo->findData(mapping.targetOf(c))));
        m_mapping->setCellWidget(c, 2, combo);
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->setColumnWidth(0, qMin(qMax(m_mapping->columnWidth(0), 140), 260));
    m_mapping->setColumnWidth(2, 280);
    fillSavedMappings();
}

void ImportWizard::fillSavedMappings(const QString &current)
{
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    Core::Result<QList<Core::SavedMappings::Named>> saved =
        Core::SavedMappings(m_session).list(kind());
    m_saved->addItem(saved && !saved->isEmpty() ? tr("Choose…") : tr("None yet"));
    if (saved)
        for (const Core::SavedMappings::Named &n : std::as_const(*saved))
            m_saved->addItem(n.name);
    m_saved->setEnabled(m_saved->count() > 1);
    m_saved->setCurrentIndex(qMax(0, m_saved->findText(current)));
}

QString ImportWizard::rememberMapping(const QString &name)
{
    if (Core::Status st = Core::SavedMappings(m_session).save(name, mapping()); !st)
        return st.error().message;
    fillSavedMappings(name.simplified());
    return {};
}

bool ImportWizard::applySavedMapping(const QString &name)
{
    if (!m_preview0)
        return false;
    Core::Result<QList<Core::SavedMappings::Named>> saved =
        Core::SavedMappings(m_session).list(kind());
    if (!saved)
        return false;
    for (const Core::SavedMappings::Named &n : std::as_const(*saved)) {
        if (n.name != name)
            continue;
        Core::Result<Core::ImportMapping> m =
            Core::ImportMapping::fromJson(n.mapping, m_preview0->detected.headers);
        if (!m) {
            m_stepLabel->setText(m.error().message);
            return false;
        }
        fillMapping(*m);
        fillSavedMappings(name);
        return true;
    }
    return false;
}

void ImportWizard::askRememberMapping()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Remember the mapping"),
                                               tr("Name of the mapping:"), QLineEdit::Normal,
                                               m_saved->currentIndex() > 0 ? m_saved->currentText()
                                                                           : QString(),
                                               &ok);
    if (!ok)
        return;
    if (const QString error = rememberMapping(name); !error.isEmpty())
        m_stepLabel->setText(error);
}

Core::ImportMapping ImportWizard::mapping() const
{
    Core::ImportMapping m;
    m.kind = kind();
    for (int c = 0; c < m_mapping->rowCount(); ++c) {
        m.headers << m_mapping->item(c, 0)->text();
        auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(c, 2));
        m.targets << (combo ? combo->currentData().toString() : QString());
    }
    return m;
}

void ImportWizard::saveMapping()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the mapping"), QString(),
                                                      tr("Import mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (Core::Status st = mapping().save(path); !st)
        m_stepLabel->setText(st.error().message);
}

void ImportWizard::loadMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a mapping"), QString(),
                                                      tr("Import mappings (*.json)"));
    if (path.isEmpty() || !m_preview0)
        return;
    Core::Result<Core::ImportMapping> m =
        Core::ImportMapping::load(path, m_preview0->detected.headers);
    if (!m) {
        m_stepLabel->setText(m.error().message);
        return;
    }
    if (m->kind != kind())
        m_kind->setCurrentIndex(m_kind->findData(int(m->kind)));
    fillMapping(*m);
}

// ---- Options ---------------------------------------------------------------------------

QWidget *ImportWizard::buildOptionsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(12);
    m_onDuplicate = new QComboBox(page);
    m_onDuplicate->setObjectName(QStringLiteral("importOnDuplicate"));
    m_onDuplicate->addItem(tr("Skip the row"), int(Core::OnDuplicate::Skip));
    m_onDuplicate->addItem(tr("Update the record found"), int(Core::OnDuplicate::Update));
    m_onDuplicate->addItem(tr("Create a new record anyway"), int(Core::OnDuplicate::Create));
    form->addRow(tr("When a record exists:"), m_onDuplicate);

    auto *match = new QVBoxLayout;
    m_matchEmail = new QCheckBox(tr("The same email"), page);
    m_matchEmail->setObjectName(QStringLiteral("importMatchEmail"));
    m_matchPhone = new QCheckBox(tr("The same phone number"), page);
    m_matchPhone->setObjectName(QStringLiteral("importMatchPhone"));
    m_matchName = new QCheckBox(tr("The same name and company"), page);
    m_matchName->setObjectName(QStringLiteral("importMatchName"));
    m_matchExternal =
        new QCheckBox(tr("The same external id (a column set to “External id”)"), page);
    m_matchExternal->setObjectName(QStringLiteral("importMatchExternal"));
    const Core::ImportOptions defaults;
    m_matchEmail->setChecked(defaults.match & Core::MatchEmail);
    m_matchPhone->setChecked(defaults.match & Core::MatchPhone);
    m_matchName->setChecked(defaults.match & Core::MatchNameCompany);
    m_matchExternal->setChecked(defaults.match & Core::MatchExternal);
    for (QCheckBox *b : {m_matchEmail, m_matchPhone, m_matchName, m_matchExternal})
        match->addWidget(b);
    form->addRow(tr("A row is that record when:"), match);

    m_responsible = new QComboBox(page);
    m_responsible->setObjectName(QStringLiteral("importResponsible"));
    m_responsible->addItem(tr("Me (%1)").arg(m_session.actor().name), qint64(0));
    for (const Core::UserInfo &u : m_session.activeUsersByName())
        if (u.id != m_session.actor().id)
            m_responsible->addItem(u.name, u.id);
    form->addRow(tr("Responsible when the file names none:"), m_responsible);

    m_tag = new QLineEdit(page);
    m_tag->setObjectName(QStringLiteral("importTag"));
    m_tag->setPlaceholderText(tr("No tag"));
    form->addRow(tr("Tag every imported record:"), m_tag);
    return page;
}

Core::ImportOptions ImportWizard::options() const
{
    Core::ImportOptions o;
    o.onDuplicate = Core::OnDuplicate(m_onDuplicate->currentData().toInt());
    o.match = (m_matchEmail->isChecked() ? Core::MatchEmail : 0) |
              (m_matchPhone->isChecked() ? Core::MatchPhone : 0) |
              (m_matchName->isChecked() ? Core::MatchNameCompany : 0) |
              (m_matchExternal->isChecked() ? Core::MatchExternal : 0);
    o.defaultResponsibleId = m_responsible->currentData().toLongLong();
    o.tag = m_tag->text().trimmed();
    return o;
}

// ---- Check and import ------------------------------------------------------------------

QWidget *ImportWizard::buildCheckPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_runTitle = new QLabel(page);
    m_runTitle->setObjectName(QStringLiteral("importRunTitle"));
    m_runTitle->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_stop = new QPushButton(tr("Stop"), page);
    m_stop->setObjectName(QStringLiteral("importStop"));
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_stop);
    m_counts = new QLabel(page);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setWordWrap(true);
    m_runError = new QLabel(page);
    m_runError->setObjectName(QStringLiteral("importRunError"));
    m_runError->setWordWrap(true);
    m_runError->setProperty("error", true);
    m_runError->hide();
    m_errors = makeTable(QStringLiteral("importErrors"), page);
    m_errors->setColumnCount(4);
    m_errors->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
    layout->addWidget(m_runTitle);
    layout->addLayout(bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_runError);
    layout->addWidget(m_errors, 1);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    return page;
}

QWidget *ImportWizard::buildResultPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_resultCounts = new QLabel(page);
    m_resultCounts->setObjectName(QStringLiteral("importResultCounts"));
    m_resultCounts->setWordWrap(true);
    m_resultErrors = makeTable(QStringLiteral("importResultErrors"), page);
    m_resultErrors->setColumnCount(4);
    m_resultErrors->setHorizontalHeaderLabels(
        {tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
    auto *buttons = new QHBoxLayout;
    m_saveFailed = new QPushButton(tr("Save failed rows…"), page);
    m_saveFailed->setObjectName(QStringLiteral("importSaveFailed"));
    m_openRecords = new QPushButton(tr("Open the imported records"), page);
    m_openRecords->setObjectName(QStringLiteral("importOpenRecords"));
    buttons->addWidget(m_saveFailed);
    buttons->addWidget(m_openRecords);
    buttons->addStretch(1);
    layout->addWidget(m_resultCounts);
    layout->addWidget(m_resultErrors, 1);
    layout->addLayout(buttons);
    connect(m_saveFailed, &QPushButton::clicked, this, &ImportWizard::saveFailedRows);
    connect(m_openRecords, &QPushButton::clicked, this, [this] {
        emit showRecordsRequested(kind());
        accept();
    });
    return page;
}

namespace {

void fillErrors(QTableWidget *table, const Core::ImportReport &r, const QStringList &headers)
{
    QHash<qint64, const Core::ImportRow *> rows;
    for (const Core::ImportRow &row : r.failedRows)
        rows.insert(row.number, &row);
    table->setRowCount(int(r.errors.size()));
    for (int i = 0; i < r.errors.size(); ++i) {
        const Core::ImportRowError &e = r.errors[i];
        const Core::ImportRow *row = rows.value(e.row);
        // The message is complete ("row 4, column «Phone»: …"); the table shows its reason
        // beside the row and column it names.
        const qsizetype colon = e.message.indexOf(QStringLiteral(": "));
        const QString problem = colon > 0 ? e.message.mid(colon + 2) : e.message;
        const QStringList cells{
            number(e.row), headers.value(e.column),
            row && e.column >= 0 ? cellText(row->cells.value(e.column)) : QString(), problem};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(e.message);
            table->setItem(i, c, item);
        }
    }
    table->resizeColumnToContents(0);
    table->setColumnWidth(1, 160);
    table->setColumnWidth(2, 180);
}

} // namespace

void ImportWizard::run(bool write)
{
    m_report = {};
    m_runTitle->setProperty("write", write);
    m_runTitle->setText(write ? tr("Importing %1…").arg(QFileInfo(m_file).fileName())
                              : tr("Checking every row of %1; nothing is written.")
                                    .arg(QFileInfo(m_file).fileName()));
    m_progress->setValue(0);
    m_progress->show();
    m_stop->show();
    m_counts->clear();
    m_runError->hide();
    m_errors->setRowCount(0);
    m_errors->hide();
    m_pages->setCurrentIndex(CheckStep);

    const QString path = m_file;
    const Core::ImportReadOptions readOpts = readOptions();
    const Core::ImportMapping map = mapping();
    const Core::ImportOptions opts = options();
    auto out = std::make_shared<Core::ImportReport>();
    // The check writes each chunk and rolls it back (the same pipeline as the import), so
    // both need a connection that may write.
    auto *job = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [=](Core::Session &s, const BackgroundJob::Report &report) -> QString {
            Core::Result<std::unique_ptr<Core::ImportReader>> reader =
                Core::ImportReader::open(path, readOpts);
            if (!reader)
                return reader.error().message;
            Core::Importer importer(s, map, opts);
            const Core::ImportProgress progress = [&report](double p, qint64) {
                return report(qint64(p * 1000), 1000);
            };
            Core::Result<Core::ImportReport> r =
                write ? importer.run(**reader, path, progress) : importer.check(**reader, progress);
            if (!r)
                return r.error().message;
            *out = *r;
            return {};
        },
        this);
    job->setAccess(BackgroundJob::Access::ReadWrite);
    job->setClock(&m_session.clock());
    connect(job, &BackgroundJob::progress, m_progress,
            [this](qint64 done, qint64) { m_progress->setValue(int(done)); });
    connect(job, &BackgroundJob::finished, this, [this, job, out, write](const QString &error) {
        job->deleteLater();
        m_job = nullptr; // done, though its thread may still be winding down
        m_report = *out;
        finishRun(write, error);
    });
    m_job = job;
    job->start();
    go(write ? ImportStep : CheckStep);
}

void ImportWizard::finishRun(bool write, const QString &error)
{
    const Core::ImportReport &r = m_report;
    const QStringList headers = m_preview0 ? m_preview0->detected.headers : QStringList();
    m_stop->hide();
    const QString counts =
        (write ? tr("Created: %1 · updated: %2 · skipped as duplicates: %3 · with errors: %4")
               : tr("New: %1 · to update: %2 · skipped as duplicates: %3 · with errors: %4"))
            .arg(number(r.created), number(r.updated), number(r.skipped), number(r.failed));
    if (write && r.batchId != 0) {
        // Also a cancelled import: the chunks it wrote are a batch that can be undone.
        emit imported(kind(), r.batchId, r.created, r.updated);
    }
    if (!error.isEmpty()) {
        m_runError->setText(error);
        m_runError->show();
    }
    if (write) {
        QString text = counts;
        if (r.cancelled)
            text = tr("The import was stopped after %n row(s); what it wrote can be undone.",
                      nullptr, int(r.rows)) +
                   u'\n' + counts;
        m_resultCounts->setText(error.isEmpty() ? text : error);
        m_resultCounts->setProperty("counts", m_resultCounts->text());
        fillErrors(m_resultErrors, r, headers);
        m_resultErrors->setVisible(!r.errors.isEmpty());
        m_saveFailed->setEnabled(!r.failedRows.isEmpty());
        m_openRecords->setEnabled(r.created + r.updated > 0);
        go(ResultStep);
    } else {
        m_checked = error.isEmpty() && !r.cancelled;
        m_progress->setVisible(m_checked);
        m_runTitle->setText(r.cancelled ? tr("The check was stopped.")
                            : m_checked ? tr("The check is done: %n row(s) read, nothing written.",
                                             nullptr, int(r.rows))
                                        : tr("The check failed."));
        m_counts->setText(m_checked ? counts : QString());
        fillErrors(m_errors, r, headers);
        m_errors->setVisible(!r.errors.isEmpty());
        updateButtons();
    }
    if (m_closeWhenStopped)
        QDialog::reject();
}

void ImportWizard::saveFailedRows()
{
    const QString suggested = QFileInfo(m_file).absolutePath() + u'/' +
                              tr("%1 - failed rows.csv").arg(QFileInfo(m_file).completeBaseName());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save failed rows"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = saveFailedRowsTo(path);
    const QString counts = m_resultCounts->property("counts").toString();
    m_resultCounts->setText(
        error.isEmpty()
            ? counts + u'\n' + tr("Failed rows saved to %1").arg(QDir::toNativeSeparators(path))
            : counts + u'\n' + error);
}

QString ImportWizard::saveFailedRowsTo(const QString &path) const
{
    QSaveFile out(path);
    const QString cannot = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path));
    if (!out.open(QIODevice::WriteOnly))
        return cannot.arg(out.errorString());
    if (Core::Status st = Core::Importer::failedRowsCsv(
            m_report, m_preview0 ? m_preview0->detected.headers : QStringList(), out);
        !st)
        return st.error().message;
    if (!out.commit())
        return cannot.arg(out.errorString());
    return {};
}

// ---- Navigation ------------------------------------------------------------------------

void ImportWizard::go(Step step)
{
    static const int kSteps = 6;
    m_pages->setCurrentIndex(step == ImportStep ? CheckStep : step == ResultStep ? 4 : int(step));
    const QString titles[kSteps] = {tr("Choose a file"),
                                    tr("Match the columns to fields"),
                                    tr("Duplicates and defaults"),
                                    tr("Check the file"),
                                    tr("Import"),
                                    tr("Done")};
    const QString kindName = kind() == EntityKind::Company ? tr("Import companies")
                             : kind() == EntityKind::Deal  ? tr("Import deals")
                                                           : tr("Import contacts");
    setWindowTitle(kindName);
    m_title->setText(titles[step]);
    m_stepLabel->setText(tr("%1 · step %2 of %3").arg(kindName).arg(int(step) + 1).arg(kSteps));
    m_kind->setEnabled(!m_kindFixed);
    updateButtons();
}

void ImportWizard::updateButtons()
{
    const Step s = step();
    const bool busy = isBusy();
    const bool readable = m_preview0 && !m_preview0->detected.headers.isEmpty() &&
                          (m_preview0->error.isEmpty() || !m_preview0->rows.isEmpty());
    m_back->setVisible(s != ResultStep);
    m_back->setEnabled(!busy && s != FileStep && s != ImportStep);
    m_cancel->setText(s == ResultStep ? tr("Close") : tr("Cancel"));
    m_cancel->setVisible(s != ResultStep);
    switch (s) {
    case FileStep:
    case MappingStep:
        m_next->setText(tr("Next"));
        m_next->setEnabled(!busy && readable);
        break;
    case OptionsStep:
        m_next->setText(tr("Check"));
        m_next->setEnabled(true);
        break;
    case CheckStep:
        m_next->setText(tr("Import"));
        m_next->setEnabled(!busy && m_checked && m_report.created + m_report.updated > 0);
        break;
    case ImportStep:
        m_next->setText(tr("Import"));
        m_next->setEnabled(false);
        break;
    case ResultStep:
        m_next->setText(tr("Close"));
        m_next->setEnabled(true);
        break;
    }
}

void ImportWizard::next()
{
    switch (step()) {
    case FileStep:
        go(MappingStep);
        break;
    case MappingStep:
        go(OptionsStep);
        break;
    case OptionsStep:
        run(false);
        break;
    case CheckStep:
        run(true);
        break;
    case ImportStep:
        break;
    case ResultStep:
        accept();
        break;
    }
}

void ImportWizard::back()
{
    const Step s = step();
    if (s == CheckStep)
        m_checked = false;
    if (s != FileStep && s != ImportStep && s != ResultStep)
        go(Step(int(s) - 1));
}

void ImportWizard::reject()
{
    // Closing while a check or an import runs stops it first: an import keeps the chunks it
    // wrote, as one batch that can be undone.
    if (isBusy() && m_job) {
        m_closeWhenStopped = true;
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Voronka::Ui
