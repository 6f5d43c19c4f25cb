// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "fieldsetupwidget.h"

#include "core/services/admin.h"
#include "core/services/fieldsetup.h"
#include "core/services/session.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
constexpr int kArchivedRole = Qt::UserRole + 1;

QPushButton *button(const QString &name, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}
} // namespace

FieldSetupWidget::FieldSetupWidget(Core::Session &session, QUndoStack *hostUndo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(hostUndo ? hostUndo : new QUndoStack(this))
    , m_kindBox(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_typeNote(new QLabel(this))
    , m_group(new QComboBox(this))
    , m_options(new QPlainTextEdit(this))
    , m_required(new QComboBox(this))
    , m_readOnly(new QCheckBox(tr("Read-only"), this))
    , m_error(new QLabel(this))
    , m_archive(button(QStringLiteral("fieldSetupArchive"), tr("Archive"), this))
{
    setObjectName(QStringLiteral("fieldSetup"));

    m_kindBox->setObjectName(QStringLiteral("fieldSetupKind"));
    m_kindBox->addItem(tr("Deals"), int(Core::EntityKind::Deal));
    m_kindBox->addItem(tr("Contacts"), int(Core::EntityKind::Contact));
    m_kindBox->addItem(tr("Companies"), int(Core::EntityKind::Company));
    connect(m_kindBox, &QComboBox::activated, this,
            [this] { setKind(Core::EntityKind(m_kindBox->currentData().toInt())); });
    m_list->setObjectName(QStringLiteral("fieldSetupList"));
    connect(m_list, &QListWidget::currentRowChanged, this, &FieldSetupWidget::showField);

    auto *add = button(QStringLiteral("fieldSetupAdd"), tr("Add field"), this);
    add->setIcon(Icons::icon(QStringLiteral("plus"), Theme::current().text));
    auto *up = button(QStringLiteral("fieldSetupUp"), QString(), this);
    up->setIcon(Icons::icon(QStringLiteral("arrow-up"), Theme::current().text));
    up->setToolTip(tr("Move up"));
    auto *down = button(QStringLiteral("fieldSetupDown"), QString(), this);
    down->setIcon(Icons::icon(QStringLiteral("arrow-down"), Theme::current().text));
    down->setToolTip(tr("Move down"));
    connect(add, &QPushButton::clicked, this, &FieldSetupWidget::startNew);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_archive, &QPushButton::clicked, this, &FieldSetupWidget::toggleArchived);

    auto *left = new QVBoxLayout;
    left->addWidget(m_kindBox);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addStretch(1);
    listButtons->addWidget(up);
    listButtons->addWidget(down);
    listButtons->addWidget(m_archive);
    left->addLayout(listButtons);

    m_name->setObjectName(QStringLiteral("fieldSetupName"));
    m_type->setObjectName(QStringLiteral("fieldSetupType"));
    for (int t = int(Core::FieldType::Text); t <= int(Core::FieldType::LegalEntity); ++t)
        m_type->addItem(Core::fieldTypeName(Core::FieldType(t)), t);
    m_typeNote->setObjectName(QStringLiteral("fieldSetupTypeNote"));
    m_typeNote->setWordWrap(true);
    m_typeNote->setText(tr("A field's type cannot change after creation: to store another kind "
                           "of value, create a new field and archive this one."));
    m_typeNote->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::current().muted.name()));
    m_group->setObjectName(QStringLiteral("fieldSetupGroup"));
    m_group->setEditable(true);
    m_options->setObjectName(QStringLiteral("fieldSetupOptions"));
    m_options->setPlaceholderText(tr("One choice per line, in the order they are offered"));
    m_required->setObjectName(QStringLiteral("fieldSetupRequired"));
    m_readOnly->setObjectName(QStringLiteral("fieldSetupReadOnly"));
    m_error->setObjectName(QStringLiteral("fieldSetupError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::current().danger.name()));
    m_error->hide();
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const auto t = Core::FieldType(m_type->currentData().toInt());
        m_options->setEnabled(t == Core::FieldType::Select || t == Core::FieldType::MultiSelect);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Type"), m_type);
    form->addRow(QString(), m_typeNote);
    form->addRow(tr("Group (tab)"), m_group);
    form->addRow(tr("Choices"), m_options);
    form->addRow(tr("Required from stage"), m_required);
    form->addRow(QString(), m_readOnly);
    // Under the box rather than in it: a check box does not wrap, and the Russian line alone
    // would make the page wider than the Settings section.
    auto *readOnlyNote =
        new QLabel(tr("Shown on cards, changed only by imports and integrations."), this);
    readOnlyNote->setObjectName(QStringLiteral("fieldSetupReadOnlyNote"));
    readOnlyNote->setWordWrap(true);
    readOnlyNote->setStyleSheet(m_typeNote->styleSheet());
    form->addRow(QString(), readOnlyNote);
    form->addRow(QString(), m_error);
    auto *save = button(QStringLiteral("fieldSetupSave"), tr("Save field"), this);
    save->setDefault(true);
    connect(save, &QPushButton::clicked, this, &FieldSetupWidget::save);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(save);
    right->addLayout(saveRow);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(12);
    columns->addLayout(right, 3);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(columns, 1);
    if (!hostUndo) {
        auto *undoRow = undoButtons(m_undo, this);
        undoRow->addStretch();
        outer->addLayout(undoRow);
    }
    setKind(Core::EntityKind::Deal);
}

void FieldSetupWidget::setKind(Core::EntityKind kind)
{
    m_kind = kind;
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(kind)));
    m_required->clear();
    m_required->addItem(tr("Never"), 0);
    if (kind == Core::EntityKind::Deal)
        for (const Core::PipelineInfo &p : m_session.pipelines())
            for (const Core::StageInfo &s : p.stages)
                if (s.kind != Core::StageKind::Lost)
                    m_required->addItem(QStringLiteral("%1 · %2").arg(p.name, s.name), s.id);
    m_required->setEnabled(kind == Core::EntityKind::Deal);
    reload();
}

