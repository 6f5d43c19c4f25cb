// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "quickadd.h"

#include "core/services/recordlist.h"
#include "core/services/session.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStringListModel>
#include <QVBoxLayout>

#include <cmath>

namespace Voronka::Ui {

QuickAdd::QuickAdd(Core::Session &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_budget(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_suggestions(new QStringListModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
{
    setObjectName(QStringLiteral("quickAdd"));
    m_name->setObjectName(QStringLiteral("quickAddName"));
    m_name->setPlaceholderText(tr("Deal name"));
    m_budget->setObjectName(QStringLiteral("quickAddBudget"));
    m_budget->setPlaceholderText(tr("Budget"));
    m_budget->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9 \\x00a0]*([.,][0-9]{0,2})?")), m_budget));
    m_contact->setObjectName(QStringLiteral("quickAddContact"));
    m_contact->setPlaceholderText(tr("Contact: a name, new or existing"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_contact->setCompleter(m_completer);
    m_error->setObjectName(QStringLiteral("quickAddError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("quickAddSubmit"));
    add->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("quickAddCancel"));
    cancel->setFlat(true);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(add);
    buttons->addWidget(cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_name);
    layout->addWidget(m_budget);
    layout->addWidget(m_contact);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    m_debounce.setObjectName(QStringLiteral("quickAddContactTimer"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &QuickAdd::suggestContacts);
    connect(m_contact, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    for (QLineEdit *e : {m_name, m_budget, m_contact})
        connect(e, &QLineEdit::returnPressed, this, &QuickAdd::submit);
    connect(add, &QPushButton::clicked, this, &QuickAdd::submit);
    connect(cancel, &QPushButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    hide();
}

void QuickAdd::open()
{
    m_name->clear();
    m_budget->clear();
    m_contact->clear();
    m_error->hide();
    show();
    m_name->setFocus();
}

void QuickAdd::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void QuickAdd::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    QFrame::keyPressEvent(event);
}

void QuickAdd::suggestContacts()
{
    const QString text = m_contact->text().trimmed();
    m_suggested.clear();
    QStringList names;
    if (text.size() >= 3) {
        Core::ListQuery q;
        q.filter.text = text;
        q.pageSize = 8;
        if (Core::Result<Core::ListPage> page =
                Core::RecordList(m_session, Core::EntityKind::Contact).fetch(q)) {
            for (qsizetype i = 0; i < page->ids.size(); ++i) {
                const QString name = page->rows.at(i).value(0).toString();
                if (!m_suggested.contains(name)) {
                    m_suggested.insert(name, page->ids.at(i));
                    names << name;
                }
            }
        }
    }
    m_suggestions->setStringList(names);
    if (!names.isEmpty() && m_contact->hasFocus())
        m_completer->complete();
}

void QuickAdd::submit()
{
    Values v;
    v.name = m_name->text().trimmed();
    if (v.name.isEmpty()) {
        showError(tr("Name the deal."));
        m_name->setFocus();
        return;
    }
    QString budget = m_budget->text();
    budget.remove(QLatin1Char(' '))
        .remove(QChar(0x00a0))
        .replace(QLatin1Char(','), QLatin1Char('.'));
    if (!budget.isEmpty()) {
        bool ok = false;
        const double units = budget.toDouble(&ok);
        if (!ok || units < 0 || units > 1e13) {
            showError(tr("The budget \"%1\" is not an amount.").arg(m_budget->text()));
            m_budget->setFocus();
            return;
        }
        v.budget = qint64(std::llround(units * 100));
    }
    v.contactName = m_contact->text().trimmed();
    v.contactId = m_suggested.value(v.contactName, 0);
    m_error->hide();
    emit submitted(v);
}

} // namespace Voronka::Ui
