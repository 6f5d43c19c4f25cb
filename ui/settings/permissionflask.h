// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/permissions/permissions.h"

#include <QWidget>

namespace Voronka::Ui {

// One cell of the roles matrix: a small flask of four stacked segments that fills up with the
// scope (none, own, department, all) as amoCRM draws rights, with the level's name beside it.
// A click or Space raises the level (wrapping to none), a right click lowers it; the wheel
// and the Up and Down keys step it, 0-3 set it, Left and Right move to the next cell. forceAll()
// shows an administrator's "all" greyed.
class PermissionFlask final : public QWidget
{
    Q_OBJECT
public:
    explicit PermissionFlask(QWidget *parent = nullptr);

    Core::Scope level() const { return m_level; }
    void setLevel(Core::Scope level); // no signal: the page fills it
    void setForceAll(bool on);
    // "Deals, view": what the tooltip and screen readers name.
    void setCellName(const QString &name);

    static QString levelName(Core::Scope level);
    static QColor levelColor(Core::Scope level, bool dark);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void levelEdited(Core::Scope level); // by the user
    void highlighted();                  // hovered or focused: the page explains the cell

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void step(int delta, bool wrap);
    void describe();

    Core::Scope m_level = Core::Scope::None;
    bool m_forceAll = false;
    QString m_cellName;
};

} // namespace Voronka::Ui
