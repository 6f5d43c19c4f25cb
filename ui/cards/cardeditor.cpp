// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cardeditor.h"

#include "ui/cards/cardcustomfields.h"
#include "ui/cards/carddetails.h"
#include "ui/cards/cardheader.h"
#include "ui/cards/cardlinks.h"
#include "ui/cards/cardtimeline.h"
#include "ui/cards/cardundo.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "ui/widgets/lossreasondialog.h"
#include "ui/widgets/requiredfieldsdialog.h"
#include "ui/widgets/stagename.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/undoscope.h"

#include <algorithm>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
constexpr int kTimelineBesideFrom = 760; // narrower, the timeline goes under the fields
constexpr int kLabelsBesideFrom = 600;   // narrower, labels go above their fields
constexpr int kTimelineMinWidth = 340;   // beside the fields
} // namespace

const QString CardEditor::kName = QStringLiteral("name");
const QString CardEditor::kStage = QStringLiteral("stage_id");

QStringList CardEditor::splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;]"))))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QLabel *CardEditor::sectionHeader(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.05);
    label->setFont(f);
    label->setContentsMargins(0, 14, 0, 4);
    label->setStyleSheet(
        QStringLiteral("border-bottom: 1px solid %1;").arg(Theme::current().border.name()));
    return label;
}

CardEditor::CardEditor(Core::Session &session, Core::EntityKind kind, qint64 id, QDate today,
                       QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_id(id)
    , m_today(today)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("cardEditor"));
    load();
    build();
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });

    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &CardEditor::save);
    addAction(saveAction);
    makeUndoScope(m_undo, this);
}

CardEditor::~CardEditor() = default;

QString CardEditor::title() const
{
    if (m_id == 0 && m_record.value(kName).toString().isEmpty())
        return m_kind == Core::EntityKind::Company ? tr("New company")
               : m_kind == Core::EntityKind::Deal  ? tr("New deal")
                                                   : tr("New contact");
    return m_record.value(kName).toString();
}

bool CardEditor::isModified() const
{
    return !m_undo->isClean();
}

void CardEditor::load()
{
    if (m_id == 0) {
        // A new record is the user's own until they choose another responsible.
        m_record = Core::Record{};
        m_record.insert(QStringLiteral("responsible_id"), m_session.actor().id);
        return;
    }
    Core::Result<Core::Record> r = Core::Records(m_session).load(m_kind, m_id);
    m_record = r ? *r : Core::Record{};
}

void CardEditor::build()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("cardSplitter"));
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter, 1);

    auto *scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("cardFieldsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_body = new QVBoxLayout(m_content);
    m_body->setContentsMargins(20, 16, 20, 20);
    m_body->setSpacing(6);
    m_body->addWidget(new CardHeader(*this, m_session, m_content));
    m_banner = new QLabel(m_content);
    m_banner->setObjectName(QStringLiteral("cardError"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::current().danger.name()));
    m_banner->hide();
    m_body->addWidget(m_banner);
    m_body->addWidget(new CardDetails(*this, m_session, m_content));
    m_body->addWidget(buildLinks());
    m_body->addWidget(new CardCustomFields(*this, m_session, m_content));
    m_body->addStretch(1);
    if (m_id != 0)
        showReadOnly(Core::Records(m_session).editBlocker(m_kind, m_id));
    scroll->setWidget(m_content);

    m_timeline = new CardTimeline(m_session, m_kind, m_id, m_today, splitter);
    connect(m_timeline, &CardTimeline::recordChanged, this, [this] {
        reloadRecord();
        emit recordChanged();
    });
    splitter->addWidget(scroll);
    splitter->addWidget(m_timeline);
    m_timeline->setVisible(m_id != 0); // notes and tasks need the record first
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    scroll->setMinimumWidth(360);
    m_timeline->setMinimumWidth(kTimelineMinWidth);
    // As narrow as the stacked arrangement (resizeEvent turns the splitter below 760 px):
    // side by side, the two minimums would keep a docked card from ever getting narrow.
    splitter->setMinimumWidth(360);
    // A line where the fields end and the timeline begins, whichever way they stand.
    splitter->setStyleSheet(
        QStringLiteral("QSplitter#cardSplitter::handle:vertical { border-top: 1px solid %1; }"
                       "QSplitter#cardSplitter::handle:horizontal { border-left: 1px solid %1; }")
            .arg(Theme::current().border.name()));
    m_splitter = splitter;
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_splitMovedByUser = true; });
    markRequired();
}

