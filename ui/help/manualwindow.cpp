// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "manualwindow.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Voronka::Ui {

ManualWindow::ManualWindow(const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_language(language)
    , m_browser(new QTextBrowser(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_forward(new QPushButton(tr("Forward"), this))
    , m_home(new QPushButton(tr("Contents"), this))
{
    setObjectName(QStringLiteral("manualWindow"));
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_back->setObjectName(QStringLiteral("manualBack"));
    m_forward->setObjectName(QStringLiteral("manualForward"));
    m_home->setObjectName(QStringLiteral("manualHome"));
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    // Pages open in place; only a link out of the manual goes to the web browser. The links
    // arrive resolved against the page they are on.
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(12, 8, 12, 8);
    tools->addWidget(m_back);
    tools->addWidget(m_forward);
    tools->addWidget(m_home);
    tools->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(tools);
    layout->addWidget(m_browser, 1);

    connect(m_back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QPushButton::setEnabled);
    // Emitted once the new page is in place, its title included (sourceChanged comes earlier).
    connect(m_browser, &QTextBrowser::historyChanged, this, &ManualWindow::pageChanged);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"qrc")
            m_browser->setSource(url);
        else
            QDesktopServices::openUrl(url);
    });

    m_browser->setSource(home(language));
    resize(980, 760);
}

QString ManualWindow::languageOf(const QLocale &locale)
{
    return locale.language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

QUrl ManualWindow::home(const QString &language)
{
    return QUrl(QStringLiteral("qrc:/manual/%1/index.html").arg(language));
}

ManualWindow *ManualWindow::open(QWidget *owner, const QString &language)
{
    auto *window = owner->findChild<ManualWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (window && window->m_language != language) {
        delete window;
        window = nullptr;
    }
    if (!window)
        window = new ManualWindow(language, owner);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void ManualWindow::pageChanged()
{
    const QString manual = tr("Voronka user manual");
    const QString page = m_browser->documentTitle();
    setWindowTitle(page.isEmpty() || m_browser->source() == home(m_language)
                       ? manual
                       : tr("%1 — %2").arg(page, manual));
}

} // namespace Voronka::Ui
