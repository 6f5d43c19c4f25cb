// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "profilepage.h"

#include "ui/widgets/avatar.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
QIcon swatch(const QColor &color)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(1, 1, 12, 12);
    return QIcon(pm);
}

QFrame *card(QWidget *parent, const QString &title, QLayout *content)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("settingsCard", true);
    auto *heading = new QLabel(title, frame);
    heading->setProperty("settingsCardTitle", true);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addLayout(content);
    return frame;
}
} // namespace

ProfilePage::ProfilePage(Core::Session &session, QWidget *parent)
    : SettingsPage(session, QStringLiteral("profile"), tr("My profile"), parent)
    , m_strength(Core::Auth::strengthOfFile(session.db()))
    , m_name(new QLineEdit(this))
    , m_avatar(new Avatar(this))
    , m_colorButton(new QPushButton(tr("Choose…"), this))
    , m_colorAuto(new QPushButton(tr("From the name"), this))
    , m_language(new QComboBox(this))
    , m_lead(new QSpinBox(this))
    , m_oldPassword(new QLineEdit(this))
    , m_newPassword(new QLineEdit(this))
    , m_repeatPassword(new QLineEdit(this))
{
    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    row->addWidget(buildProfile(), 3, Qt::AlignTop);
    row->addWidget(buildPassword(), 2, Qt::AlignTop);
    body()->addLayout(row);
    body()->addStretch();
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);
    reload();
}

QWidget *ProfilePage::buildProfile()
{
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setMaxLength(255);
    m_avatar->setObjectName(QStringLiteral("profileAvatar"));
    m_avatar->setFixedSize(40, 40);
    m_colorButton->setObjectName(QStringLiteral("profileColor"));
    m_colorAuto->setObjectName(QStringLiteral("profileColorAuto"));
    m_colorAuto->setToolTip(tr("Use the colour your name gives, as before"));
    m_language->setObjectName(QStringLiteral("profileLanguage"));
    m_language->addItem(tr("The company's default"), QString());
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_lead->setObjectName(QStringLiteral("profileReminderLead"));
    m_lead->setRange(0, 7 * 24 * 60);
    m_lead->setSingleStep(5);
    m_lead->setSuffix(tr(" min"));
    m_lead->setAccessibleName(tr("Reminder lead time"));
    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("profileSave"));
    save->setProperty("settingsPrimary", true);

    auto *colors = new QHBoxLayout;
    colors->setSpacing(8);
    colors->addWidget(m_avatar);
    colors->addWidget(m_colorButton);
    colors->addWidget(m_colorAuto);
    colors->addStretch();
    auto *languageHint = new QLabel(tr("Applies the next time Voronka starts."), this);
    languageHint->setProperty("settingsHint", true);
    auto *language = new QVBoxLayout;
    language->setSpacing(2);
    language->addWidget(m_language);
    language->addWidget(languageHint);
    auto *leadHint = new QLabel(tr("How long before a task's time its reminder appears."), this);
    leadHint->setProperty("settingsHint", true);
    auto *lead = new QVBoxLayout;
    lead->setSpacing(2);
    lead->addWidget(m_lead, 0, Qt::AlignLeft);
    lead->addWidget(leadHint);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(12);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *email = new QLabel(m_session.actor().email, this);
    email->setObjectName(QStringLiteral("profileEmail"));
    email->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Email"), email);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Avatar colour"), colors);
    form->addRow(tr("Language"), language);
    form->addRow(tr("Reminders"), lead);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(save);
    auto *content = new QVBoxLayout;
    content->addLayout(form);
    content->addLayout(buttons);

    connect(save, &QPushButton::clicked, this, &ProfilePage::save);
    connect(m_name, &QLineEdit::returnPressed, this, &ProfilePage::save);
    connect(m_name, &QLineEdit::textChanged, m_avatar, &Avatar::setName);
    connect(m_colorButton, &QPushButton::clicked, this, &ProfilePage::pickColor);
    connect(m_colorAuto, &QPushButton::clicked, this, [this] {
        m_color.clear();
        showColor();
    });
    return card(this, tr("Profile"), content);
}