void FieldSetupWidget::reload(qint64 select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    QStringList groups;
    Core::FieldSetup setup(m_session);
    int row = 0;
    for (bool archived : {false, true}) {
        Core::Result<QList<Core::FieldDef>> fields = setup.list(m_kind, archived);
        if (!fields)
            return showError(fields.error().message);
        for (const Core::FieldDef &d : *fields) {
            QString text = QStringLiteral("%1  —  %2").arg(d.name, Core::fieldTypeName(d.type));
            if (archived)
                text += tr("  (archived)");
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, d.id);
            item->setData(kArchivedRole, archived);
            if (archived)
                item->setForeground(Theme::current().muted);
            if (d.id == select)
                row = m_list->count() - 1;
            if (!d.group.isEmpty() && !groups.contains(d.group))
                groups << d.group;
        }
    }
    const QString group = m_group->currentText();
    m_group->clear();
    m_group->addItem(QString());
    m_group->addItems(groups);
    m_group->setCurrentText(group);
    if (m_list->count() > 0)
        m_list->setCurrentRow(row);
    showField();
}

qint64 FieldSetupWidget::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool FieldSetupWidget::currentArchived() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->data(kArchivedRole).toBool();
}

void FieldSetupWidget::showField()
{
    m_error->hide();
    const qint64 id = currentId();
    if (!id)
        return startNew();
    const Core::FieldDef def = stored(id);
    m_editing = id;
    m_name->setText(def.name);
    m_type->setCurrentIndex(m_type->findData(int(def.type)));
    m_type->setEnabled(false);
    m_typeNote->show();
    m_group->setCurrentText(def.group);
    m_options->setPlainText(def.options.join(u'\n'));
    m_required->setCurrentIndex(qMax(0, m_required->findData(def.requiredFromStageId)));
    m_readOnly->setChecked(def.readOnly);
    m_archive->setText(currentArchived() ? tr("Restore") : tr("Archive"));
    m_archive->setEnabled(true);
}