// A record the user may not change reads as such: the reason under the header, inputs that
// take no typing, no Save, no linking. The timeline stays: notes and tasks have rights of
// their own.
void CardEditor::showReadOnly(const QString &why)
{
    m_readOnly = why;
    if (why.isEmpty())
        return;
    auto *note = new QLabel(why, m_content);
    note->setObjectName(QStringLiteral("cardReadOnly"));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: %1; background: %2; border-radius: 6px; "
                                       "padding: 6px 10px;")
                            .arg(Theme::current().muted.name(), Theme::current().hover.name()));
    m_body->insertWidget(1, note);
    for (QLineEdit *e : m_content->findChildren<QLineEdit *>())
        e->setReadOnly(true);
    for (QPlainTextEdit *e : m_content->findChildren<QPlainTextEdit *>())
        e->setReadOnly(true);
    for (QTextEdit *e : m_content->findChildren<QTextEdit *>())
        e->setReadOnly(true);
    for (QComboBox *e : m_content->findChildren<QComboBox *>())
        e->setEnabled(false);
    for (QAbstractSpinBox *e : m_content->findChildren<QAbstractSpinBox *>())
        e->setReadOnly(true);
    for (QAbstractButton *b : m_content->findChildren<QAbstractButton *>()) {
        const QString name = b->objectName();
        if (name == u"cardSave")
            b->hide();
        else if (qobject_cast<QCheckBox *>(b) || name.startsWith(u"cardContact") ||
                 name.startsWith(u"cardCompanyUnlink") || name.startsWith(u"cardCreate") ||
                 name.startsWith(u"cardLink"))
            b->setEnabled(false);
    }
}

QWidget *CardEditor::buildLinks()
{
    auto *links = new CardLinks(m_session, m_kind, m_record, m_content);
    const QString kCompany = QStringLiteral("company_id");
    if (m_kind != Core::EntityKind::Company) {
        addSlot(
            kCompany, links, [links] { return QVariant(links->companyId()); },
            [links](const QVariant &v) { links->setCompanyId(v.toLongLong()); });
        connect(links, &CardLinks::companyChanged, this, [this, kCompany] { edited(kCompany); });
    }
    if (m_kind == Core::EntityKind::Deal) {
        const QString kContacts = QStringLiteral("contacts");
        addSlot(
            kContacts, links, [links] { return QVariant(links->contactIds()); },
            [links](const QVariant &v) { links->setContactIds(v.toList()); });
        connect(links, &CardLinks::contactsChanged, this, [this, kContacts] { edited(kContacts); });
    }
    connect(links, &CardLinks::openRequested, this, &CardEditor::openRecordRequested);
    return links;
}

// A field with its label and the line under it where core's message about it appears.
QWidget *CardEditor::row(const QString &label, QWidget *editor, const QString &key)
{
    auto *cell = new QWidget(m_content);
    auto *grid = new QGridLayout(cell);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    auto *title = new QLabel(label, cell);
    title->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::current().muted.name()));
    title->setObjectName(QStringLiteral("cardLabel_") + key);
    title->setWordWrap(true);
    m_labels.insert(key, title);
    editor->setParent(cell);
    auto *error = new QLabel(cell);
    error->setObjectName(QStringLiteral("cardError_") + key);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::current().danger.name()));
    error->hide();
    m_rows << Row{grid, title, editor, error};
    placeRow(m_rows.last());
    if (m_slots.contains(key))
        m_slots[key].error = error;
    return cell;
}

