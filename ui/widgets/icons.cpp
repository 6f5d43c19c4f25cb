// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "icons.h"

#include "ui/widgets/theme.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

namespace Voronka::Ui {

namespace {
QByteArray svgSource(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.constFind(name);
    if (it != cache.cend())
        return *it;
    QFile f(QStringLiteral(":/icons/%1.svg").arg(name));
    QByteArray data = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    cache.insert(name, data);
    return data;
}
} // namespace

QPixmap Icons::pixmap(const QString &name, const QColor &color, int size, qreal devicePixelRatio)
{
    QByteArray svg = svgSource(name);
    svg.replace("currentColor", color.name().toLatin1());
    QSvgRenderer renderer(svg);
    const int px = qRound(size * devicePixelRatio);
    QPixmap pm(px, px);
    pm.fill(Qt::transparent);
    if (renderer.isValid()) {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p, QRectF(0, 0, px, px));
    }
    pm.setDevicePixelRatio(devicePixelRatio);
    return pm;
}

QIcon Icons::icon(const QString &name, const QColor &color)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48})
        icon.addPixmap(pixmap(name, color, size));
    return icon;
}

QIcon Icons::sidebar(const QString &name)
{
    const ThemeColors &c = Theme::current();
    QIcon icon;
    for (int size : {16, 20, 24, 32}) {
        icon.addPixmap(pixmap(name, c.sidebarText, size), QIcon::Normal);
        icon.addPixmap(pixmap(name, c.sidebarSelectedText, size), QIcon::Selected);
        icon.addPixmap(pixmap(name, c.sidebarSelectedText, size), QIcon::Active);
    }
    return icon;
}

QString Icons::forKind(Core::EntityKind kind)
{
    switch (kind) {
    case Core::EntityKind::Contact:
        return QStringLiteral("contact");
    case Core::EntityKind::Company:
        return QStringLiteral("company");
    case Core::EntityKind::Deal:
        return QStringLiteral("deal");
    default:
        return QStringLiteral("database");
    }
}

QIcon Icons::logo()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QSvgRenderer renderer(svgSource(QStringLiteral("logo")));
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p, QRectF(0, 0, size, size));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace Voronka::Ui
