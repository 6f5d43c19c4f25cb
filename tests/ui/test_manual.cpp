// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/wait.h"
#include "uifixture.h"

#include "ui/help/manualwindow.h"
#include "ui/lists/recordlistworkspace.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspaceregistry.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBrowser>

using namespace Voronka;
using Voronka::Test::UiFixture;

namespace {
// Sets the default locale (the interface language) for one test.
struct DefaultLocale
{
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_saved); }
    QLocale m_saved = QLocale();
};

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList manualFiles(const QString &root, const QString &pattern)
{
    QStringList files;
    QDirIterator it(root, {pattern}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

// Optional pictures of the window for review: VORONKA_MANUAL_GRAB_DIR=DIR.
void grabFor(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("VORONKA_MANUAL_GRAB_DIR");
    if (!dir.isEmpty())
        window.grab().save(dir + u'/' + name, "PNG");
}
} // namespace

TEST_CASE("manualWindow_f1InEnglish_opensTheEnglishContentsAndFollowsALink")
{
    UiFixture t;
    DefaultLocale english{QLocale(QLocale::English, QLocale::UnitedStates)};
    Ui::WorkspaceRegistry r;
    Ui::RecordListWorkspace::registerIn(r);
    Ui::MainWindow w(*t.admin, t.clock, r);
    w.resize(1000, 700);
    w.show();
    w.activateWindow();
    REQUIRE(Test::waitActive(&w));

    QTest::keyClick(&w, Qt::Key_F1);
    auto *manual = w.findChild<Ui::ManualWindow *>(QStringLiteral("manualWindow"));
    REQUIRE(manual);
    REQUIRE(Test::waitExposed(manual));
    auto *browser = manual->findChild<QTextBrowser *>(QStringLiteral("manualBrowser"));
    REQUIRE(browser);
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/manual/en/index.html")));
    CHECK(browser->documentTitle() == u"Voronka user manual");
    CHECK(manual->windowTitle() == u"Voronka user manual");
    CHECK(browser->toPlainText().contains(u"The deals board"));
    grabFor(*manual, QStringLiteral("manual-en.png"));

    // The first link of the contents, reached with Tab and followed with Enter.
    auto *back = manual->findChild<QPushButton *>(QStringLiteral("manualBack"));
    REQUIRE(back);
    CHECK_FALSE(back->isEnabled());
    browser->setFocus();
    QTest::keyClick(browser, Qt::Key_Tab);
    QTest::keyClick(browser, Qt::Key_Return);
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/manual/en/board.html")));
    CHECK(browser->documentTitle() == u"The deals board");
    CHECK(manual->windowTitle() == u"The deals board — Voronka user manual");
    CHECK(back->isEnabled());
    grabFor(*manual, QStringLiteral("manual-en-board.png"));

    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/manual/en/index.html")));
    QTest::mouseClick(manual->findChild<QPushButton *>(QStringLiteral("manualForward")),
                      Qt::LeftButton);
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/manual/en/board.html")));
    QTest::mouseClick(manual->findChild<QPushButton *>(QStringLiteral("manualHome")),
                      Qt::LeftButton);
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/manual/en/index.html")));

    // F1 again brings back the same window rather than a second one.
    QTest::keyClick(&w, Qt::Key_F1);
    CHECK(w.findChildren<Ui::ManualWindow *>().size() == 1);
}

TEST_CASE("manualWindow_russianInterface_opensTheRussianManual")
{
    UiFixture t;
    DefaultLocale russian{QLocale(QLocale::Russian, QLocale::Russia)};
    Ui::WorkspaceRegistry r;
    Ui::RecordListWorkspace::registerIn(r);
    Ui::MainWindow w(*t.admin, t.clock, r);
    auto *action = w.findChild<QAction *>(QStringLiteral("actionManual"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    auto *manual = w.findChild<Ui::ManualWindow *>(QStringLiteral("manualWindow"));
    REQUIRE(manual);
    auto *browser = manual->findChild<QTextBrowser *>(QStringLiteral("manualBrowser"));
    REQUIRE(browser);
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/manual/ru/index.html")));
    CHECK(browser->documentTitle() == u"Руководство пользователя Voronka");
    CHECK(browser->toPlainText().contains(u"Доска сделок"));
    grabFor(*manual, QStringLiteral("manual-ru.png"));

    browser->setSource(browser->source().resolved(QUrl(QStringLiteral("sync.html"))));
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/manual/ru/sync.html")));
    CHECK(browser->documentTitle() == u"Командный сервер и синхронизация");
    CHECK(manual->windowTitle().startsWith(u"Командный сервер и синхронизация — "));
    grabFor(*manual, QStringLiteral("manual-ru-sync.png"));
}

TEST_CASE("manual_everyLinkAndPicture_pointsIntoTheManual")
{
    const QString root = QStringLiteral(":/manual");
    const QStringList pages = manualFiles(root, QStringLiteral("*.html"));
    REQUIRE(pages.size() >= 2);
    const QRegularExpression ref(QStringLiteral(R"re((?:href|src)="([^"]*)")re"));
    QSet<QString> used;
    QStringList broken;
    for (const QString &page : pages) {
        const QString html = readResource(root + u'/' + page);
        REQUIRE_FALSE(html.isEmpty());
        const QUrl base = QUrl(QStringLiteral("qrc:/manual/")).resolved(QUrl(page));
        for (auto m = ref.globalMatch(html); m.hasNext();) {
            const QString target = m.next().captured(1);
            if (target.startsWith(u"https://") || target.startsWith(u"mailto:"))
                continue;
            const QUrl url = base.resolved(QUrl(target));
            const QString file = u':' + url.path();
            used << file;
            if (!QFile::exists(file)) {
                broken << page + QStringLiteral(": ") + target;
                continue;
            }
            if (url.hasFragment() && !readResource(file).contains(
                                         QStringLiteral("id=\"%1\"").arg(url.fragment())))
                broken << page + QStringLiteral(": ") + target + QStringLiteral(" (no anchor)");
        }
    }
    INFO(broken.join(u'\n').toStdString());
    CHECK(broken.isEmpty());

    // Every picture and the style sheet are shown somewhere: nothing ships unused.
    QStringList unused;
    for (const QString &file : manualFiles(root, QStringLiteral("*.png")) +
                                   manualFiles(root, QStringLiteral("*.css")))
        if (!used.contains(root + u'/' + file))
            unused << file;
    INFO(unused.join(u'\n').toStdString());
    CHECK(unused.isEmpty());
}

TEST_CASE("manual_resource_holdsEveryFileOfTheManualFolder")
{
    // docs/manual/manual.cmake lists the files by hand; a page or picture left out of it would
    // be missing from the application.
    const QString source = QStringLiteral(VORONKA_MANUAL_DIR);
    QStringList onDisk = manualFiles(source, QStringLiteral("*.html")) +
                         manualFiles(source, QStringLiteral("*.png")) +
                         manualFiles(source, QStringLiteral("*.css"));
    QStringList inResource = manualFiles(QStringLiteral(":/manual"), QStringLiteral("*"));
    onDisk.sort();
    CHECK(onDisk == inResource);
    // The two languages have the same pages and pictures.
    QStringList en, ru;
    for (const QString &f : inResource) {
        if (f.startsWith(u"en/"))
            en << f.mid(3);
        else if (f.startsWith(u"ru/"))
            ru << f.mid(3);
    }
    CHECK(en == ru);
    CHECK(Ui::ManualWindow::languageOf(QLocale(QLocale::Russian)) == u"ru");
    CHECK(Ui::ManualWindow::languageOf(QLocale(QLocale::German)) == u"en");
}
