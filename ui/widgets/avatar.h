// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QColor>
#include <QRect>
#include <QString>
#include <QWidget>

class QPainter;

namespace Voronka::Ui {

// A round badge with a person's initials (or a rounded square with a company's first
// letter), coloured by the name so the same name always gets the same colour.
class Avatar final : public QWidget
{
    Q_OBJECT
public:
    explicit Avatar(QWidget *parent = nullptr);
    void setName(const QString &name);
    // The person's own colour (their profile's); invalid: the one their name gives.
    void setColor(const QColor &color);
    QSize sizeHint() const override { return {28, 28}; }

    static QString initials(const QString &name);
    static QColor colorFor(const QString &name);
    static void paint(QPainter &p, const QRect &rect, const QString &name, bool square,
                      const QColor &color = {});

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_name;
    QColor m_color;
};

} // namespace Voronka::Ui
