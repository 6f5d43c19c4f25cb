// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QLayout>
#include <QList>

namespace Voronka::Ui {

// A row of a section's header (title, filters, buttons) that wraps onto further lines when
// the section gets narrow, as it does with a card docked beside it, instead of making the
// section scroll sideways. Items keep their preferred width, and those added with a stretch
// (a search field: give it a minimum width) their minimum; what is left on a line goes to
// the stretching items up to their maximum, then to the stretches (addStretch), which
// push what follows them to the right. A stretch that starts a wrapped line takes nothing, so
// a wrapped line starts at the left. The layout is as narrow as its widest item.
class FlowLayout final : public QLayout
{
    Q_OBJECT
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = 8, int vSpacing = 8);
    ~FlowLayout() override;

    void addWidget(QWidget *widget, int stretch = 0);
    void addStretch(int stretch = 1);

    // QLayout
    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

    // How many lines the items take at `width` (tests, and the screenshots' checks).
    int lineCount(int width) const;

    // Widgets that wrap as one item (a label and its field, a group of mode buttons), in a
    // plain container of `parent`.
    static QWidget *group(QWidget *parent, const QList<QWidget *> &widgets, int spacing = 6);

private:
    struct Entry
    {
        QLayoutItem *item;
        int stretch;
        bool spacer;
    };
    // Lays the items out in `rect` (or only measures when apply is false); the height used.
    int arrange(const QRect &rect, bool apply, int *lines = nullptr) const;

    QList<Entry> m_items;
    int m_hSpacing;
    int m_vSpacing;
};

} // namespace Voronka::Ui
