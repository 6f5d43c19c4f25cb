// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cardlinks.h"

#include "ui/cards/recordpicker.h"
#include "core/services/duplicates.h"
#include "core/services/entityspec.h"
#include "core/services/records.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
QLabel *header(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.05);
    label->setFont(f);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

QToolButton *smallButton(const QString &name, const QString &text, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(text);
    b->setAutoRaise(true);
    return b;
}
} // namespace

CardLinks::CardLinks(Core::Session &session, Core::EntityKind kind, const Core::Record &record,
                     QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("cardLinks"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    if (kind == Core::EntityKind::Company) {
        hide();
        return;
    }
    layout->addWidget(header(
        Core::columnLabel(*Core::entitySpec(kind)->column(QStringLiteral("company_id"))), this));
    auto *companyRow = new QHBoxLayout;
    m_company = new QPushButton(this);
    m_company->setObjectName(QStringLiteral("cardCompanyLink"));
    m_company->setFlat(true);
    m_company->setIcon(Icons::icon(QStringLiteral("company"), Theme::current().accent));
    m_company->setStyleSheet(
        QStringLiteral("text-align: left; color: %1;").arg(Theme::current().accent.name()));
    connect(m_company, &QPushButton::clicked, this, [this] {
        emit openRequested(Core::EntityKind::Company, m_companyId, m_company->text());
    });
    m_unlinkCompany = smallButton(QStringLiteral("cardCompanyUnlink"), tr("Unlink"), this);
    m_unlinkCompany->setText(QStringLiteral("✕"));
    connect(m_unlinkCompany, &QToolButton::clicked, this, [this] {
        setCompanyId(0);
        emit companyChanged();
    });
    companyRow->addWidget(m_company, 1);
    companyRow->addWidget(m_unlinkCompany);
    layout->addLayout(companyRow);
    m_companyPicker =
        new RecordPicker(session, Core::EntityKind::Company, QStringLiteral("cardCompany"), this);
    layout->addWidget(m_companyPicker);
    connect(m_companyPicker, &RecordPicker::picked, this,
            [this](qint64 id) { link(Core::EntityKind::Company, id); });
    connect(m_companyPicker, &RecordPicker::createRequested, this,
            [this](const QString &name) { startCreate(Core::EntityKind::Company, name); });

    if (kind == Core::EntityKind::Deal) {
        layout->addWidget(header(tr("Contacts"), this));
        m_contacts = new QListWidget(this);
        m_contacts->setObjectName(QStringLiteral("cardContacts"));
        m_contacts->setFrameShape(QFrame::NoFrame);
        m_contacts->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        connect(m_contacts, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            emit openRequested(Core::EntityKind::Contact, item->data(Qt::UserRole).toLongLong(),
                               item->text());
        });
        layout->addWidget(m_contacts);
        auto *tools = new QHBoxLayout;
        auto *up = smallButton(QStringLiteral("cardContactUp"), tr("Move up"), this);
        up->setIcon(Icons::icon(QStringLiteral("arrow-up"), Theme::current().text));
        auto *down = smallButton(QStringLiteral("cardContactDown"), tr("Move down"), this);
        down->setIcon(Icons::icon(QStringLiteral("arrow-down"), Theme::current().text));
        auto *remove = smallButton(QStringLiteral("cardContactRemove"), tr("Unlink"), this);
        remove->setIcon(Icons::icon(QStringLiteral("trash"), Theme::current().text));
        connect(up, &QToolButton::clicked, this, [this] { moveContact(-1); });
        connect(down, &QToolButton::clicked, this, [this] { moveContact(1); });
        connect(remove, &QToolButton::clicked, this, [this] {
            delete m_contacts->currentItem();
            setContactIds(contactIds()); // resizes the list
            emit contactsChanged();
        });
        m_contactPicker = new RecordPicker(session, Core::EntityKind::Contact,
                                           QStringLiteral("cardContactPicker"), this);
        tools->addWidget(m_contactPicker, 1);
        tools->addWidget(up, 0, Qt::AlignTop);
        tools->addWidget(down, 0, Qt::AlignTop);
        tools->addWidget(remove, 0, Qt::AlignTop);
        layout->addLayout(tools);
        connect(m_contactPicker, &RecordPicker::picked, this,
                [this](qint64 id) { link(Core::EntityKind::Contact, id); });
        connect(m_contactPicker, &RecordPicker::createRequested, this,
                [this](const QString &name) { startCreate(Core::EntityKind::Contact, name); });
    }
    layout->addWidget(buildCreate());
    setCompanyId(record.value(QStringLiteral("company_id")).toLongLong());
    if (m_contacts)
        setContactIds(record.value(QStringLiteral("contacts")).toList());
}

