// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "carddetails.h"

#include "ui/cards/cardeditor.h"
#include "ui/widgets/dates.h"
#include "core/services/entityspec.h"
#include "core/services/session.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
const QDate kNoDate(1800, 1, 1);
} // namespace

CardDetails::CardDetails(CardEditor &card, Core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_card(card)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(CardEditor::sectionHeader(CardEditor::tr("Details"), this));
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(8);
    layout->addLayout(form);
    const Core::EntitySpec *spec = Core::entitySpec(m_card.kind());
    static const QStringList kInHeader{CardEditor::kName,
                                       QStringLiteral("budget"),
                                       QStringLiteral("currency"),
                                       CardEditor::kStage,
                                       QStringLiteral("pipeline_id"),
                                       QStringLiteral("responsible_id"),
                                       QStringLiteral("sort_order"),
                                       QStringLiteral("company_id"),
                                       QStringLiteral("loss_reason_id")};
    const Core::StageInfo *stage =
        m_session.stage(m_card.m_record.value(CardEditor::kStage).toLongLong());
    const bool lost = stage && stage->kind == Core::StageKind::Lost;
    for (const Core::ColumnSpec &c : spec->columns) {
        const QString key = QLatin1String(c.key);
        if (kInHeader.contains(key) || (key == u"loss_detail" && !lost))
            continue;
        QWidget *editor = nullptr;
        if (c.type == Core::ColumnType::Date) {
            auto *date = new QDateEdit(this);
            date->setCalendarPopup(true);
            date->setDisplayFormat(Dates::dateFormat());
            date->setMinimumDate(kNoDate);
            date->setSpecialValueText(QStringLiteral("—"));
            m_card.addSlot(
                key, date,
                [date] {
                    return date->date() == kNoDate ? QVariant()
                                                   : QVariant(date->date().toString(Qt::ISODate));
                },
                [date](const QVariant &v) {
                    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
                    date->setDate(d.isValid() ? d : kNoDate);
                });
            connect(date, &QDateEdit::dateChanged, this, [this, key] { m_card.edited(key); });
            editor = date;
        } else {
            auto *line = new QLineEdit(this);
            const bool list =
                c.type == Core::ColumnType::PhoneList || c.type == Core::ColumnType::EmailList;
            if (list)
                line->setPlaceholderText(CardEditor::tr("Several: separate with commas"));
            m_card.addSlot(
                key, line,
                [line, list] {
                    return list ? QVariant(CardEditor::splitList(line->text()))
                                : QVariant(line->text());
                },
                [line, list](const QVariant &v) {
                    line->setText(list ? v.toStringList().join(QStringLiteral(", "))
                                       : v.toString());
                });
            connect(line, &QLineEdit::textEdited, this, [this, key] { m_card.edited(key); });
            editor = line;
        }
        QString name = QStringLiteral("card");
        for (const QString &part : key.split(u'_'))
            name += part.left(1).toUpper() + part.mid(1);
        editor->setObjectName(name);
        form->addRow(m_card.row(Core::columnLabel(c), editor, key));
    }
}

} // namespace Voronka::Ui
