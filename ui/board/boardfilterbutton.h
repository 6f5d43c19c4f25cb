// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/recordfilter.h"

#include <QToolButton>

class QButtonGroup;
class QComboBox;
class QFrame;
class QListWidget;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The board's "Filters" button and its panel: tags, creation period, task state and source,
// plus saved presets (personal: remembered per user on this computer). The responsible and
// text filters stay in the header, where they are used most; a preset stores them too.
// The button's text counts the active conditions.
class BoardFilterButton final : public QToolButton
{
    Q_OBJECT
public:
    BoardFilterButton(Core::Session &session, QWidget *parent = nullptr);

    // Puts this panel's conditions into a filter (responsible and text come from elsewhere).
    void applyTo(Core::RecordFilter &filter) const;
    int activeCount() const;
    void clear();
    QFrame *panel() const { return m_panel; }

    // Presets: a name for the whole filter, header parts included.
    struct Preset
    {
        QString name;
        Core::RecordFilter filter;
        int period = 0;
    };
    QList<Preset> presets() const;
    void savePreset(const QString &name, const Core::RecordFilter &whole);
    void removePreset(const QString &name);
    // Sets this panel from a preset; the caller sets responsible and text.
    void load(const Preset &preset);

signals:
    void changed();
    // A preset was chosen: the board also takes its responsible and text.
    void presetChosen(const Core::RecordFilter &filter);
    // "Save as preset…" was asked: the board knows the whole filter.
    void saveRequested();

private:
    void showPanel();
    void fillChoices();
    void updateText();
    void fillPresets();
    void storePresets(const QString &name, const Preset &added);
    QString settingsKey() const;

    Core::Session &m_session;
    QFrame *m_panel;
    QListWidget *m_tags;
    QComboBox *m_period;
    QButtonGroup *m_tasks;
    QComboBox *m_source;
    QComboBox *m_presets;
    bool m_filled = false;
    bool m_loading = false;
};

} // namespace Voronka::Ui
