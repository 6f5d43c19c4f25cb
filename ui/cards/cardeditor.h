// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "ui/widgets/recordscommand.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <functional>

class QGridLayout;
class QLabel;
class QSplitter;
class QUndoStack;
class QVBoxLayout;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class CardTimeline;

// The card of one deal, contact or company: header, standard fields, custom fields in the
// admin's groups, links and the timeline. Edits collect in the card (each one undoable with
// Ctrl+Z) and go to core in one Records::update on Save (Ctrl+S); a refused save puts core's
// message beside the field it names. Made with id 0 it is the card of a new record: empty
// fields, no timeline until the first Save creates the record (one undo step, as a save is).
class CardEditor final : public QWidget
{
    Q_OBJECT
public:
    CardEditor(Core::Session &session, Core::EntityKind kind, qint64 id, QDate today,
               QWidget *parent = nullptr);
    ~CardEditor() override;

    Core::EntityKind kind() const { return m_kind; }
    qint64 recordId() const { return m_id; } // 0 until a new record's card is saved
    bool isNew() const { return m_id == 0; }
    QString title() const;
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undo; }
    CardTimeline *timeline() const { return m_timeline; }

    bool save();
    // Reads the record again (changed outside the card's edits: a merge undone from the
    // timeline); fields with unsaved edits keep them.
    void reloadRecord();
    void pushSaved(const RecordsCommand::Snapshot &before);
    // Before the card goes away: with unsaved edits asks Save / Discard / Cancel; false keeps
    // the card open.
    bool maybeClose();
    // The edits so far, as they would be saved.
    Core::Patch pendingPatch() const;
    // Narrower than about 600 px the labels stand above their fields, not beside them.
    bool labelsAbove() const { return m_labelsAbove; }
    // Why the user may not edit this record (empty: they may). Such a card shows its fields
    // read-only under a one-line reason, before anyone types into them.
    const QString &readOnlyReason() const { return m_readOnly; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

signals:
    void titleChanged(const QString &title);
    void modifiedChanged(bool modified);
    void saved();
    void recordChanged(); // written from inside the card other than by save()
    void openRecordRequested(Core::EntityKind kind, qint64 id, const QString &title);

private:
    void showReadOnly(const QString &why);
    friend class CardSetValue;
    // The sections register their editors as the card's values (addSlot, row) and report
    // edits (edited); the card keeps the values, their undo, errors and the save.
    friend class CardHeader;
    friend class CardDetails;
    friend class CardCustomFields;
    static const QString kName;
    static const QString kStage;
    static QStringList splitList(const QString &text);
    static QLabel *sectionHeader(const QString &text, QWidget *parent);
    // One editable value: how to read and show it and where its error goes.
    struct Slot
    {
        std::function<QVariant()> get;
        std::function<void(const QVariant &)> set;
        QLabel *error = nullptr;
        QWidget *editor = nullptr;
    };

    // A labelled field's parts, placed side by side or stacked (placeRow).
    struct Row
    {
        QGridLayout *grid;
        QLabel *title;
        QWidget *editor;
        QLabel *error;
    };

    void load();
    void build();
    bool create();
    QWidget *buildLinks();
    QWidget *row(const QString &label, QWidget *editor, const QString &key);
    void placeRow(const Row &row);
    void setLabelsAbove(bool above);
    void addSlot(const QString &key, QWidget *editor, std::function<QVariant()> get,
                 std::function<void(const QVariant &)> set);
    void edited(const QString &key);
    void applyValue(const QString &key, const QVariant &value); // from undo/redo
    void stageChosen();
    void showError(const QString &field, const QString &message);
    void clearErrors();
    void markRequired();

    Core::Session &m_session;
    Core::EntityKind m_kind;
    qint64 m_id;
    QDate m_today;
    Core::Record m_record;
    QHash<QString, Slot> m_slots;
    QHash<QString, QVariant> m_last; // each key's value after the latest edit or load
    QStringList m_dirty;             // keys edited since the last save
    QHash<QString, QLabel *> m_labels;
    QUndoStack *m_undo;
    QLabel *m_banner = nullptr; // an error that names no field of the card
    QString m_readOnly;
    QVBoxLayout *m_body = nullptr;
    CardTimeline *m_timeline = nullptr;
    bool m_splitMovedByUser = false; // until then, each resize sets the split
    QWidget *m_content = nullptr;
    QSplitter *m_splitter = nullptr;
    QList<Row> m_rows;
    bool m_labelsAbove = false;
    bool m_applying = false;
    qint64 m_shownStage = 0; // the stage the combo showed before the user's choice
};

} // namespace Voronka::Ui
