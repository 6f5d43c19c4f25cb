// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cardheader.h"

#include "ui/cards/cardeditor.h"
#include "core/services/entityspec.h"
#include "core/services/pipelinesetup.h"
#include "core/services/session.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/stagename.h"
#include "ui/widgets/theme.h"

#include <algorithm>

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
// The standard fields' names as core spells them (translated once, for every view).
QString columnName(Core::EntityKind kind, const QString &key)
{
    const Core::ColumnSpec *c = Core::entitySpec(kind)->column(key);
    return c ? Core::columnLabel(*c) : key;
}

// Budgets are typed in units with optional grouping and decimals, stored in minor units.
QVariant parseMoney(const QString &text)
{
    if (text.trimmed().isEmpty())
        return qint64(0);
    const std::optional<qint64> minor = Money::parse(text);
    return minor ? QVariant(*minor) : QVariant(text);
}
} // namespace

CardHeader::CardHeader(CardEditor &card, Core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_card(card)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    addTitleRow(layout);
    auto *grid = new QFormLayout;
    grid->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(8);
    layout->addLayout(grid);

    if (m_card.kind() == Core::EntityKind::Deal) {
        addBudgetRow(grid);
        addStageRow(grid);
    }
    addResponsibleRow(grid);
    addTagsRow(grid);
}

// The kind's icon, the name in large type, Save, and the line for the name's error.
void CardHeader::addTitleRow(QVBoxLayout *layout)
{
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::pixmap(Icons::forKind(m_card.kind()), Theme::current().accent, 28,
                                  devicePixelRatioF()));
    top->addWidget(icon);
    auto *name = new QLineEdit(this);
    name->setObjectName(QStringLiteral("cardName"));
    name->setPlaceholderText(CardEditor::tr("Name"));
    name->setFrame(false);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);
    top->addWidget(name, 1);
    auto *save = new QPushButton(CardEditor::tr("Save"), this);
    save->setObjectName(QStringLiteral("cardSave"));
    save->setToolTip(CardEditor::tr("Save the card (%1)")
                         .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    save->setEnabled(false);
    connect(m_card.m_undo, &QUndoStack::cleanChanged, save,
            [save](bool clean) { save->setEnabled(!clean); });
    connect(save, &QPushButton::clicked, &m_card, &CardEditor::save);
    top->addWidget(save);
    layout->addLayout(top);
    m_card.addSlot(
        CardEditor::kName, name, [name] { return QVariant(name->text()); },
        [name](const QVariant &v) { name->setText(v.toString()); });
    connect(name, &QLineEdit::textEdited, this, [this] { m_card.edited(CardEditor::kName); });
    auto *nameError = new QLabel(this);
    nameError->setObjectName(QStringLiteral("cardError_name"));
    nameError->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::current().danger.name()));
    nameError->setWordWrap(true);
    nameError->hide();
    m_card.m_slots[CardEditor::kName].error = nameError;
    layout->addWidget(nameError);
}

// A deal's budget and its currency, on one row.
void CardHeader::addBudgetRow(QFormLayout *grid)
{
    auto *money = new QWidget(this);
    auto *moneyLayout = new QHBoxLayout(money);
    moneyLayout->setContentsMargins(0, 0, 0, 0);
    auto *budget = new QLineEdit(money);
    budget->setObjectName(QStringLiteral("cardBudget"));
    budget->setAlignment(Qt::AlignRight);
    budget->setPlaceholderText(QStringLiteral("0.00"));
    auto *currency = new QComboBox(money);
    currency->setObjectName(QStringLiteral("cardCurrency"));
    for (const QString &c : Money::currencies())
        currency->addItem(c, c);
    moneyLayout->addWidget(budget, 1);
    moneyLayout->addWidget(currency);
    m_card.addSlot(
        QStringLiteral("budget"), budget, [budget] { return parseMoney(budget->text()); },
        [budget](const QVariant &v) {
            budget->setText(v.typeId() == QMetaType::QString
                                ? v.toString()
                                : QLocale().toString(v.toLongLong() / 100.0, 'f', 2));
        });
    connect(budget, &QLineEdit::textEdited, this,
            [this] { m_card.edited(QStringLiteral("budget")); });
    m_card.addSlot(
        QStringLiteral("currency"), currency, [currency] { return currency->currentData(); },
        [currency](const QVariant &v) {
            int i =
                currency->findData(v.toString().isEmpty() ? QStringLiteral("RUB") : v.toString());
            if (i < 0) {
                currency->addItem(v.toString(), v.toString());
                i = currency->count() - 1;
            }
            currency->setCurrentIndex(i);
        });
    connect(currency, &QComboBox::activated, this,
            [this] { m_card.edited(QStringLiteral("currency")); });
    grid->addRow(m_card.row(columnName(m_card.kind(), QStringLiteral("budget")), money,
                            QStringLiteral("budget")));
}