QWidget *CardLinks::buildCreate()
{
    m_createBox = new QWidget(this);
    m_createBox->setObjectName(QStringLiteral("cardCreateBox"));
    auto *form = new QFormLayout(m_createBox);
    form->setContentsMargins(12, 8, 12, 8);
    m_newName = new QLineEdit(m_createBox);
    m_newName->setObjectName(QStringLiteral("cardNewName"));
    m_newPhone = new QLineEdit(m_createBox);
    m_newPhone->setObjectName(QStringLiteral("cardNewPhone"));
    m_newEmail = new QLineEdit(m_createBox);
    m_newEmail->setObjectName(QStringLiteral("cardNewEmail"));
    form->addRow(tr("Name"), m_newName);
    form->addRow(tr("Phone"), m_newPhone);
    form->addRow(tr("Email"), m_newEmail);
    m_duplicates = new QLabel(m_createBox);
    m_duplicates->setObjectName(QStringLiteral("cardDuplicateWarning"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::current().danger.name()));
    m_duplicates->hide();
    form->addRow(m_duplicates);
    m_duplicateList = new QListWidget(m_createBox);
    m_duplicateList->setObjectName(QStringLiteral("cardDuplicateList"));
    m_duplicateList->setMaximumHeight(90);
    m_duplicateList->hide();
    connect(m_duplicateList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        link(m_createKind, item->data(Qt::UserRole).toLongLong());
        m_createBox->hide();
    });
    form->addRow(m_duplicateList);
    auto *buttons = new QHBoxLayout;
    m_createButton = new QPushButton(tr("Create"), m_createBox);
    m_createButton->setObjectName(QStringLiteral("cardCreate"));
    auto *cancel = new QPushButton(tr("Cancel"), m_createBox);
    cancel->setObjectName(QStringLiteral("cardCreateCancel"));
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_createButton);
    form->addRow(buttons);
    connect(cancel, &QPushButton::clicked, m_createBox, &QWidget::hide);
    connect(m_createButton, &QPushButton::clicked, this,
            [this] { create(!m_duplicateList->isHidden()); });
    m_createBox->hide();
    return m_createBox;
}

void CardLinks::startCreate(Core::EntityKind kind, const QString &name)
{
    m_createKind = kind;
    m_newName->setText(name);
    m_newPhone->clear();
    m_newEmail->clear();
    m_duplicates->hide();
    m_duplicateList->hide();
    m_createButton->setText(kind == Core::EntityKind::Company ? tr("Create company")
                                                              : tr("Create contact"));
    m_createBox->show();
    m_newPhone->setFocus();
}

