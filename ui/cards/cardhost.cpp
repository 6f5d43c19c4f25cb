// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cardhost.h"

#include "cards/cardeditor.h"
#include "services/records.h"
#include "services/session.h"
#include "widgets/icons.h"
#include "widgets/theme.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QMainWindow>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
// A card's own window: closing it asks about unsaved edits like closing its tab does.
class CardWindow final : public QWidget
{
public:
    CardWindow(CardEditor *card, QWidget *parent)
        : QWidget(parent, Qt::Window)
        , m_card(card)
    {
        setObjectName(QStringLiteral("cardWindow"));
        setAttribute(Qt::WA_DeleteOnClose);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(card);
        card->show();
        resize(1100, 760);
    }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        if (m_card && !m_card->maybeClose())
            event->ignore();
        else
            event->accept();
    }

private:
    QPointer<CardEditor> m_card;
};
} // namespace

CardHost::CardHost(Core::Session &session, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Cards"), window))
    , m_tabs(new QTabWidget(m_dock))
{
    m_dock->setObjectName(QStringLiteral("cardDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_tabs->setObjectName(QStringLiteral("cardTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    auto *detachButton = new QToolButton(m_tabs);
    detachButton->setObjectName(QStringLiteral("cardOpenInWindow"));
    detachButton->setText(tr("Open in window"));
    detachButton->setToolTip(tr("Open this card in a window of its own"));
    detachButton->setAutoRaise(true);
    m_tabs->setCornerWidget(detachButton, Qt::TopRightCorner);
    connect(detachButton, &QToolButton::clicked, this, [this] {
        if (auto *card = qobject_cast<CardEditor *>(m_tabs->currentWidget()))
            detach(card);
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *card = qobject_cast<CardEditor *>(m_tabs->widget(index)))
            close(card);
    });
    m_dock->setWidget(m_tabs);
    m_dock->setMinimumWidth(420); // narrower, the card puts its timeline under the fields
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
}

CardHost::~CardHost() = default;

CardEditor *CardHost::card(Core::EntityKind kind, qint64 id) const
{
    for (const auto &c : m_cards)
        if (c && c->kind() == kind && c->recordId() == id)
            return c;
    return nullptr;
}

QList<CardEditor *> CardHost::cards() const
{
    QList<CardEditor *> out;
    for (const auto &c : m_cards)
        if (c)
            out << c;
    return out;
}

bool CardHost::open(Core::EntityKind kind, qint64 id)
{
    if (kind != Core::EntityKind::Deal && kind != Core::EntityKind::Contact &&
        kind != Core::EntityKind::Company)
        return false;
    if (CardEditor *open = card(kind, id)) {
        focus(open);
        return true;
    }
    if (Core::Result<Core::Record> r = Core::Records(m_session).load(kind, id); !r) {
        emit failed(r.error().message);
        return false;
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs()).date();
    auto *editor = new CardEditor(m_session, kind, id, today, m_tabs);
    m_cards << editor;
    connect(editor, &CardEditor::openRecordRequested, this,
            [this](Core::EntityKind k, qint64 i) { open(k, i); });
    connect(editor, &CardEditor::titleChanged, this, [this, editor] { updateTitle(editor); });
    connect(editor, &CardEditor::saved, this, [this, kind, id] { emit recordSaved(kind, id); });
    connect(editor, &CardEditor::recordChanged, this,
            [this, kind, id] { emit recordSaved(kind, id); });
    connect(editor, &CardEditor::modifiedChanged, this, [this, editor] { updateTitle(editor); });
    m_tabs->addTab(editor, Icons::icon(Icons::forKind(kind), Theme::current().accent),
                   editor->title());
    updateTitle(editor);
    focus(editor);
    return true;
}

void CardHost::focus(CardEditor *card)
{
    const int index = m_tabs->indexOf(card);
    if (index >= 0) {
        if (m_dock->isHidden()) {
            // A card takes most of the window, as much as the section beside it leaves; when
            // the section leaves too little, the panel floats rather than widen the window.
            const QWidget *central = m_window->centralWidget();
            const int room = m_window->width() - (central ? central->minimumSizeHint().width() : 0);
            if (room < m_dock->minimumWidth() && !m_dock->isFloating()) {
                m_dock->setFloating(true);
                m_dock->resize(1100, 760);
            }
            m_dock->show();
            if (!m_dock->isFloating())
                m_window->resizeDocks({m_dock}, {qMin(m_window->width() * 3 / 5, room)},
                                      Qt::Horizontal);
        }
        m_dock->raise();
        m_tabs->setCurrentIndex(index);
    } else if (QWidget *w = card->window()) {
        w->show();
        w->raise();
        w->activateWindow();
    }
    card->setFocus();
}

void CardHost::updateTitle(CardEditor *card)
{
    const QString title = card->title() + (card->isModified() ? QStringLiteral(" •") : QString());
    const int index = m_tabs->indexOf(card);
    if (index >= 0) {
        m_tabs->setTabText(index, title);
        m_tabs->setTabToolTip(index, card->title());
    } else if (card->window() != m_window) {
        card->window()->setWindowTitle(title);
    }
}

void CardHost::detach(CardEditor *card)
{
    const int index = m_tabs->indexOf(card);
    if (index < 0)
        return;
    m_tabs->removeTab(index);
    auto *window = new CardWindow(card, m_window);
    updateTitle(card);
    window->show();
    if (m_tabs->count() == 0)
        m_dock->hide();
}

bool CardHost::close(CardEditor *card)
{
    if (!card->maybeClose())
        return false;
    const int index = m_tabs->indexOf(card);
    m_cards.removeAll(card);
    if (index >= 0) {
        m_tabs->removeTab(index);
        card->deleteLater();
        if (m_tabs->count() == 0)
            m_dock->hide();
    } else {
        card->window()->deleteLater();
    }
    return true;
}

bool CardHost::closeAll()
{
    for (CardEditor *card : cards())
        if (!card->maybeClose())
            return false;
    return true;
}

} // namespace Voronka::Ui