// The deal's stage, among the stages of every pipeline the user sees.
void CardHeader::addStageRow(QFormLayout *grid)
{
    auto *stage = new QComboBox(this);
    stage->setObjectName(QStringLiteral("cardStage"));
    for (const Core::PipelineInfo &p : m_session.visiblePipelines())
        for (const Core::StageInfo &s : p.stages) {
            QPixmap dot(10, 10);
            dot.fill(QColor(s.color));
            stage->addItem(QIcon(dot), QStringLiteral("%1 · %2").arg(p.name, stageDisplayName(s)),
                           s.id);
        }
    m_card.addSlot(
        CardEditor::kStage, stage, [stage] { return stage->currentData(); },
        [this, stage](const QVariant &v) {
            stage->setCurrentIndex(qMax(0, stage->findData(v.toLongLong())));
            m_card.m_shownStage = v.toLongLong();
        });
    connect(stage, &QComboBox::activated, &m_card, &CardEditor::stageChosen);
    grid->addRow(
        m_card.row(columnName(m_card.kind(), CardEditor::kStage), stage, CardEditor::kStage));
}

void CardHeader::addResponsibleRow(QFormLayout *grid)
{
    auto *responsible = new QComboBox(this);
    responsible->setObjectName(QStringLiteral("cardResponsible"));
    QList<Core::UserInfo> users = m_session.users().values();
    std::sort(users.begin(), users.end(),
              [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Core::UserInfo &u : users)
        if (u.active ||
            u.id == m_card.m_record.value(QStringLiteral("responsible_id")).toLongLong())
            responsible->addItem(u.name, u.id);
    const QString kResp = QStringLiteral("responsible_id");
    m_card.addSlot(
        kResp, responsible, [responsible] { return responsible->currentData(); },
        [responsible](const QVariant &v) {
            responsible->setCurrentIndex(qMax(0, responsible->findData(v.toLongLong())));
        });
    connect(responsible, &QComboBox::activated, this, [this, kResp] { m_card.edited(kResp); });
    grid->addRow(m_card.row(columnName(m_card.kind(), kResp), responsible, kResp));
}

void CardHeader::addTagsRow(QFormLayout *grid)
{
    auto *tags = new QLineEdit(this);
    tags->setObjectName(QStringLiteral("cardTags"));
    tags->setPlaceholderText(CardEditor::tr("Tags, separated by commas"));
    auto *completer = new QCompleter(Core::PipelineSetup(m_session).tagNames(), tags);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    tags->setCompleter(completer);
    const QString kTags = QStringLiteral("tags");
    m_card.addSlot(
        kTags, tags, [tags] { return QVariant(CardEditor::splitList(tags->text())); },
        [tags](const QVariant &v) { tags->setText(v.toStringList().join(QStringLiteral(", "))); });
    connect(tags, &QLineEdit::textEdited, this, [this, kTags] { m_card.edited(kTags); });
    grid->addRow(m_card.row(CardEditor::tr("Tags"), tags, kTags));
}

} // namespace Voronka::Ui
