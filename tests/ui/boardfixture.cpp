// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardfixture.h"

#include "ui/board/boardmime.h"
#include "ui/board/boardview.h"
#include "ui/board/cardlist.h"
#include "core/services/records.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QTest>

#include <memory>
#include <stdexcept>

namespace Voronka::Test {

BoardFixture::BoardFixture()
{
    // The board remembers the last pipeline and the closed columns across runs.
    QSettings().remove(QStringLiteral("board"));
}

qint64 BoardFixture::addDeal(const QString &name, qint64 stage, qint64 budget, double order,
                             qint64 responsible)
{
    Core::Patch p{{QStringLiteral("name"), name},
                  {QStringLiteral("stage_id"), stage},
                  {QStringLiteral("budget"), budget},
                  {QStringLiteral("sort_order"), order}};
    if (responsible)
        p.insert(QStringLiteral("responsible_id"), responsible);
    clock.advance(60'000);
    Core::Result<qint64> id = Core::Records(*admin).create(Core::EntityKind::Deal, p);
    if (!id)
        throw std::runtime_error(id.error().message.toStdString());
    return *id;
}

qint64 BoardFixture::stageOf(qint64 deal)
{
    return Core::Records(*admin)
        .load(Core::EntityKind::Deal, deal)
        ->value(QStringLiteral("stage_id"))
        .toLongLong();
}

Ui::CardList *cardsOf(Ui::BoardView &view, qint64 stage)
{
    return view.findChild<Ui::CardList *>(QStringLiteral("boardCards_%1").arg(stage));
}

QPoint centerOfRow(Ui::CardList *list, int row)
{
    return list->visualRect(list->model()->index(row, 0)).center();
}

namespace {
// The mouse half of a drag: returns the deals and stage the started drag carries.
bool startDrag(Ui::CardList *from, const QPoint &fromPos, QList<qint64> &dealIds,
               qint64 &fromStage, const std::function<void()> &during,
               Qt::KeyboardModifiers modifiers = {})
{
    QMetaObject::Connection started = QObject::connect(
        from, &Ui::CardList::dragStarted, from, [&](const QList<qint64> &deals, qint64 stage) {
            dealIds = deals;
            fromStage = stage;
            if (during)
                during();
        });
    QTest::mousePress(from->viewport(), Qt::LeftButton, modifiers, fromPos);
    QTest::mouseMove(from->viewport(), fromPos + QPoint(0, 8));
    QTest::mouseMove(from->viewport(), fromPos + QPoint(0, 30));
    QTest::mouseRelease(from->viewport(), Qt::LeftButton, modifiers, fromPos + QPoint(0, 30));
    QObject::disconnect(started);
    return !dealIds.isEmpty();
}

// The platform half: enter, move and drop events at `pos` of `target`.
bool deliverDrop(QWidget *target, const QPoint &pos, const QList<qint64> &dealIds,
                 qint64 fromStage)
{
    std::unique_ptr<QMimeData> mime(Ui::BoardMime::encode(dealIds, fromStage));
    QDragEnterEvent enter(pos - QPoint(0, 3), Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(target, &move);
    QDropEvent drop(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(target, &drop);
    QCoreApplication::processEvents();
    return drop.isAccepted();
}
} // namespace

bool dragCard(Ui::CardList *from, const QPoint &fromPos, Ui::CardList *to, const QPoint &toPos)
{
    QList<qint64> dealIds;
    qint64 fromStage = 0;
    if (!startDrag(from, fromPos, dealIds, fromStage, {}))
        return false;
    bool dropped = false;
    QMetaObject::Connection watch =
        QObject::connect(to, &Ui::CardList::cardsDropped, to, [&dropped] { dropped = true; });
    deliverDrop(to->viewport(), toPos, dealIds, fromStage);
    QObject::disconnect(watch);
    return dropped;
}

bool dragCardOnto(Ui::CardList *from, const QPoint &fromPos, QWidget *target,
                  const std::function<void()> &during)
{
    QList<qint64> dealIds;
    qint64 fromStage = 0;
    if (!startDrag(from, fromPos, dealIds, fromStage, during))
        return false;
    return deliverDrop(target, target->rect().center(), dealIds, fromStage);
}

QMessageBox *errorBox(QWidget *view)
{
    return view->findChild<QMessageBox *>(QStringLiteral("moveErrorBox"));
}

} // namespace Voronka::Test