// First press: look for likely duplicates and list them (activating one links it); a
// second press creates anyway.
void CardLinks::create(bool anyway)
{
    Core::Patch draft{{QStringLiteral("name"), m_newName->text().trimmed()}};
    if (!m_newPhone->text().trimmed().isEmpty())
        draft.insert(QStringLiteral("phones"), QStringList{m_newPhone->text().trimmed()});
    if (!m_newEmail->text().trimmed().isEmpty())
        draft.insert(QStringLiteral("emails"), QStringList{m_newEmail->text().trimmed()});
    if (!anyway) {
        Core::Result<QList<Core::LikelyDuplicate>> likely =
            Core::Duplicates(m_session).likely(m_createKind, draft, 5);
        if (likely && !likely->isEmpty()) {
            m_duplicateList->clear();
            for (const Core::LikelyDuplicate &d : *likely) {
                auto *item = new QListWidgetItem(
                    Icons::icon(Icons::forKind(m_createKind), Theme::current().muted),
                    tr("Link “%1”").arg(d.name), m_duplicateList);
                item->setData(Qt::UserRole, d.id);
            }
            m_duplicates->setText(tr("This looks like a record that already exists. Link it "
                                     "instead, or create a new one anyway."));
            m_duplicates->show();
            m_duplicateList->show();
            m_createButton->setText(tr("Create anyway"));
            return;
        }
    }
    if (m_createKind == Core::EntityKind::Contact && m_companyId)
        draft.insert(QStringLiteral("company_id"), m_companyId);
    Core::Result<qint64> id = Core::Records(m_session).create(m_createKind, draft);
    if (!id) {
        m_duplicates->setText(id.error().message);
        m_duplicates->show();
        return;
    }
    m_createBox->hide();
    link(m_createKind, *id);
}

void CardLinks::link(Core::EntityKind kind, qint64 id)
{
    if (kind == Core::EntityKind::Company) {
        setCompanyId(id);
        emit companyChanged();
        return;
    }
    QVariantList ids = contactIds();
    if (ids.contains(id))
        return;
    ids << id;
    setContactIds(ids);
    emit contactsChanged();
}

void CardLinks::moveContact(int delta)
{
    const int row = m_contacts->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_contacts->count())
        return;
    QListWidgetItem *item = m_contacts->takeItem(row);
    m_contacts->insertItem(to, item);
    m_contacts->setCurrentRow(to);
    emit contactsChanged();
}

QString CardLinks::nameOf(Core::EntityKind kind, qint64 id)
{
    Core::Result<Core::Record> r = Core::Records(m_session).load(kind, id);
    return r ? r->value(QStringLiteral("name")).toString() : tr("#%1").arg(id);
}

void CardLinks::setCompanyId(qint64 id)
{
    m_companyId = id;
    if (!m_company)
        return;
    m_company->setText(id ? nameOf(Core::EntityKind::Company, id) : QString());
    m_company->setVisible(id != 0);
    m_unlinkCompany->setVisible(id != 0);
    m_companyPicker->setVisible(id == 0);
}

QVariantList CardLinks::contactIds() const
{
    QVariantList out;
    if (m_contacts)
        for (int i = 0; i < m_contacts->count(); ++i)
            out << m_contacts->item(i)->data(Qt::UserRole);
    return out;
}

void CardLinks::setContactIds(const QVariantList &ids)
{
    if (!m_contacts)
        return;
    QHash<qint64, QString> known;
    for (int i = 0; i < m_contacts->count(); ++i)
        known.insert(m_contacts->item(i)->data(Qt::UserRole).toLongLong(),
                     m_contacts->item(i)->text());
    m_contacts->clear();
    const QIcon icon = Icons::icon(QStringLiteral("contact"), Theme::current().accent);
    for (const QVariant &v : ids) {
        const qint64 id = v.toLongLong();
        auto *item = new QListWidgetItem(
            icon, known.contains(id) ? known.value(id) : nameOf(Core::EntityKind::Contact, id),
            m_contacts);
        item->setData(Qt::UserRole, id);
    }
    const int rowHeight = qMax(m_contacts->sizeHintForRow(0), 24);
    m_contacts->setFixedHeight(qMax(1, int(ids.size())) * rowHeight + 4);
    m_contacts->setVisible(!ids.isEmpty());
}

} // namespace Voronka::Ui
