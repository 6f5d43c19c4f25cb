// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "mergewizard.h"

#include "core/services/records.h"
#include "core/services/session.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
QString shown(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

MergeWizard::MergeWizard(Core::Session &session, Core::EntityKind kind, qint64 firstId,
                         qint64 secondId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_ids{firstId, secondId}
{
    setObjectName(QStringLiteral("mergeWizard"));
    setWindowTitle(kind == Core::EntityKind::Contact ? tr("Merge contacts")
                                                     : tr("Merge companies"));
    build();
}

qint64 MergeWizard::survivorId() const
{
    return m_keep[1] && m_keep[1]->isChecked() ? m_ids[1] : m_ids[0];
}

qint64 MergeWizard::loserId() const
{
    return survivorId() == m_ids[0] ? m_ids[1] : m_ids[0];
}

void MergeWizard::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(12);
    auto *title = new QLabel(windowTitle(), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(title);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("mergeError"));
    m_error->setWordWrap(true);
    m_error->setProperty("error", true);
    m_error->hide();

    Core::Result<QList<Core::MergeField>> fields =
        Core::Merge(m_session).fields(m_kind, m_ids[0], m_ids[1]);
    if (!fields) {
        m_error->setText(fields.error().message);
        m_error->show();
        layout->addWidget(m_error);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        return;
    }
    m_fields = *fields;
    Core::Records records(m_session);
    for (int i = 0; i < 2; ++i) {
        const Core::Record r = *records.load(m_kind, m_ids[i]);
        m_names[i] = r.value(QStringLiteral("name")).toString();
    }
    auto *hint = new QLabel(tr("Choose the record that stays and, for each field, whose value it "
                               "keeps. Everything linked to the other record moves to it."),
                            this);
    hint->setObjectName(QStringLiteral("dialogHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    addKeepRow(grid);
    const int row = addFieldRows(grid, 2);
    grid->setRowStretch(row, 1); // rows keep their height; the spare space goes below
    auto *fieldsWidget = new QWidget(this);
    fieldsWidget->setObjectName(QStringLiteral("mergeFields"));
    fieldsWidget->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fieldsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    addFooter(layout);
    updateSummary();
    resize(760, qMin(720, 260 + row * 34));
}

// Which record stays: one radio button per record, over a rule.
void MergeWizard::addKeepRow(QGridLayout *grid)
{
    auto *keepGroup = new QButtonGroup(this);
    auto *keepLabel = new QLabel(tr("Keep"), this);
    keepLabel->setObjectName(QStringLiteral("mergeFieldLabel"));
    grid->addWidget(keepLabel, 0, 0);
    for (int i = 0; i < 2; ++i) {
        m_keep[i] = new QRadioButton(shown(m_names[i]), this);
        m_keep[i]->setObjectName(i == 0 ? QStringLiteral("mergeKeepA")
                                        : QStringLiteral("mergeKeepB"));
        m_keep[i]->setToolTip(tr("This record stays; the other goes to the recycle bin."));
        QFont f = m_keep[i]->font();
        f.setBold(true);
        m_keep[i]->setFont(f);
        keepGroup->addButton(m_keep[i], i);
        grid->addWidget(m_keep[i], 0, i + 1);
    }
    m_keep[0]->setChecked(true);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setObjectName(QStringLiteral("mergeRule"));
    grid->addWidget(line, 1, 0, 1, 3);
    connect(keepGroup, &QButtonGroup::idClicked, this, &MergeWizard::updateSummary);
}

// One row per field with a value, a radio button per record's value; returns the row after
// the last.
int MergeWizard::addFieldRows(QGridLayout *grid, int row)
{
    for (const Core::MergeField &f : std::as_const(m_fields)) {
        if (f.survivorText.isEmpty() && f.loserText.isEmpty())
            continue; // nothing to choose and nothing to lose
        auto *label = new QLabel(f.label, this);
        label->setObjectName(QStringLiteral("mergeFieldLabel"));
        grid->addWidget(label, row, 0);
        auto *group = new QButtonGroup(this);
        const QString texts[2] = {f.survivorText, f.loserText};
        for (int i = 0; i < 2; ++i) {
            auto *radio = new QRadioButton(shown(texts[i]), this);
            radio->setObjectName(
                QStringLiteral("mergeField_%1_%2")
                    .arg(f.key, i == 0 ? QStringLiteral("a") : QStringLiteral("b")));
            radio->setToolTip(texts[i]);
            radio->setEnabled(f.differs);
            group->addButton(radio, i);
            grid->addWidget(radio, row, i + 1);
        }
        group->button(f.fromLoser ? 1 : 0)->setChecked(true);
        m_choices << group;
        m_choiceKeys << f.key;
        ++row;
    }
    return row;
}

// Uniting lists, the summary of what moves, the error line and the buttons.
void MergeWizard::addFooter(QVBoxLayout *layout)
{
    m_unite = new QCheckBox(tr("Keep every phone number, email and tag of both records"), this);
    m_unite->setObjectName(QStringLiteral("mergeUnite"));
    m_unite->setChecked(true);
    layout->addWidget(m_unite);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("mergeCancel"));
    connect(merge, &QPushButton::clicked, this, &MergeWizard::runMerge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void MergeWizard::updateSummary()
{
    const int keep = survivorId() == m_ids[0] ? 0 : 1;
    Core::Result<Core::MergeSummary> s = Core::Merge(m_session).preview(m_kind, loserId());
    if (!s) {
        m_summary->setText(s.error().message);
        return;
    }
    QStringList moves;
    if (s->deals)
        moves << tr("%Ln deal(s)", nullptr, s->deals);
    if (s->contacts)
        moves << tr("%Ln contact(s)", nullptr, s->contacts);
    if (s->tasks)
        moves << tr("%Ln task(s)", nullptr, s->tasks);
    if (s->notes)
        moves << tr("%Ln note(s)", nullptr, s->notes);
    if (s->historyEntries)
        moves << tr("%Ln history entry(s)", nullptr, s->historyEntries);
    const QString what =
        moves.isEmpty()
            ? tr("Nothing is linked to «%1».").arg(m_names[1 - keep])
            : tr("Moves to «%1»: %2.").arg(m_names[keep], moves.join(QStringLiteral(", ")));
    m_summary->setText(
        what + u' ' +
        tr("«%1» goes to the recycle bin. The merge can be undone.").arg(m_names[1 - keep]));
}

void MergeWizard::runMerge()
{
    Core::MergePlan plan;
    plan.kind = m_kind;
    plan.survivorId = survivorId();
    plan.loserId = loserId();
    plan.uniteLists = plan.uniteTags = m_unite->isChecked();
    const int loserIndex = plan.loserId == m_ids[0] ? 0 : 1;
    for (int i = 0; i < m_choices.size(); ++i)
        plan.takeFromLoser.insert(m_choiceKeys[i], m_choices[i]->checkedId() == loserIndex);
    m_plan = plan;
    Core::Result<Core::MergeSummary> done = Core::Merge(m_session).merge(plan);
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    m_result = *done;
    accept();
}

} // namespace Voronka::Ui
