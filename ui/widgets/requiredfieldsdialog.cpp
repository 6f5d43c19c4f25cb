// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "requiredfieldsdialog.h"

#include "ui/widgets/fieldeditor.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
// Core names the entity and the field before the problem; beside the field only the problem
// is news.
QString problemOnly(const QString &message, const QString &fieldName)
{
    const int name = message.indexOf(fieldName);
    const int colon =
        name < 0 ? -1 : message.indexOf(QStringLiteral(": "), name + fieldName.size());
    return colon < 0 ? message : message.mid(colon + 2);
}
} // namespace

RequiredFieldsDialog::RequiredFieldsDialog(const QList<Core::FieldDef> &fields,
                                           const QString &dealName, const QString &stageName,
                                           QDate today, QWidget *parent)
    : QDialog(parent)
    , m_today(today)
{
    setObjectName(QStringLiteral("requiredFieldsDialog"));
    setWindowTitle(tr("Required fields"));
    auto *heading = new QLabel(tr("To move “%1” to “%2”, fill in:").arg(dealName, stageName), this);
    heading->setObjectName(QStringLiteral("requiredFieldsHeading"));
    heading->setTextFormat(Qt::PlainText); // names are never markup
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const Core::FieldDef &def : fields) {
        auto *editor = new FieldEditor(def, today, this);
        auto *label = new QLabel(def.name, this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(editor);
        auto *error = new QLabel(this);
        error->setObjectName(QStringLiteral("requiredFieldError_%1").arg(def.id));
        error->setTextFormat(Qt::PlainText);
        error->setWordWrap(true);
        QPalette red = error->palette();
        red.setColor(QPalette::WindowText, QColor(0xd6, 0x3b, 0x3b));
        error->setPalette(red);
        error->hide();
        // Beside a one-line editor the name sits on its line; beside a tall one, at the top.
        const bool tall =
            def.type == Core::FieldType::TextArea || def.type == Core::FieldType::MultiSelect;
        grid->addWidget(label, row, 0, Qt::AlignLeft | (tall ? Qt::AlignTop : Qt::AlignVCenter));
        grid->addWidget(editor, row++, 1);
        grid->addWidget(error, row++, 1);
        // A fixed value is corrected by editing it: the old complaint goes away at once.
        connect(editor, &FieldEditor::edited, error, &QLabel::hide);
        m_editors << editor;
        m_errors << error;
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("requiredFieldsButtons"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("requiredFieldsOk"));
    ok->setText(tr("Save and move"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("requiredFieldsCancel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    // The dialog grows when a complaint appears under a field instead of squeezing the
    // inputs: its minimum is always what its content needs.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    if (!m_editors.isEmpty())
        m_editors.first()->setFocus();

    connect(buttons, &QDialogButtonBox::accepted, this, &RequiredFieldsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Core::Patch RequiredFieldsDialog::values() const
{
    Core::Patch patch;
    for (const FieldEditor *e : m_editors)
        patch.insert(e->def().key(), e->value());
    return patch;
}

bool RequiredFieldsDialog::validate()
{
    bool valid = true;
    for (int i = 0; i < m_editors.size(); ++i) {
        const FieldEditor *e = m_editors.at(i);
        const Core::Result<QVariant> v =
            Core::normalizeFieldValue(e->def(), e->value(), tr("Deal"), m_today);
        QString problem;
        if (!v)
            problem = problemOnly(v.error().message, e->def().name);
        else if (!v->isValid()) // empty: the stage requires a value
            problem = tr("Required in this stage");
        m_errors.at(i)->setText(problem);
        m_errors.at(i)->setVisible(!problem.isEmpty());
        valid = valid && problem.isEmpty();
    }
    adjustSize();
    return valid;
}

void RequiredFieldsDialog::accept()
{
    if (validate())
        QDialog::accept();
}

} // namespace Voronka::Ui