// Beside the field in a wide card, above it in a narrow one, where a 150 px label column
// would leave the fields too little.
void CardEditor::placeRow(const Row &r)
{
    for (QWidget *w : std::initializer_list<QWidget *>{r.title, r.editor, r.error})
        r.grid->removeWidget(w);
    if (m_labelsAbove) {
        r.title->setMinimumWidth(0);
        r.title->setMaximumWidth(QWIDGETSIZE_MAX);
        r.title->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        r.title->setContentsMargins(0, 2, 0, 0);
        r.grid->addWidget(r.title, 0, 0);
        r.grid->addWidget(r.editor, 1, 0);
        r.grid->addWidget(r.error, 2, 0);
        r.grid->setColumnStretch(0, 1);
        r.grid->setColumnStretch(1, 0);
    } else {
        r.title->setFixedWidth(150);
        r.title->setAlignment(Qt::AlignRight | Qt::AlignTop);
        r.title->setContentsMargins(0, 4, 0, 0);
        r.grid->addWidget(r.title, 0, 0);
        r.grid->addWidget(r.editor, 0, 1);
        r.grid->addWidget(r.error, 1, 1);
        r.grid->setColumnStretch(0, 0);
        r.grid->setColumnStretch(1, 1);
    }
}

void CardEditor::setLabelsAbove(bool above)
{
    if (above == m_labelsAbove)
        return;
    m_labelsAbove = above;
    for (const Row &r : std::as_const(m_rows))
        placeRow(r);
}

void CardEditor::addSlot(const QString &key, QWidget *editor, std::function<QVariant()> get,
                         std::function<void(const QVariant &)> set)
{
    Slot slot{std::move(get), std::move(set), nullptr, editor};
    // Text editors keep their own undo for Ctrl+Z; inside a card the card's undo wins.
    editor->installEventFilter(this);
    for (QWidget *w : editor->findChildren<QWidget *>())
        w->installEventFilter(this);
    slot.set(m_record.value(key));
    m_last.insert(key, slot.get());
    m_slots.insert(key, std::move(slot));
}

// Beside each other when there is room, the timeline under the fields in a narrow panel.
void CardEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation o = width() < kTimelineBesideFrom ? Qt::Vertical : Qt::Horizontal;
    if (o != m_splitter->orientation() || (o == Qt::Horizontal && !m_splitMovedByUser)) {
        m_splitter->setOrientation(o);
        // Stacked, the fields get three fifths: the timeline scrolls on its own. Beside them,
        // the timeline gets two fifths as long as the fields keep the width their editors
        // need, at least room for its task row and at most what reads comfortably.
        if (o == Qt::Vertical) {
            m_splitter->setSizes({height() * 3 / 5, height() * 2 / 5});
        } else {
            const auto *fields = static_cast<QScrollArea *>(m_splitter->widget(0));
            const int fieldsNeed = fields->widget()->minimumSizeHint().width() +
                                   fields->verticalScrollBar()->sizeHint().width() + 4;
            const int timeline =
                std::clamp(std::min(width() * 2 / 5, width() - fieldsNeed), kTimelineMinWidth, 520);
            m_splitter->setSizes({width() - timeline, timeline});
        }
    }
    setLabelsAbove(width() < kLabelsBesideFrom);
}

bool CardEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            if (event->type() == QEvent::KeyPress) {
                if (undo)
                    m_undo->undo();
                else
                    m_undo->redo();
            }
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CardEditor::edited(const QString &key)
{
    if (m_applying)
        return;
    const QVariant now = m_slots.value(key).get();
    const QVariant before = m_last.value(key);
    if (now == before)
        return;
    m_undo->push(new CardSetValue(this, key, before, now));
}

