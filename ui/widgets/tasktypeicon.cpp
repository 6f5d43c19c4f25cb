// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "tasktypeicon.h"

#include "core/services/admin.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Voronka::Ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Ui::TaskTypeIcon)
};

// Each drawing works in a 24 x 24 box; the painter is scaled to the target. `fill` is the
// colour at low alpha for the shapes' insides, the pen is the colour itself.
using Draw = void (*)(QPainter &p, const QBrush &fill);

void task(QPainter &p, const QBrush &fill)
{
    QPainterPath sheet;
    sheet.addRoundedRect(QRectF(5, 3.5, 14, 17.5), 2, 2);
    p.fillPath(sheet, fill);
    p.drawPath(sheet);
    p.drawLine(QPointF(8.5, 9), QPointF(15.5, 9));
    p.drawLine(QPointF(8.5, 12.5), QPointF(15.5, 12.5));
    p.drawLine(QPointF(8.5, 16), QPointF(12.5, 16));
}

void phone(QPainter &p, const QBrush &fill)
{
    // A handset: earpiece top left, mouthpiece bottom right, the grip curving between.
    QPainterPath h;
    h.moveTo(5.2, 3.6);
    h.lineTo(8.6, 3.6);
    h.lineTo(10.2, 8.2);
    h.lineTo(8.0, 10.0);
    h.cubicTo(9.2, 12.6, 11.4, 14.8, 14.0, 16.0);
    h.lineTo(15.8, 13.8);
    h.lineTo(20.4, 15.4);
    h.lineTo(20.4, 18.8);
    h.cubicTo(20.4, 19.9, 19.5, 20.8, 18.4, 20.7);
    h.cubicTo(10.4, 20.0, 4.0, 13.6, 3.3, 5.6);
    h.cubicTo(3.2, 4.5, 4.1, 3.6, 5.2, 3.6);
    h.closeSubpath();
    p.fillPath(h, fill);
    p.drawPath(h);
}

void people(QPainter &p, const QBrush &fill)
{
    // Two people: the one behind on the right, drawn first and partly hidden.
    QPainterPath back;
    back.addEllipse(QPointF(16.5, 8), 2.6, 2.6);
    p.drawPath(back);
    QPainterPath backBody;
    backBody.moveTo(15.5, 13.2);
    backBody.cubicTo(18.8, 12.8, 21, 15, 21, 18.5);
    p.drawPath(backBody);
    QPainterPath head;
    head.addEllipse(QPointF(9, 8), 3.3, 3.3);
    p.fillPath(head, fill);
    p.drawPath(head);
    QPainterPath body;
    body.moveTo(3, 19.5);
    body.cubicTo(3, 15.5, 5.5, 13.5, 9, 13.5);
    body.cubicTo(12.5, 13.5, 15, 15.5, 15, 19.5);
    body.closeSubpath();
    p.fillPath(body, fill);
    p.drawPath(body);
}

void mail(QPainter &p, const QBrush &fill)
{
    QPainterPath env;
    env.addRoundedRect(QRectF(3, 5.5, 18, 13), 1.8, 1.8);
    p.fillPath(env, fill);
    p.drawPath(env);
    p.drawPolyline(QPolygonF{QPointF(3.6, 6.6), QPointF(12, 13), QPointF(20.4, 6.6)});
}

void letter(QPainter &p, const QBrush &fill)
{
    // The front of a paper envelope: a stamp and the address lines.
    QPainterPath env;
    env.addRoundedRect(QRectF(2.5, 5.5, 19, 13), 1.2, 1.2);
    p.fillPath(env, fill);
    p.drawPath(env);
    p.setBrush(p.pen().color());
    p.drawRect(QRectF(15.5, 8, 3, 3.2));
    p.setBrush(Qt::NoBrush);
    p.drawLine(QPointF(6, 12.5), QPointF(12.5, 12.5));
    p.drawLine(QPointF(6, 15.5), QPointF(10.5, 15.5));
}

void document(QPainter &p, const QBrush &fill)
{
    QPainterPath page;
    page.moveTo(6, 3);
    page.lineTo(14, 3);
    page.lineTo(19, 8);
    page.lineTo(19, 21);
    page.lineTo(6, 21);
    page.closeSubpath();
    p.fillPath(page, fill);
    p.drawPath(page);
    p.drawPolyline(QPolygonF{QPointF(14, 3), QPointF(14, 8), QPointF(19, 8)});
    p.drawLine(QPointF(9, 12.5), QPointF(16, 12.5));
    p.drawLine(QPointF(9, 16), QPointF(16, 16));
}

