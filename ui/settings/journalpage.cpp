// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "ui/settings/journalpage.h"
#include "ui/widgets/dates.h"

#include "core/services/journal.h"
#include "core/services/session.h"
#include "ui/settings/journalmodel.h"
#include "ui/widgets/backgroundjob.h"
#include "ui/widgets/columnfit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Voronka::Ui {

namespace {
// The entity combo's data beside the entity kinds.
constexpr int kEverything = 0;
constexpr int kSignIns = -1;

// The earliest date a period edit offers stands for "no bound" and shows as such.
const QDate kNoBound(2000, 1, 1);

QDateEdit *periodEdit(const QString &objectName, const QString &anyText, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(Dates::dateFormat());
    edit->setMinimumDate(kNoBound);
    edit->setSpecialValueText(anyText);
    edit->setDate(kNoBound);
    return edit;
}
} // namespace

JournalPage::JournalPage(Core::Session &session, QWidget *parent)
    : SettingsPage(session, QStringLiteral("journal"), tr("Journal"), parent)
    , m_model(new JournalModel(session, this))
    , m_user(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_from(periodEdit(QStringLiteral("journalFrom"), tr("From the start"), this))
    , m_to(periodEdit(QStringLiteral("journalTo"), tr("Until now"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_table(new QTableView(this))
    , m_notice(new QLabel(this))
{
    hideUndo();
    m_notice->setObjectName(QStringLiteral("journalNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Journal"));
    styleTable(m_table);
    m_table->viewport()->installEventFilter(this);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("listCard"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(1, 1, 1, 1);
    cardLayout->addWidget(m_table);
    actions()->addWidget(m_export);
    body()->setSpacing(10);
    body()->addWidget(buildFilters());
    body()->addWidget(m_notice);
    body()->addWidget(card, 1);

    connect(m_model, &JournalModel::loadFailed, this, &JournalPage::showNotice);
    connect(m_export, &QPushButton::clicked, this, &JournalPage::chooseAndExport);
    fillCombos();
    for (QComboBox *c : {m_user, m_entity, m_action})
        connect(c, &QComboBox::currentIndexChanged, this, &JournalPage::applyFilter);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &JournalPage::applyFilter);

    if (!m_session.principal().admin) {
        for (QWidget *w :
             std::initializer_list<QWidget *>{m_user, m_entity, m_action, m_from, m_to, m_export})
            w->setEnabled(false);
    }
    applyFilter();
}

bool JournalPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return SettingsPage::eventFilter(watched, event);
}

void JournalPage::fitColumns()
{
    // The time and the action read whole; the record and the values take what is spare.
    Ui::fitColumns(m_table, m_table->horizontalHeader(), [](int column) -> ColumnFit {
        switch (column) {
        case JournalModel::Time:
            return {140, 0};
        case JournalModel::User:
            return {100, 0.6};
        case JournalModel::Entity:
            return {70, 0};
        case JournalModel::Record:
            return {130, 2.2};
        case JournalModel::Action:
            return {110, 0.2};
        case JournalModel::Field:
            return {80, 0.4};
        case JournalModel::OldValue:
        case JournalModel::NewValue:
            return {80, 0.9};
        default: // the detail: a sign-in's machine and account, empty for changes
            return {60, 0.2};
        }
    });
}

JournalPage::~JournalPage() = default; // a running export's job is a child: it cancels and waits

QWidget *JournalPage::buildFilters()
{
    m_user->setObjectName(QStringLiteral("journalUser"));
    m_entity->setObjectName(QStringLiteral("journalEntity"));
    m_action->setObjectName(QStringLiteral("journalAction"));
    m_export->setObjectName(QStringLiteral("journalExport"));
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_user);
    row->addWidget(m_entity);
    row->addWidget(m_action);
    auto *dash = new QLabel(QStringLiteral("–"), bar);
    row->addWidget(m_from);
    row->addWidget(dash);
    row->addWidget(m_to);
    row->addStretch(1);
    return bar;
}

void JournalPage::fillCombos()
{
    m_user->addItem(tr("All users"), qint64(0));
    // Deactivated users keep their history, so they stay in the list.
    QList<Core::UserInfo> users = m_session.users().values();
    std::sort(users.begin(), users.end(), [](const Core::UserInfo &a, const Core::UserInfo &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Core::UserInfo &u : std::as_const(users))
        m_user->addItem(u.active ? u.name : tr("%1 (deactivated)").arg(u.name), u.id);

    m_entity->addItem(tr("All entities"), kEverything);
    m_entity->addItem(tr("Sign-ins"), kSignIns);
    for (int k = 1; k <= int(Core::EntityKind::Goal); ++k)
        m_entity->addItem(Core::entityName(Core::EntityKind(k)), k);

    m_action->addItem(tr("All actions"), int(Core::JournalAction::Any));
    for (Core::JournalAction a : Core::journalActions())
        m_action->addItem(Core::journalActionName(a), int(a));
}

Core::JournalFilter JournalPage::filter() const
{
    Core::JournalFilter f;
    f.userId = m_user->currentData().toLongLong();
    const int entity = m_entity->currentData().toInt();
    f.signInsOnly = entity == kSignIns;
    f.kind = entity > 0 ? Core::EntityKind(entity) : Core::EntityKind::None;
    f.action = Core::JournalAction(m_action->currentData().toInt());
    // Local days, both included.
    if (m_from->date() > kNoBound)
        f.fromMs = m_from->date().startOfDay().toMSecsSinceEpoch();
    if (m_to->date() > kNoBound)
        f.toMs = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    return f;
}

void JournalPage::applyFilter()
{
    if (!m_session.principal().admin) {
        m_model->setFilter({}); // refused by core; its message shows
        return;
    }
    m_notice->hide();
    const Core::JournalFilter f = filter();
    if (f.fromMs && f.toMs && f.toMs <= f.fromMs) {
        showNotice(tr("The period ends before it starts."));
        return;
    }
    m_model->setFilter(f);
    if (m_model->rowCount() == 0 && m_model->lastError().isEmpty())
        showNotice(tr("Nothing in the journal matches these filters."));
}

void JournalPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->show();
}

void JournalPage::chooseAndExport()
{
    const QString suggested = QDir::home().filePath(tr("journal") + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the journal"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void JournalPage::exportTo(const QString &path)
{
    if (m_job)
        return;
    auto count = std::make_shared<qint64>(0);
    m_job = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [path, count, f = filter()](Core::Session &s, const BackgroundJob::Report &report) {
            // A save file: a refused, failed or cancelled export leaves no file behind.
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                return tr("Could not write %1: %2").arg(path, out.errorString());
            Core::Result<qint64> n = Core::Journal(s).exportCsv(
                f, out, 1000, [&report](qint64 written) { return report(written, 0); });
            if (!n) {
                out.cancelWriting();
                return n.error().message;
            }
            if (!out.commit())
                return tr("Could not write %1: %2").arg(path, out.errorString());
            *count = *n;
            return QString();
        },
        this);
    m_export->setEnabled(false);
    showNotice(tr("Exporting the journal…"));
    connect(m_job, &BackgroundJob::finished, this, [this, count, path](const QString &error) {
        m_job->deleteLater();
        m_job = nullptr;
        m_export->setEnabled(true);
        const QString message =
            error.isEmpty() ? tr("Exported %1 journal entries to %2.")
                                  .arg(QLocale().toString(*count), QFileInfo(path).fileName())
                            : error;
        showNotice(message);
        emit exportFinished(message, error.isEmpty());
    });
    m_job->start();
}

} // namespace Voronka::Ui
