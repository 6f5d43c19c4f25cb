// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "globalsearch.h"

#include "ui/search/searchresultdelegate.h"
#include "ui/search/searchresultsmodel.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QEvent>
#include <QFrame>
#include <QGraphicsDropShadowEffect>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
constexpr int kPopupMinWidth = 460;
constexpr int kVisibleRows = 7;
constexpr int kPopupPadding = 5;
} // namespace

GlobalSearch::GlobalSearch(Core::Session &session, QWidget *parent)
    : QLineEdit(parent)
    , m_search(session)
    , m_model(new SearchResultsModel(this))
    , m_hint(new QLabel(QKeySequence(QStringLiteral("Ctrl+K")).toString(QKeySequence::NativeText),
                        this))
{
    setObjectName(QStringLiteral("globalSearch"));
    setPlaceholderText(tr("Search contacts, companies and deals"));
    setAccessibleName(tr("Global search"));
    setClearButtonEnabled(true);
    addAction(Icons::icon(QStringLiteral("search"), Theme::current().muted),
              QLineEdit::LeadingPosition);
    m_hint->setObjectName(QStringLiteral("shortcutHint"));
    m_hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    connect(this, &QLineEdit::textChanged, this, &GlobalSearch::runSearch);
    connect(this, &QLineEdit::textChanged, this, &GlobalSearch::updateHint);
}

void GlobalSearch::focusSearch()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void GlobalSearch::ensurePopup()
{
    QWidget *host = window();
    if (m_popup && m_popup->parentWidget() == host)
        return;
    delete m_popup;
    m_popup = new QFrame(host);
    m_popup->setObjectName(QStringLiteral("globalSearchPopup"));
    m_popup->hide();
    auto *shadow = new QGraphicsDropShadowEffect(m_popup);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 6);
    shadow->setColor(QColor(0, 0, 0, Theme::current().dark ? 140 : 45));
    m_popup->setGraphicsEffect(shadow);

    m_list = new QListView(m_popup);
    m_list->setObjectName(QStringLiteral("globalSearchResults"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setFocusPolicy(Qt::NoFocus); // clicks must not take the keyboard from the box
    m_list->setMouseTracking(true);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(0);
    m_list->viewport()->setAttribute(Qt::WA_Hover);
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });

    m_empty = new QLabel(m_popup);
    m_empty->setObjectName(QStringLiteral("globalSearchEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(0, kPopupPadding, 0, kPopupPadding);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    host->installEventFilter(this);
}

void GlobalSearch::runSearch(const QString &text)
{
    if (Core::Search::matchExpression(text).isEmpty()) {
        m_model->setHits({});
        hidePopup();
        return;
    }
    Core::Result<QList<Core::SearchHit>> hits = m_search.find(text, kMaxHits);
    m_model->setHits(hits ? *hits : QList<Core::SearchHit>());
    ensurePopup();
    m_empty->setText(hits ? tr("Nothing found for “%1”").arg(text.trimmed())
                          : hits.error().message);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    if (hasFocus())
        showPopup();
}

void GlobalSearch::showPopup()
{
    ensurePopup();
    const bool any = m_model->rowCount() > 0;
    m_list->setVisible(any);
    m_empty->setVisible(!any);
    placePopup();
    m_popup->show();
    m_popup->raise();
}

void GlobalSearch::hidePopup()
{
    if (m_popup)
        m_popup->hide();
}

void GlobalSearch::placePopup()
{
    if (!m_popup)
        return;
    const QPoint below = mapTo(window(), QPoint(0, height() + 6));
    const int width = qMin(qMax(this->width(), kPopupMinWidth), window()->width() - below.x() - 12);
    int height = 0;
    if (m_model->rowCount() > 0) {
        const int rowHeight = m_list->sizeHintForRow(0);
        height = rowHeight * qMin(m_model->rowCount(), kVisibleRows) + 2 * m_list->frameWidth() +
                 2 * kPopupPadding;
    } else {
        height = m_empty->sizeHint().height() + 2 * kPopupPadding;
    }
    m_popup->setGeometry(below.x(), below.y(), width, height);
}

void GlobalSearch::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int next = qBound(0, current + delta, rows - 1);
    m_list->setCurrentIndex(m_model->index(next, 0));
}

void GlobalSearch::activateRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Core::SearchHit hit = m_model->hit(row);
    hidePopup();
    emit recordActivated(hit.kind, hit.id, hit.title);
}

void GlobalSearch::keyPressEvent(QKeyEvent *event)
{
    const bool open = m_popup && m_popup->isVisible();
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (!open && m_model->rowCount() > 0)
            showPopup();
        else
            moveSelection(event->key() == Qt::Key_Down ? 1 : -1);
        return;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (open) {
            moveSelection(event->key() == Qt::Key_PageDown ? kVisibleRows : -kVisibleRows);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (open && m_model->rowCount() > 0) {
            const QModelIndex current = m_list->currentIndex();
            activateRow(current.isValid() ? current.row() : 0);
            return;
        }
        break;
    case Qt::Key_Escape:
        if (open)
            hidePopup();
        else
            clear();
        return;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void GlobalSearch::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    updateHint();
    if (!Core::Search::matchExpression(text()).isEmpty() && event->reason() != Qt::PopupFocusReason)
        showPopup();
}

void GlobalSearch::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    updateHint();
    // A context menu takes focus for a moment; the results should survive it.
    if (event->reason() != Qt::PopupFocusReason)
        hidePopup();
}

void GlobalSearch::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    const QSize hint = m_hint->sizeHint();
    m_hint->setGeometry(width() - hint.width() - 8, (height() - hint.height()) / 2, hint.width(),
                        hint.height());
    placePopup();
}

bool GlobalSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && event->type() == QEvent::Resize)
        placePopup();
    return QLineEdit::eventFilter(watched, event);
}

void GlobalSearch::updateHint()
{
    m_hint->setVisible(text().isEmpty() && !hasFocus());
}

} // namespace Voronka::Ui