void CardEditor::applyValue(const QString &key, const QVariant &value)
{
    m_last.insert(key, value);
    if (!m_dirty.contains(key))
        m_dirty << key;
    const Slot slot = m_slots.value(key);
    if (slot.get && slot.get() != value) {
        m_applying = true;
        slot.set(value);
        m_applying = false;
    }
    if (key == kStage)
        markRequired();
}

Core::Patch CardEditor::pendingPatch() const
{
    Core::Patch patch;
    for (const QString &key : m_dirty)
        patch.insert(key, m_last.value(key));
    return patch;
}

// A stage chosen in the header asks what the board asks before the same move: the loss
// reason for a Lost stage, the fields the stage requires and the card does not have yet.
void CardEditor::stageChosen()
{
    auto *combo = static_cast<QComboBox *>(m_slots.value(kStage).editor);
    const qint64 stageId = combo->currentData().toLongLong();
    const Core::StageInfo *stage = m_session.stage(stageId);
    auto revert = [this, combo] {
        combo->setCurrentIndex(qMax(0, combo->findData(m_last.value(kStage))));
    };
    if (!stage || stageId == m_last.value(kStage).toLongLong())
        return revert();
    QList<std::pair<QString, QVariant>> values;
    bool saveNow = false;
    if (stage->kind == Core::StageKind::Lost) {
        LossReasonDialog dialog(m_session.lossReasons(), title(), this);
        dialog.setObjectName(QStringLiteral("cardLossReasonDialog"));
        if (dialog.exec() != QDialog::Accepted)
            return revert();
        values << std::pair{QStringLiteral("loss_reason_id"), QVariant(dialog.reasonId())}
               << std::pair{QStringLiteral("loss_detail"), QVariant(dialog.detail())};
    } else if (Core::Result<QList<Core::FieldDef>> missing =
                   Core::Records(m_session).missingForStage(m_id, stageId);
               missing) {
        QList<Core::FieldDef> ask;
        for (const Core::FieldDef &def : *missing) {
            const QVariant v = m_last.value(def.key());
            if (!v.isValid() || v.toString().trimmed().isEmpty())
                ask << def;
        }
        if (!ask.isEmpty()) {
            RequiredFieldsDialog dialog(ask, title(), stageDisplayName(*stage), m_today, this);
            dialog.setObjectName(QStringLiteral("cardRequiredFieldsDialog"));
            if (dialog.exec() != QDialog::Accepted)
                return revert();
            const Core::Patch entered = dialog.values();
            for (auto it = entered.cbegin(); it != entered.cend(); ++it)
                values << std::pair{it.key(), it.value()};
            saveNow = true;
        }
    }
    values << std::pair{kStage, QVariant(stageId)};
    m_undo->beginMacro(tr("Move to %1").arg(stageDisplayName(*stage)));
    for (const auto &[key, value] : std::as_const(values))
        m_undo->push(new CardSetValue(this, key, m_last.value(key), value));
    m_undo->endMacro();
    // The prompt's button says "Save and move": it does both, as the board's prompt does.
    // What core still refuses shows beside its field, and the edits stay in the card.
    if (saveNow)
        save();
}

void CardEditor::markRequired()
{
    if (m_kind != Core::EntityKind::Deal)
        return;
    const Core::StageInfo *stage = m_session.stage(m_last.value(kStage).toLongLong());
    for (const Core::FieldDef &def : m_session.fieldDefs(m_kind)) {
        QLabel *label = m_labels.value(def.key());
        if (!label)
            continue;
        const Core::StageInfo *from = m_session.stage(def.requiredFromStageId);
        const bool required =
            stage && from && from->pipelineId == stage->pipelineId &&
            stage->kind != Core::StageKind::Lost &&
            (stage->kind == Core::StageKind::Won || stage->position >= from->position);
        label->setText(required ? def.name + QStringLiteral(" *") : def.name);
        label->setToolTip(required ? tr("Required in this stage") : QString());
        label->setProperty("required", required);
    }
}

