// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "dealsworkspace.h"

#include "core/services/session.h"
#include "ui/board/boardview.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/deals/deallistview.h"
#include "ui/mainwindow/fileactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/pagestack.h"
#include "ui/widgets/theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPainter>
#include <QSettings>
#include <QTableView>
#include <QToolButton>

namespace Voronka::Ui {

namespace {
QString toggleStyle(const ThemeColors &c)
{
    // A two-button segmented control: the chosen mode is filled.
    return QStringLiteral(
               "#dealsModeToggle { background: %1; border: 1px solid %2; border-radius: 7px; }"
               "#dealsModeToggle QToolButton { color: %3; background: transparent; border: none;"
               " border-radius: 5px; padding: 5px 7px; margin: 2px; }"
               "#dealsModeToggle QToolButton:hover { color: %4; }"
               "#dealsModeToggle QToolButton:checked { background: %5; color: %6; }")
        .arg(c.surface.name(), c.border.name(), c.muted.name(), c.text.name(), c.accent.name(),
             c.accentText.name());
}
// Line icons for the toggle, drawn here in the theme's colours: columns for the board,
// rows for the list. Icons keep the toggle narrow in a header that is already full.
QIcon modeIcon(bool list, const ThemeColors &c)
{
    QIcon icon;
    for (const auto &[mode, color] :
         {std::pair{QIcon::Off, c.muted}, std::pair{QIcon::On, c.accentText}}) {
        for (qreal dpr : {1.0, 2.0}) {
            QPixmap pm(QSize(16, 16) * dpr);
            pm.setDevicePixelRatio(dpr);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            if (list) {
                for (int i = 0; i < 3; ++i)
                    p.drawRoundedRect(QRectF(2, 3 + i * 4, 12, 2), 1, 1);
            } else {
                p.drawRoundedRect(QRectF(2, 2, 3, 12), 1, 1);
                p.drawRoundedRect(QRectF(6.5, 2, 3, 8), 1, 1);
                p.drawRoundedRect(QRectF(11, 2, 3, 10), 1, 1);
            }
            p.end();
            icon.addPixmap(pm, QIcon::Normal, mode);
        }
    }
    return icon;
}
} // namespace

DealsWorkspace::DealsWorkspace(Core::Session &session)
    : m_session(session)
    , m_stack(new PageStack) // as narrow as the board or the list shown needs
    , m_view(new BoardView(session))
    , m_list(new DealListView(session))
{
    m_stack->setObjectName(QStringLiteral("dealsStack"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_list);

    m_toggle = new QWidget;
    m_toggle->setObjectName(QStringLiteral("dealsModeToggle"));
    m_toggle->setAttribute(Qt::WA_StyledBackground);
    m_toggle->setStyleSheet(toggleStyle(Theme::current()));
    m_boardButton = new QToolButton(m_toggle);
    m_boardButton->setObjectName(QStringLiteral("dealsBoardToggle"));
    m_boardButton->setIcon(modeIcon(false, Theme::current()));
    m_boardButton->setToolTip(BoardView::tr("Board"));
    m_boardButton->setAccessibleName(BoardView::tr("Board"));
    m_listButton = new QToolButton(m_toggle);
    m_listButton->setObjectName(QStringLiteral("dealsListToggle"));
    m_listButton->setIcon(modeIcon(true, Theme::current()));
    m_listButton->setToolTip(BoardView::tr("List"));
    m_listButton->setAccessibleName(BoardView::tr("List"));
    auto *group = new QButtonGroup(m_toggle);
    for (QToolButton *b : {m_boardButton, m_listButton}) {
        b->setCheckable(true);
        b->setProperty("segment", true);
        b->setCursor(Qt::PointingHandCursor);
        group->addButton(b);
    }
    auto *toggleLayout = new QHBoxLayout(m_toggle);
    toggleLayout->setContentsMargins(0, 0, 0, 0);
    toggleLayout->setSpacing(0);
    toggleLayout->addWidget(m_boardButton);
    toggleLayout->addWidget(m_listButton);
    QObject::connect(m_boardButton, &QToolButton::clicked, m_toggle,
                     [this] { setMode(Mode::Board); });
    QObject::connect(m_listButton, &QToolButton::clicked, m_toggle,
                     [this] { setMode(Mode::List); });

    // Import into deals: the main window's wizard, preset to deals. Without the import right
    // it is shown disabled with the reason (core refuses too), as in Contacts and Companies.
    m_import = new QToolButton;
    m_import->setObjectName(QStringLiteral("dealsImport"));
    m_import->setText(DealListView::tr("Import…"));
    m_import->setProperty("listTool", true);
    m_import->setCursor(Qt::PointingHandCursor);
    if (!m_session.principal().canImport) {
        m_import->setEnabled(false);
        m_import->setToolTip(FileActions::importRefusal());
    }
    QObject::connect(m_import, &QToolButton::clicked, m_import, [this] {
        if (auto *w = qobject_cast<MainWindow *>(m_import->window()))
            w->openImportWizard(Core::EntityKind::Deal);
    });

    QObject::connect(m_view, &BoardView::filterChanged, m_list, [this] { followBoard(); });
    QObject::connect(m_view, &BoardView::pipelineChanged, m_list, [this] {
        m_allPipelines = false;
        followBoard();
    });
    QObject::connect(m_list, &DealListView::pipelineRequested, m_view, [this](qint64 id) {
        m_allPipelines = id == 0;
        if (id)
            m_view->setPipeline(id);
        followBoard();
    });
    QObject::connect(m_list, &DealListView::selectionCleared, m_list, [this] { followBoard(); });
    m_list->setScope(m_view->pipelineId(), m_view->filter());

    const QString remembered = QSettings().value(modeSetting()).toString();
    setMode(remembered == u"list" ? Mode::List : Mode::Board);
}

DealsWorkspace::~DealsWorkspace()
{
    if (m_stack && !m_stack->parent())
        delete m_stack.data();
}

BoardView *DealsWorkspace::board() const
{
    return m_view;
}

DealListView *DealsWorkspace::list() const
{
    return m_list;
}

QString DealsWorkspace::modeSetting() const
{
    // Per user: one person plans on the board, another works through the list.
    const Core::UserInfo &a = m_session.actor();
    const QString who =
        a.uid.isEmpty() ? QString::number(a.id) : QString::fromLatin1(a.uid.toHex());
    return QStringLiteral("deals/mode/") + who;
}

void DealsWorkspace::followBoard()
{
    // "All pipelines" is the list's own choice; the board always shows one.
    m_list->setScope(m_allPipelines ? 0 : m_view->pipelineId(), m_view->filter());
}

void DealsWorkspace::setMode(Mode mode)
{
    const bool changed = mode != m_mode;
    m_mode = mode;
    (mode == Mode::Board ? m_boardButton : m_listButton)->setChecked(true);
    // One toggle, moved into the header of the page shown, so tests and users find exactly
    // one of it.
    if (mode == Mode::Board) {
        m_view->addHeaderWidget(m_import);
        m_view->addHeaderWidget(m_toggle);
    } else {
        m_list->addHeaderWidget(m_import);
        m_list->addHeaderWidget(m_toggle);
    }
    m_stack->setCurrentWidget(mode == Mode::Board ? static_cast<QWidget *>(m_view)
                                                  : static_cast<QWidget *>(m_list));
    m_toggle->show();
    m_import->show();
    if (changed)
        QSettings().setValue(modeSetting(),
                             mode == Mode::List ? QStringLiteral("list") : QStringLiteral("board"));
    if (m_activated)
        activate();
}

bool DealsWorkspace::showList(const ListRequest &request)
{
    if (request.kind != Core::EntityKind::Deal || request.ids.isEmpty() || !m_list)
        return false;
    // The selection is set first so that the list, coming into view, reads it at once.
    m_list->showSelection(request.ids, request.title);
    setMode(Mode::List);
    return true;
}

bool DealsWorkspace::showPage(const QString &page)
{
    if (page != u"board" && page != u"list")
        return false;
    setMode(page == u"list" ? Mode::List : Mode::Board);
    return true;
}

QString DealsWorkspace::title() const
{
    return BoardView::tr("Deals");
}

QIcon DealsWorkspace::icon() const
{
    return Icons::sidebar(QStringLiteral("board"));
}

void DealsWorkspace::setRecordOpener(RecordOpener opener)
{
    QObject::connect(m_view, &BoardView::openDealRequested, m_view,
                     [opener](qint64 id) { opener(Core::EntityKind::Deal, id, {}); });
    QObject::connect(
        m_list->table(), &QAbstractItemView::activated, m_list, [opener](const QModelIndex &index) {
            opener(Core::EntityKind::Deal, index.data(RecordListModel::IdRole).toLongLong(), {});
        });
}

void DealsWorkspace::recordChanged(Core::EntityKind kind, qint64 id)
{
    if (kind != Core::EntityKind::Deal)
        return;
    m_view->refresh();
    if (const int row = m_list->model()->rowOf(id); row >= 0)
        m_list->model()->refreshRow(row);
}

void DealsWorkspace::settingsChanged()
{
    // The pipelines the role may see may have changed too: the board refills them.
    if (m_view && m_view->isVisible())
        m_view->refreshIfChangedElsewhere(true);
    if (m_list && m_list->isVisible())
        m_list->activate();
}

QWidget *DealsWorkspace::widget()
{
    return m_stack;
}

void DealsWorkspace::activate()
{
    m_activated = true;
    if (m_mode == Mode::Board && m_view)
        m_view->activate();
    if (m_mode == Mode::List && m_list)
        m_list->activate();
}

bool DealsWorkspace::isLoaded() const
{
    if (m_mode == Mode::List)
        return !m_list || m_list->isLoaded();
    return !m_view || m_view->isLoaded();
}

void DealsWorkspace::registerIn(WorkspaceRegistry &registry)
{
    registry.add(QStringLiteral("deals"),
                 [](Core::Session &session) { return std::make_unique<DealsWorkspace>(session); });
}

} // namespace Voronka::Ui
