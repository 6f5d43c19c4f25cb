// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class RecordPicker;

// The links of a card: a deal's company and its contacts (ordered), a contact's company.
// Existing records are found by search as you type; a new one is created inline after a
// check for likely duplicates that offers to link the existing record instead.
class CardLinks final : public QWidget
{
    Q_OBJECT
public:
    CardLinks(Core::Session &session, Core::EntityKind kind, const Core::Record &record,
              QWidget *parent = nullptr);

    qint64 companyId() const { return m_companyId; }
    void setCompanyId(qint64 id);
    QVariantList contactIds() const;
    void setContactIds(const QVariantList &ids);

signals:
    void companyChanged();
    void contactsChanged();
    void openRequested(Core::EntityKind kind, qint64 id, const QString &title);

private:
    QWidget *buildCreate();
    void startCreate(Core::EntityKind kind, const QString &name);
    void create(bool anyway);
    void link(Core::EntityKind kind, qint64 id);
    void moveContact(int delta);
    QString nameOf(Core::EntityKind kind, qint64 id);

    Core::Session &m_session;
    Core::EntityKind m_kind;
    qint64 m_companyId = 0;
    QPushButton *m_company = nullptr;
    QToolButton *m_unlinkCompany = nullptr;
    RecordPicker *m_companyPicker = nullptr;
    QListWidget *m_contacts = nullptr;
    RecordPicker *m_contactPicker = nullptr;

    // The inline "new record" form.
    QWidget *m_createBox = nullptr;
    Core::EntityKind m_createKind = Core::EntityKind::None;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_newPhone = nullptr;
    QLineEdit *m_newEmail = nullptr;
    QLabel *m_duplicates = nullptr;
    QListWidget *m_duplicateList = nullptr;
    QPushButton *m_createButton = nullptr;
};

} // namespace Voronka::Ui
