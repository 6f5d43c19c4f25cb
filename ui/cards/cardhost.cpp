// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cardhost.h"

#include "ui/cards/cardeditor.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/pagestack.h"
#include "ui/widgets/theme.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
const QString kDockWidth = QStringLiteral("cards/dockWidth");
constexpr int kDefaultWidth = 520;
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
    // Docked, the tabs are the panel's title (their own close buttons close it); floating,
    // the window's frame is.
    m_dockTitle = new QWidget(m_dock);
    m_dock->setTitleBarWidget(m_dockTitle);
    connect(m_dock, &QDockWidget::topLevelChanged, this, [this](bool floating) {
        m_dock->setTitleBarWidget(floating ? nullptr : m_dockTitle.data());
    });
    m_dock->setMinimumWidth(kNarrowest);
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
    if (id != 0)
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
    // A new record's card has its id from its first save on.
    connect(editor, &CardEditor::saved, this,
            [this, kind, editor] { emit recordSaved(kind, editor->recordId()); });
    connect(editor, &CardEditor::recordChanged, this,
            [this, kind, editor] { emit recordSaved(kind, editor->recordId()); });
    connect(editor, &CardEditor::modifiedChanged, this, [this, editor] { updateTitle(editor); });
    m_tabs->addTab(editor, Icons::icon(Icons::forKind(kind), Theme::current().accent),
                   editor->title());
    updateTitle(editor);
    focus(editor);
    if (id == 0) // a new record starts with its name
        if (auto *name = editor->findChild<QWidget *>(QStringLiteral("cardName")))
            name->setFocus();
    return true;
}

void CardHost::focus(CardEditor *card)
{
    const int index = m_tabs->indexOf(card);
    if (index >= 0) {
        if (m_dock->isHidden())
            place();
        m_dock->raise();
        m_tabs->setCurrentIndex(index);
    } else if (QWidget *w = card->window()) {
        w->show();
        w->raise();
        w->activateWindow();
    }
    card->setFocus();
}

int CardHost::roomBeside() const
{
    // The section shrinks to its own minimum (PageStack: at most ~380 px, then it scrolls
    // sideways); whatever the window has beyond that, the card may take.
    const QWidget *central = m_window->centralWidget();
    return m_window->width() - (central ? central->minimumSizeHint().width() : 0);
}

// The card docks at the width the user last gave it, as far as the section leaves room; when
// the section would be left too little, it floats rather than widen the window.
void CardHost::place()
{
    const int room = roomBeside();
    const bool dock = room >= kNarrowest;
    m_dock->setFloating(!dock);
    if (!dock)
        m_dock->resize(1100, 760);
    m_dock->show();
    if (!dock)
        return;
    applyWidth();
    // Opened before the window shows (--open): the window's layout settles on its first show
    // and would give the panel its size hint; the width is applied again then.
    if (!m_window->isVisible()) {
        m_widthPending = true;
        m_window->installEventFilter(this);
    }
}

void CardHost::applyWidth()
{
    const int room = roomBeside();
    int width = qBound(kNarrowest, QSettings().value(kDockWidth, kDefaultWidth).toInt(),
                       qMax(kNarrowest, room));
    // Narrower than the user's width, down to the narrowest, when that spares the section
    // beside from scrolling sideways.
    if (const auto *stack = m_window->findChild<PageStack *>()) {
        const int short_ = stack->pageMinimumWidth() - stack->minimumSizeHint().width();
        if (short_ > 0 && room - short_ >= kNarrowest)
            width = qMin(width, room - short_);
    }
    m_placedWidth = width;
    m_placedWindowWidth = m_window->width();
    m_window->resizeDocks({m_dock}, {m_placedWidth}, Qt::Horizontal);
}

bool CardHost::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show && m_widthPending) {
        m_widthPending = false;
        m_window->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            if (!m_dock->isHidden() && !m_dock->isFloating())
                applyWidth();
        });
    }
    return QObject::eventFilter(watched, event);
}

void CardHost::rememberWidth()
{
    // Only a width the user chose with the splitter: one the window's size forced (it was
    // made narrower since) is not a choice.
    if (m_dock->isHidden() || m_dock->isFloating() || m_placedWidth == 0 ||
        m_window->width() != m_placedWindowWidth || m_dock->width() == m_placedWidth)
        return;
    QSettings().setValue(kDockWidth, m_dock->width());
    m_placedWidth = m_dock->width();
}

void CardHost::hideDock()
{
    rememberWidth();
    m_dock->hide();
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
        hideDock();
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
            hideDock();
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
    rememberWidth();
    return true;
}

} // namespace Voronka::Ui
