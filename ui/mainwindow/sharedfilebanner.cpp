// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "sharedfilebanner.h"

#include "core/services/session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>

namespace Voronka::Ui {

SharedFileBanner::SharedFileBanner(Core::Session &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_text(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("sharedFileBanner"));
    setAttribute(Qt::WA_StyledBackground);
    // Translucent tints read on the light and the dark theme alike.
    setStyleSheet(QStringLiteral(
        "#sharedFileBanner { background: rgba(66, 133, 244, 0.12); border-bottom: 1px solid "
        "rgba(66, 133, 244, 0.35); }"
        "#sharedFileBanner[warning=\"true\"] { background: rgba(255, 170, 0, 0.20); "
        "border-bottom: 1px solid rgba(220, 140, 0, 0.55); }"));
    m_text->setObjectName(QStringLiteral("sharedFileBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(28, 8, 20, 8);
    layout->addWidget(m_text, 1);

    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &SharedFileBanner::refresh);
    if (m_session.db().shared())
        m_timer->start();
    refresh();
}

QString SharedFileBanner::text() const
{
    return m_text->text();
}

void SharedFileBanner::refresh()
{
    Core::Database &db = m_session.db();
    if (!db.shared()) {
        hide();
        return;
    }
    QStringList lines;
    const QList<Core::FilePeer> peers = db.sharedPeers(); // first: it may learn of a lock problem
    if (!db.readOnlyReason().isEmpty())
        lines.append(db.readOnlyReason());
    QStringList names;
    for (const Core::FilePeer &p : peers) {
        const QString name = QStringLiteral("%1 (%2)").arg(p.user, p.host);
        if (!names.contains(name))
            names.append(name);
    }
    if (!names.isEmpty())
        lines.append(tr("Also open by: %1.").arg(names.join(QStringLiteral(", "))));
    const bool warning = !db.readOnlyReason().isEmpty();
    if (property("warning").toBool() != warning) {
        setProperty("warning", warning);
        style()->unpolish(this);
        style()->polish(this);
    }
    m_text->setText(lines.join(u'\n'));
    setVisible(!lines.isEmpty());
}

} // namespace Voronka::Ui
