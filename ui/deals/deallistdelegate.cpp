// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "deallistdelegate.h"

#include "core/services/session.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/widgets/dates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QLineEdit>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Voronka::Ui {

namespace {
enum class Editor { None, Text, Money, Number, Date, User, Stage };

Editor editorFor(Core::Session &s, const QString &key)
{
    if (key == u"name" || key == u"source")
        return Editor::Text;
    if (key == u"budget")
        return Editor::Money;
    if (key == u"close_date")
        return Editor::Date;
    if (key == u"responsible")
        return Editor::User;
    if (key == u"stage")
        return Editor::Stage;
    if (key.startsWith(u"cf.")) {
        const Core::FieldDef *def = s.fieldDef(key.mid(3).toLongLong());
        if (!def)
            return Editor::None;
        if (def->type == Core::FieldType::Number)
            return Editor::Number;
        if (def->type == Core::FieldType::Date)
            return Editor::Date;
        return Editor::Text;
    }
    return Editor::None;
}
} // namespace

DealListDelegate::DealListDelegate(Core::Session &session, QObject *parent)
    : ListDelegate(Avatars::None, parent)
    , m_session(session)
{
}

QIcon DealListDelegate::stageIcon(const QString &color)
{
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromString(color));
    painter.drawEllipse(QRectF(2, 2, 8, 8));
    painter.end();
    return QIcon(dot);
}

QWidget *DealListDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &index) const
{
    const QString key = index.data(RecordListModel::ColumnKeyRole).toString();
    QWidget *editor = nullptr;
    switch (editorFor(m_session, key)) {
    case Editor::None:
        return nullptr;
    case Editor::Text:
        editor = new QLineEdit(parent);
        break;
    case Editor::Money:
    case Editor::Number: {
        auto *e = new QLineEdit(parent);
        auto *v = new QDoubleValidator(e);
        v->setNotation(QDoubleValidator::StandardNotation);
        if (key == u"budget") {
            v->setBottom(0);
            v->setDecimals(2);
        }
        e->setValidator(v);
        e->setAlignment(key == u"budget" ? Qt::AlignRight : Qt::AlignLeft);
        editor = e;
        break;
    }
    case Editor::Date: {
        auto *e = new QDateEdit(parent);
        e->setCalendarPopup(true);
        e->setDisplayFormat(Dates::dateFormat());
        // The minimum date shows as empty: a date can be cleared.
        e->setMinimumDate(QDate(1900, 1, 1));
        e->setSpecialValueText(QStringLiteral(" "));
        editor = e;
        break;
    }
    case Editor::User: {
        auto *e = new QComboBox(parent);
        e->addItem(tr("Nobody"), qint64(0));
        for (const Core::UserInfo &u : m_session.activeUsersByName())
            e->addItem(u.name, u.id);
        editor = e;
        break;
    }
    case Editor::Stage: {
        auto *e = new QComboBox(parent);
        const qint64 pipeline = index.data(RecordListModel::PipelineIdRole).toLongLong();
        for (const Core::PipelineInfo &p : m_session.visiblePipelines())
            if (p.id == pipeline)
                for (const Core::StageInfo &st : p.stages)
                    e->addItem(stageIcon(st.color), st.name, st.id);
        editor = e;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("dealCellEditor"));
    return editor;
}

void DealListDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant v = index.data(Qt::EditRole);
    const QString key = index.data(RecordListModel::ColumnKeyRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(v.toLongLong())));
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(v.toDate().isValid() ? v.toDate() : date->minimumDate());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (key == u"budget")
            line->setText(QLocale()
                              .toString(v.toLongLong() / 100.0, 'f', v.toLongLong() % 100 ? 2 : 0)
                              .remove(QLocale().groupSeparator()));
        else if (v.typeId() == QMetaType::Double)
            line->setText(
                QLocale().toString(v.toDouble(), 'g', 15).remove(QLocale().groupSeparator()));
        else
            line->setText(v.toString());
        line->selectAll();
    }
}

void DealListDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    const QString key = index.data(RecordListModel::ColumnKeyRole).toString();
    QVariant value;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        value = combo->currentData();
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        value = date->date() == date->minimumDate() ? QDate() : date->date();
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        QString text = line->text().trimmed();
        if (key == u"budget" || editorFor(m_session, key) == Editor::Number) {
            // "15 000,50" as people type it: the spaces group digits.
            text.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
            bool ok = false;
            double d = QLocale().toDouble(text, &ok);
            if (!ok)
                d = text.toDouble(&ok);
            if (key == u"budget")
                value = ok ? QVariant(qint64(std::llround(d * 100))) : QVariant(text);
            else
                value = text.isEmpty() ? QVariant() : (ok ? QVariant(d) : QVariant(text));
        } else {
            value = text;
        }
    }
    model->setData(index, value, Qt::EditRole);
}

void DealListDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &) const
{
    editor->setGeometry(option.rect.adjusted(2, 3, -2, -3));
}

} // namespace Voronka::Ui