QWidget *ProfilePage::buildPassword()
{
    m_oldPassword->setObjectName(QStringLiteral("profileOldPassword"));
    m_newPassword->setObjectName(QStringLiteral("profileNewPassword"));
    m_repeatPassword->setObjectName(QStringLiteral("profileRepeatPassword"));
    for (QLineEdit *e : {m_oldPassword, m_newPassword, m_repeatPassword})
        e->setEchoMode(QLineEdit::Password);
    auto *change = new QPushButton(tr("Change password"), this);
    change->setObjectName(QStringLiteral("profileChangePassword"));
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(12);
    form->addRow(tr("Current"), m_oldPassword);
    form->addRow(tr("New"), m_newPassword);
    form->addRow(tr("Repeat"), m_repeatPassword);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(change);
    auto *content = new QVBoxLayout;
    content->addLayout(form);
    content->addLayout(buttons);
    connect(change, &QPushButton::clicked, this, &ProfilePage::changePassword);
    connect(m_repeatPassword, &QLineEdit::returnPressed, this, &ProfilePage::changePassword);
    return card(this, tr("Password"), content);
}

void ProfilePage::reload()
{
    const Core::UserInfo me = m_session.user(m_session.actor().id);
    m_name->setText(me.name);
    m_avatar->setName(me.name);
    m_color = me.avatarColor;
    showColor();
    m_language->setCurrentIndex(qMax(0, m_language->findData(me.language)));
    m_lead->setValue(me.reminderLeadMin);
}

void ProfilePage::showColor()
{
    const QColor color(m_color);
    m_avatar->setColor(color);
    m_colorButton->setIcon(swatch(color.isValid() ? color : Avatar::colorFor(m_name->text())));
    m_colorAuto->setEnabled(!m_color.isEmpty());
}

void ProfilePage::pickColor()
{
    auto *dialog = new QColorDialog(
        QColor(m_color).isValid() ? QColor(m_color) : Avatar::colorFor(m_name->text()), this);
    dialog->setObjectName(QStringLiteral("profileColorDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &c) {
        m_color = c.name().toUpper();
        showColor();
    });
    dialog->open();
}

Core::Admin::Profile ProfilePage::edited() const
{
    Core::Admin::Profile p;
    p.name = m_name->text();
    p.avatarColor = m_color;
    p.language = m_language->currentData().toString();
    p.reminderLeadMin = m_lead->value();
    return p;
}

void ProfilePage::save()
{
    const Core::UserInfo me = m_session.user(m_session.actor().id);
    const Core::Admin::Profile before{me.name, me.avatarColor, me.language, me.reminderLeadMin};
    const Core::Admin::Profile after = edited();
    Core::Session &s = m_session;
    const Core::Status st = apply(
        tr("Edit my profile"),
        [&s, after](const Core::Origin &o) { return Core::Admin(s, o).updateProfile(after); },
        [&s, before](const Core::Origin &o) { return Core::Admin(s, o).updateProfile(before); });
    if (!st)
        focusField(st.error().field);
    else
        showInfo(after.language != me.language
                     ? tr("Saved. The language applies the next time Voronka starts.")
                     : tr("Saved."));
}

void ProfilePage::changePassword()
{
    if (m_newPassword->text() != m_repeatPassword->text()) {
        showError(tr("Repeat password: the two new passwords differ."));
        m_repeatPassword->setFocus();
        return;
    }
    const Core::Status st = Core::Admin(m_session).changeOwnPassword(
        m_oldPassword->text(), m_newPassword->text(), m_strength);
    if (!st) {
        showError(st.error());
        focusField(st.error().field);
        return;
    }
    for (QLineEdit *e : {m_oldPassword, m_newPassword, m_repeatPassword})
        e->clear();
    showInfo(tr("Your password has been changed. Use the new one the next time you sign in."));
}

void ProfilePage::focusField(const QString &field)
{
    if (field == u"old_password")
        m_oldPassword->setFocus();
    else if (field == u"password")
        m_newPassword->setFocus();
    else if (field == u"name")
        m_name->setFocus();
    else if (field == u"language")
        m_language->setFocus();
    else if (field == u"reminder_lead_min")
        m_lead->setFocus();
}

} // namespace Voronka::Ui