void money(QPainter &p, const QBrush &fill)
{
    QPainterPath note;
    note.addRoundedRect(QRectF(2, 6, 20, 12), 1.5, 1.5);
    p.fillPath(note, fill);
    p.drawPath(note);
    p.drawEllipse(QPointF(12, 12), 2.8, 2.8);
    p.setBrush(p.pen().color());
    p.drawEllipse(QPointF(5.5, 12), 0.6, 0.6);
    p.drawEllipse(QPointF(18.5, 12), 0.6, 0.6);
    p.setBrush(Qt::NoBrush);
}

void handshake(QPainter &p, const QBrush &fill)
{
    // Two cuffs at the sides and the clasped hands between them, fingers on top.
    QPainterPath hands;
    hands.moveTo(5, 9.5);
    hands.lineTo(9, 7.5);
    hands.lineTo(12, 8.8);
    hands.lineTo(15, 7.5);
    hands.lineTo(19, 9.5);
    hands.lineTo(19, 14.5);
    hands.lineTo(14.5, 18.5);
    hands.cubicTo(13.7, 19.2, 12.6, 19.2, 11.8, 18.5);
    hands.lineTo(5, 14.5);
    hands.closeSubpath();
    p.fillPath(hands, fill);
    p.drawPath(hands);
    p.drawPolyline(QPolygonF{QPointF(12, 8.8), QPointF(9.5, 11.2), QPointF(10.5, 12.2),
                             QPointF(13.5, 10.2), QPointF(17.5, 13.8)});
    p.drawLine(QPointF(10.5, 15.5), QPointF(12.2, 17));
    p.drawLine(QPointF(12.5, 14), QPointF(14.5, 15.8));
    p.setBrush(p.pen().color());
    p.drawRect(QRectF(1.5, 8.5, 2.6, 7.5));
    p.drawRect(QRectF(19.9, 8.5, 2.6, 7.5));
    p.setBrush(Qt::NoBrush);
}

void car(QPainter &p, const QBrush &fill)
{
    QPainterPath body;
    body.moveTo(2.5, 16.5);
    body.lineTo(2.5, 12.5);
    body.lineTo(5.5, 11.2);
    body.lineTo(7.8, 6.8);
    body.lineTo(16.2, 6.8);
    body.lineTo(18.5, 11.2);
    body.lineTo(21.5, 12.5);
    body.lineTo(21.5, 16.5);
    body.closeSubpath();
    p.fillPath(body, fill);
    p.drawPath(body);
    p.drawLine(QPointF(5.5, 11.2), QPointF(18.5, 11.2));
    p.setBrush(p.pen().color());
    p.drawEllipse(QPointF(7.2, 17), 2.1, 2.1);
    p.drawEllipse(QPointF(16.8, 17), 2.1, 2.1);
    p.setBrush(Qt::NoBrush);
}

void flag(QPainter &p, const QBrush &fill)
{
    QPainterPath cloth;
    cloth.moveTo(5.5, 4);
    cloth.lineTo(19, 4);
    cloth.lineTo(15.5, 8.75);
    cloth.lineTo(19, 13.5);
    cloth.lineTo(5.5, 13.5);
    cloth.closeSubpath();
    p.fillPath(cloth, fill);
    p.drawPath(cloth);
    p.drawLine(QPointF(5.5, 3), QPointF(5.5, 21));
}

void check(QPainter &p, const QBrush &fill)
{
    QPainterPath circle;
    circle.addEllipse(QPointF(12, 12), 9, 9);
    p.fillPath(circle, fill);
    p.drawPath(circle);
    QPen pen = p.pen();
    pen.setWidthF(pen.widthF() * 1.2);
    p.setPen(pen);
    p.drawPolyline(QPolygonF{QPointF(7.8, 12.4), QPointF(10.7, 15.3), QPointF(16.3, 9.2)});
}

void screen(QPainter &p, const QBrush &fill)
{
    QPainterPath monitor;
    monitor.addRoundedRect(QRectF(3, 4, 18, 12.5), 1.5, 1.5);
    p.fillPath(monitor, fill);
    p.drawPath(monitor);
    p.drawLine(QPointF(12, 16.5), QPointF(12, 20));
    p.drawLine(QPointF(8, 20.2), QPointF(16, 20.2));
    p.setBrush(p.pen().color());
    p.drawPolygon(QPolygonF{QPointF(10.5, 7.6), QPointF(14.6, 10.25), QPointF(10.5, 12.9)});
    p.setBrush(Qt::NoBrush);
}