void FieldSetupWidget::startNew()
{
    m_editing = 0;
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    m_name->clear();
    m_type->setEnabled(true);
    m_type->setCurrentIndex(0);
    m_typeNote->hide();
    m_group->setCurrentText(QString());
    m_options->clear();
    m_required->setCurrentIndex(0);
    m_readOnly->setChecked(false);
    m_archive->setEnabled(false);
    m_name->setFocus();
}

void FieldSetupWidget::save()
{
    Core::FieldDef def;
    def.id = m_editing;
    def.kind = m_kind;
    def.name = m_name->text().trimmed();
    def.type = Core::FieldType(m_type->currentData().toInt());
    def.group = m_group->currentText().trimmed();
    for (const QString &line : m_options->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty() && !def.options.contains(line.trimmed()))
            def.options << line.trimmed();
    if (def.type != Core::FieldType::Select && def.type != Core::FieldType::MultiSelect)
        def.options.clear();
    def.requiredFromStageId = m_required->currentData().toLongLong();
    def.readOnly = m_readOnly->isChecked();
    if (m_editing) {
        Core::FieldDef before = stored(m_editing);
        const std::shared_ptr<qint64> id = m_handles(m_editing);
        push(
            tr("Edit the field \"%1\"").arg(before.name),
            [this, id, def](const Core::Origin &o) mutable {
                def.id = *id;
                return Core::FieldSetup(m_session, o).update(def);
            },
            [this, id, before](const Core::Origin &o) mutable {
                before.id = *id;
                return Core::FieldSetup(m_session, o).update(before);
            },
            id);
        return;
    }
    if (def.name.isEmpty())
        return showError(tr("Give the field a name."));
    // Undone, the new field is archived rather than erased; redone, it is restored.
    const std::shared_ptr<qint64> id = m_handles.fresh();
    push(
        tr("Add the field \"%1\"").arg(def.name),
        [this, id, def](const Core::Origin &o) -> Core::Status {
            if (*id)
                return Core::FieldSetup(m_session, o).setArchived(*id, false);
            Core::Result<qint64> created = Core::Admin(m_session, o).createFieldDef(def);
            if (!created)
                return created.error();
            *id = *created;
            m_session.invalidate();
            return Core::Ok{};
        },
        [this, id](const Core::Origin &o) { return Core::FieldSetup(m_session, o).setArchived(*id, true); }, id);
}

Core::FieldDef FieldSetupWidget::stored(qint64 id) const
{
    for (bool archived : {false, true})
        if (auto fields = Core::FieldSetup(m_session).list(m_kind, archived))
            for (const Core::FieldDef &d : *fields)
                if (d.id == id)
                    return d;
    return {};
}

void FieldSetupWidget::push(const QString &text, AdminCommand::Step redo, AdminCommand::Step undo,
                            std::shared_ptr<qint64> select)
{
    m_undo->push(new AdminCommand(m_session, text, std::move(redo), std::move(undo),
                                  [this, select](const Core::Status &st) {
                                      if (!st)
                                          return showError(st.error().message);
                                      reload(*select);
                                  }));
}

void FieldSetupWidget::move(int delta)
{
    const qint64 id = currentId();
    if (!id || currentArchived())
        return;
    const std::shared_ptr<qint64> h = m_handles(id);
    push(
        tr("Move the field \"%1\"").arg(stored(id).name),
        [this, h, delta](const Core::Origin &o) { return Core::FieldSetup(m_session, o).move(*h, delta); },
        [this, h, delta](const Core::Origin &o) { return Core::FieldSetup(m_session, o).move(*h, -delta); }, h);
}

void FieldSetupWidget::toggleArchived()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const bool archive = !currentArchived();
    const std::shared_ptr<qint64> h = m_handles(id);
    const QString name = stored(id).name;
    push(
        archive ? tr("Archive the field \"%1\"").arg(name)
                : tr("Restore the field \"%1\"").arg(name),
        [this, h, archive](const Core::Origin &o) { return Core::FieldSetup(m_session, o).setArchived(*h, archive); },
        [this, h, archive](const Core::Origin &o) { return Core::FieldSetup(m_session, o).setArchived(*h, !archive); }, h);
}

void FieldSetupWidget::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace Voronka::Ui
