// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/search/search.h"

#include <QLineEdit>

class QFrame;
class QLabel;
class QListView;

namespace Voronka::Ui {

class SearchResultsModel;

// The search box in the top bar: searches deals, contacts and companies as the user types
// (from three characters) and lists the hits in a drop-down under the box. The drop-down is
// a child of the window, not a popup window, so the box keeps the keyboard while it shows.
class GlobalSearch final : public QLineEdit
{
    Q_OBJECT
public:
    explicit GlobalSearch(Core::Session &session, QWidget *parent = nullptr);

    static constexpr int kMaxHits = 10;

    QListView *resultsView() const { return m_list; }
    QFrame *popup() const { return m_popup; }
    SearchResultsModel *results() const { return m_model; }
    void focusSearch();

signals:
    void recordActivated(Core::EntityKind kind, qint64 id, const QString &title);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch(const QString &text);
    void ensurePopup();
    void showPopup();
    void hidePopup();
    void placePopup();
    void moveSelection(int delta);
    void activateRow(int row);
    void updateHint();

    Core::Search m_search;
    SearchResultsModel *m_model;
    QLabel *m_hint;
    QFrame *m_popup = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Voronka::Ui