Draw drawing(const QString &name)
{
    static const QHash<QString, Draw> all{
        {QStringLiteral("task"), task},     {QStringLiteral("phone"), phone},
        {QStringLiteral("people"), people}, {QStringLiteral("mail"), mail},
        {QStringLiteral("letter"), letter}, {QStringLiteral("document"), document},
        {QStringLiteral("money"), money},   {QStringLiteral("handshake"), handshake},
        {QStringLiteral("car"), car},       {QStringLiteral("flag"), flag},
        {QStringLiteral("check"), check},   {QStringLiteral("screen"), screen}};
    return all.value(name, task);
}
} // namespace

QStringList TaskTypeIcon::names()
{
    return Core::Admin::taskTypeIcons();
}

QString TaskTypeIcon::label(const QString &name)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("Voronka::Ui::TaskTypeIcon", "Task")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("Voronka::Ui::TaskTypeIcon", "Phone call")},
        {QStringLiteral("people"), QT_TRANSLATE_NOOP("Voronka::Ui::TaskTypeIcon", "Meeting")},
        {QStringLiteral("mail"), QT_TRANSLATE_NOOP("Voronka::Ui::TaskTypeIcon", "Email")},
        {QStringLiteral("letter"), QT_TRANSLATE_NOOP("Voronka::Ui::TaskTypeIcon", "Letter")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("Voronka::Ui::TaskTypeIcon", "Document")},
        {QStringLiteral("money"), QT_TRANSLATE_NOOP("Voronka::Ui::TaskTypeIcon", "Payment")},
        {QStringLiteral("handshake"), QT_TRANSLATE_NOOP("Voronka::Ui::TaskTypeIcon", "Deal")},
        {QStringLiteral("car"), QT_TRANSLATE_NOOP("Voronka::Ui::TaskTypeIcon", "Visit")},
        {QStringLiteral("flag"), QT_TRANSLATE_NOOP("Voronka::Ui::TaskTypeIcon", "Milestone")},
        {QStringLiteral("check"), QT_TRANSLATE_NOOP("Voronka::Ui::TaskTypeIcon", "Check")},
        {QStringLiteral("screen"), QT_TRANSLATE_NOOP("Voronka::Ui::TaskTypeIcon", "Demo")}};
    const char *text = labels.value(name);
    return text ? Tr::tr(text) : name;
}

void TaskTypeIcon::paint(QPainter *p, const QRectF &rect, const QString &name, const QColor &color)
{
    const qreal side = std::min(rect.width(), rect.height());
    if (side <= 0)
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->translate(rect.center().x() - side / 2, rect.center().y() - side / 2);
    p->scale(side / 24.0, side / 24.0);
    const QColor ink = color.isValid() ? color : QColor(0x82, 0x82, 0x82);
    // Small sizes get a slightly heavier line so a 16 px icon keeps its shape.
    QPen pen(ink, side < 20 ? 2.1 : 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    QColor wash = ink;
    wash.setAlphaF(0.22f);
    drawing(name)(*p, QBrush(wash));
    p->restore();
}

QPixmap TaskTypeIcon::pixmap(const QString &name, const QColor &color, int size,
                             qreal devicePixelRatio)
{
    const int px = qRound(size * devicePixelRatio);
    QPixmap pm(px, px);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    paint(&p, QRectF(0, 0, px, px), name, color);
    p.end();
    pm.setDevicePixelRatio(devicePixelRatio);
    return pm;
}

QIcon TaskTypeIcon::icon(const QString &name, const QColor &color)
{
    static QHash<QString, QIcon> cache;
    // On a selected row the type's colour may vanish into the highlight: the highlighted
    // text colour is used there instead.
    const QColor selected = QGuiApplication::palette().color(QPalette::HighlightedText);
    const QString key =
        name + u'/' + color.name(QColor::HexArgb) + u'/' + selected.name(QColor::HexArgb);
    auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;
    // Every size a list or a combo asks for is drawn, not scaled: 14 px in the tasks tree.
    QIcon icon;
    for (int size : {14, 16, 18, 20, 24, 32, 48}) {
        icon.addPixmap(pixmap(name, color, size));
        icon.addPixmap(pixmap(name, selected, size), QIcon::Selected);
    }
    return *cache.insert(key, icon);
}

} // namespace Voronka::Ui