void CardEditor::clearErrors()
{
    m_banner->hide();
    for (const Slot &slot : std::as_const(m_slots))
        if (slot.error)
            slot.error->hide();
}

void CardEditor::showError(const QString &field, const QString &message)
{
    const Slot slot = m_slots.value(field);
    QLabel *target = slot.error ? slot.error : m_banner;
    target->setText(message);
    target->show();
    if (slot.editor)
        slot.editor->setFocus();
}

bool CardEditor::save()
{
    clearErrors();
    if (m_dirty.isEmpty()) {
        m_undo->setClean();
        return true;
    }
    if (m_id == 0)
        return create();
    const RecordsCommand::Snapshot before = RecordsCommand::take(m_session, {{m_kind, m_id}});
    Core::Status st = Core::Records(m_session).update(m_kind, m_id, pendingPatch());
    if (!st) {
        showError(st.error().field, st.error().message);
        return false;
    }
    m_dirty.clear();
    m_undo->clear();
    pushSaved(before);
    reloadRecord();
    emit saved();
    emit modifiedChanged(false);
    return true;
}

// The saved change stays on the card's stack as one step: Ctrl+Z after a save takes it back in
// the file (compare-and-set, as every undo) and the card shows the values it went back to.
void CardEditor::pushSaved(const RecordsCommand::Snapshot &before)
{
    auto *step =
        new RecordsCommand(m_session, tr("Save «%1»").arg(title()), before,
                           [this](const QList<Core::Records::Step> &, const QString &message) {
                               reloadRecord();
                               emit saved();
                               if (!message.isEmpty())
                                   showError(QString(), message);
                               // The card now shows what the file holds: nothing of it is unsaved.
                               // After the stack has moved its index (it does so once this step
                               // returns).
                               QTimer::singleShot(0, this, [this] {
                                   m_undo->setClean();
                                   emit modifiedChanged(false);
                               });
                           });
    if (step->isObsolete()) {
        delete step;
        m_undo->setClean();
        return;
    }
    m_undo->push(step); // done already: its first redo() does nothing
    m_undo->setClean();
}

// The first Save of a new record's card creates it; from then on the card is the record's.
// Undo moves the record to the recycle bin, redo brings it back.
bool CardEditor::create()
{
    Core::Result<qint64> id = Core::Records(m_session).create(m_kind, pendingPatch());
    if (!id) {
        showError(id.error().field, id.error().message);
        return false;
    }
    m_id = *id;
    m_dirty.clear();
    m_undo->clear();
    m_timeline->setRecordId(m_id);
    m_timeline->show();
    load();
    const QString name = m_record.value(kName).toString();
    auto *step =
        new RecordsCommand(m_session,
                           m_kind == Core::EntityKind::Company ? tr("New company «%1»").arg(name)
                           : m_kind == Core::EntityKind::Deal  ? tr("New deal «%1»").arg(name)
                                                               : tr("New contact «%1»").arg(name),
                           {},
                           [this](const QList<Core::Records::Step> &, const QString &message) {
                               reloadRecord();
                               emit saved();
                               if (!message.isEmpty())
                                   showError(QString(), message);
                               QTimer::singleShot(0, this, [this] {
                                   m_undo->setClean();
                                   emit modifiedChanged(false);
                               });
                           },
                           {{m_kind, m_id}});
    m_undo->push(step);
    m_undo->setClean();
    reloadRecord();
    emit saved();
    emit modifiedChanged(false);
    return true;
}

void CardEditor::reloadRecord()
{
    load();
    m_applying = true;
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        if (m_dirty.contains(it.key()))
            continue; // the user's edit, not saved yet, stays
        it->set(m_record.value(it.key()));
        m_last.insert(it.key(), it->get());
    }
    m_applying = false;
    markRequired();
    m_timeline->reload();
    emit titleChanged(title());
}

bool CardEditor::maybeClose()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("Save the changes to “%1”?").arg(title()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("cardCloseQuestion"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

} // namespace Voronka::Ui
