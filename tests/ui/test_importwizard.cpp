// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/consistency.h"
#include "support/wait.h"
#include "uifixture.h"

#include "core/services/admin.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/storage/sqlite.h"
#include "ui/deals/dealsworkspace.h"
#include "ui/importwizard/importhistorydialog.h"
#include "ui/importwizard/importwizard.h"
#include "ui/lists/recordlistworkspace.h"
#include "ui/mainwindow/fileactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "ui/startup/translations.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUrl>

using namespace Voronka;
using Core::EntityKind;
using Voronka::Test::UiFixture;
using Voronka::Test::waitUntil;

namespace {

Ui::WorkspaceRegistry registry()
{
    Ui::WorkspaceRegistry r;
    Ui::RecordListWorkspace::registerIn(r);
    Ui::DealsWorkspace::registerIn(r);
    return r;
}

template<typename T> T *child(QWidget *w, const QString &name)
{
    T *c = w->findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(c);
    return c;
}

void click(QWidget *w, const QString &button)
{
    auto *b = child<QPushButton>(w, button);
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

// A CSV as Russian Excel saves it: windows-1251, semicolons, CRLF.
QByteArray russianCsv()
{
    QStringEncoder cp1251("windows-1251");
    const QString text =
        QStringLiteral("Имя;Телефон;Email;Компания;Роль\r\n"
                       "Иван Петров;8 912 345-67-89;ivan@example.com;Ромашка;директор\r\n"
                       "Плохой Телефон;abc;;;\r\n"
                       "Анна Смирнова;;anna@example.com;;бухгалтер\r\n");
    QByteArray bytes = cp1251(text);
    REQUIRE(!cp1251.hasError());
    return bytes;
}

qint64 count(Core::Session &s, const char *sql)
{
    Core::Query q = s.sql().prepare(QString::fromUtf8(sql));
    return q->step() ? q->int64(0) : -1;
}

// The records a user sees (not in the recycle bin), with their fields.
QString liveRecords(Core::Session &s)
{
    QString out;
    for (const char *sql :
         {"SELECT id, name, position, phones, emails, company_id FROM contacts WHERE deleted = 0 "
          "ORDER BY id",
          "SELECT id, name FROM companies WHERE deleted = 0 ORDER BY id"}) {
        Core::Query q = s.sql().prepare(QString::fromLatin1(sql));
        while (q->step()) {
            for (int c = 0; c < q->columnCount(); ++c)
                out += q->value(c).toString() + u'|';
            out += u'\n';
        }
    }
    return out;
}

void waitIdle(Ui::ImportWizard *wizard)
{
    REQUIRE(waitUntil([&] { return !wizard->isBusy(); }));
    Test::flushEvents();
}

} // namespace

TEST_CASE("importWizard_csvInWindows1251_endToEnd_andUndoneFromTheEditMenu", "[importwizard]")
{
    UiFixture t;
    t.addContact(QStringLiteral("Старый контакт"));
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("клиенты.csv"), russianCsv());
    const Ui::WorkspaceRegistry r = registry();
    Ui::MainWindow w(*t.admin, t.clock, r);
    w.show();
    REQUIRE(w.showSection(QStringLiteral("contacts")));
    const QString records = liveRecords(*t.admin);
    const QString dump = Test::canonicalDump(*t.db);

    Ui::ImportWizard *wizard = w.openImportWizard(EntityKind::Contact, csv);
    REQUIRE(wizard);
    waitIdle(wizard);
    CHECK(wizard->step() == Ui::ImportWizard::FileStep);
    auto *preview = child<QTableWidget>(wizard, QStringLiteral("importPreview"));
    CHECK(preview->rowCount() == 3);
    CHECK(preview->horizontalHeaderItem(0)->text() == QStringLiteral("Имя"));
    CHECK(preview->item(0, 0)->text() == QStringLiteral("Иван Петров"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("importEncoding"))->currentText() ==
          QStringLiteral("windows-1251"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("importDelimiter"))->currentData().toChar() ==
          u';');
    CHECK(child<QLabel>(wizard, QStringLiteral("importDetected"))
              ->text()
              .contains(QStringLiteral("windows-1251")));
    CHECK(!child<QComboBox>(wizard, QStringLiteral("importKind"))->isEnabled()); // preset

    // Read as another encoding, the preview changes; back to the detected one.
    auto *encoding = child<QComboBox>(wizard, QStringLiteral("importEncoding"));
    encoding->setCurrentIndex(encoding->findData(QByteArray("KOI8-R")));
    waitIdle(wizard);
    CHECK(preview->horizontalHeaderItem(0)->text() != QStringLiteral("Имя"));
    encoding->setCurrentIndex(encoding->findData(QByteArray("windows-1251")));
    waitIdle(wizard);
    CHECK(preview->horizontalHeaderItem(0)->text() == QStringLiteral("Имя"));

    click(wizard, QStringLiteral("importNext"));
    CHECK(wizard->step() == Ui::ImportWizard::MappingStep);
    auto target = [&](int c) {
        return child<QComboBox>(wizard, QStringLiteral("importTarget_%1").arg(c));
    };
    CHECK(target(0)->currentData().toString() == QStringLiteral("name"));
    CHECK(target(1)->currentData().toString() == QStringLiteral("phones"));
    CHECK(target(2)->currentData().toString() == QStringLiteral("emails"));
    CHECK(target(3)->currentData().toString() == QStringLiteral("company"));
    CHECK(target(4)->currentData().toString().isEmpty()); // "Роль": skipped
    target(4)->setCurrentIndex(target(4)->findData(QStringLiteral("position")));

    click(wizard, QStringLiteral("importNext"));
    CHECK(wizard->step() == Ui::ImportWizard::OptionsStep);
    child<QLineEdit>(wizard, QStringLiteral("importTag"))->setText(QStringLiteral("из файла"));

    click(wizard, QStringLiteral("importNext")); // Check
    waitIdle(wizard);
    CHECK(wizard->step() == Ui::ImportWizard::CheckStep);
    CHECK(wizard->report().created == 2);
    CHECK(wizard->report().failed == 1);
    CHECK(child<QLabel>(wizard, QStringLiteral("importCounts"))
              ->text()
              .startsWith(QStringLiteral("New: 2 ")));
    auto *errors = child<QTableWidget>(wizard, QStringLiteral("importErrors"));
    REQUIRE(errors->rowCount() == 1);
    CHECK(errors->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(errors->item(0, 1)->text() == QStringLiteral("Телефон"));
    CHECK(errors->item(0, 2)->text() == QStringLiteral("abc"));
    CHECK(errors->item(0, 3)->text().contains(QStringLiteral("phone")));
    CHECK(Test::canonicalDump(*t.db) == dump); // the check writes nothing

    click(wizard, QStringLiteral("importNext")); // Import
    waitIdle(wizard);
    CHECK(wizard->step() == Ui::ImportWizard::ResultStep);
    CHECK(wizard->report().created == 2);
    CHECK(wizard->report().batchId > 0);
    CHECK(child<QLabel>(wizard, QStringLiteral("importResultCounts"))
              ->text()
              .startsWith(QStringLiteral("Created: 2 ")));
    CHECK(count(*t.admin, "SELECT count(*) FROM contacts WHERE deleted = 0") == 3);
    CHECK(count(*t.admin, "SELECT count(*) FROM contacts WHERE position = 'директор'") == 1);
    CHECK(count(*t.admin, "SELECT count(*) FROM companies WHERE name = 'Ромашка'") == 1);

    const QString failed = dir.filePath(QStringLiteral("failed.csv"));
    CHECK(wizard->saveFailedRowsTo(failed).isEmpty());
    QFile f(failed);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(f.readAll());
    CHECK(saved.contains(QStringLiteral("Плохой Телефон")));
    CHECK(saved.contains(QStringLiteral("row 3")));

    // The whole import is one step of the contacts' undo stack.
    auto *undo = child<QAction>(&w, QStringLiteral("actionUndo"));
    Test::flushEvents();
    REQUIRE(undo->isEnabled());
    INFO(undo->text().toStdString());
    // "contact(s)" reads "contacts" through the English catalogue, which the tests do not load.
    CHECK(undo->text().startsWith(QStringLiteral("Undo Import of 2 contact")));
    undo->trigger();
    Test::flushEvents();
    CHECK(liveRecords(*t.admin) == records);
    CHECK(!child<QAction>(&w, QStringLiteral("actionRedo"))->isEnabled()); // no redo
    Test::requireConsistent(*t.db);

    Ui::ImportHistoryDialog *history = w.openImportHistory();
    auto *table = child<QTableWidget>(history, QStringLiteral("importHistoryTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("клиенты.csv"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("Undone"));
    CHECK(!child<QPushButton>(history, QStringLiteral("importHistoryUndo"))->isEnabled());
}

TEST_CASE("importHistory_undoImport_sendsTheBatchBack", "[importwizard]")
{
    UiFixture t;
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("c.csv"),
                                  "Name,Email\nBoris,boris@example.com\nVera,vera@example.com\n");
    const Ui::WorkspaceRegistry r = registry();
    Ui::MainWindow w(*t.admin, t.clock, r);
    const QString records = liveRecords(*t.admin);
    Ui::ImportWizard *wizard = w.openImportWizard(EntityKind::None, csv);
    waitIdle(wizard);
    CHECK(child<QComboBox>(wizard, QStringLiteral("importKind"))->isEnabled());
    for (int i = 0; i < 4; ++i) {
        click(wizard, QStringLiteral("importNext"));
        waitIdle(wizard);
    }
    REQUIRE(wizard->step() == Ui::ImportWizard::ResultStep);
    CHECK(liveRecords(*t.admin) != records);

    Ui::ImportHistoryDialog *history = w.openImportHistory();
    auto *table = child<QTableWidget>(history, QStringLiteral("importHistoryTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 4)->text() == QStringLiteral("Done"));
    CHECK(table->item(0, 5)->text() == QStringLiteral("2"));
    click(history, QStringLiteral("importHistoryUndo"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("Undone"));
    CHECK(liveRecords(*t.admin) == records);
}

TEST_CASE("importWizard_xlsxAndVCard_previewShowsSheetAndCards", "[importwizard]")
{
    UiFixture t;
    QTemporaryDir dir;
    Ui::ImportWizard xlsx(*t.admin, EntityKind::Contact,
                          QStringLiteral(VORONKA_TEST_DATA_DIR "/import/workbook.xlsx"));
    waitIdle(&xlsx);
    auto *sheet = child<QComboBox>(&xlsx, QStringLiteral("importSheet"));
    REQUIRE(sheet->count() == 2);
    CHECK(sheet->currentText() == QStringLiteral("Contacts"));
    CHECK(child<QComboBox>(&xlsx, QStringLiteral("importFormat"))->currentData().toInt() ==
          int(Core::ImportFormat::Xlsx));
    CHECK(child<QTableWidget>(&xlsx, QStringLiteral("importPreview"))->rowCount() > 0);
    sheet->setCurrentIndex(1);
    waitIdle(&xlsx);
    CHECK(sheet->currentText() == QStringLiteral("Deals"));

    const QString vcf = writeFile(dir, QStringLiteral("phone.vcf"),
                                  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Олег Котов\r\n"
                                  "N:Котов;Олег;;;\r\nTEL;TYPE=CELL:+7 900 111-22-33\r\n"
                                  "EMAIL:oleg@example.com\r\nEND:VCARD\r\n");
    Ui::ImportWizard card(*t.admin, EntityKind::Contact, vcf);
    waitIdle(&card);
    auto *preview = child<QTableWidget>(&card, QStringLiteral("importPreview"));
    REQUIRE(preview->rowCount() == 1);
    CHECK(child<QComboBox>(&card, QStringLiteral("importDelimiter"))->isEnabled() == false);
    click(&card, QStringLiteral("importNext"));
    bool named = false;
    for (int c = 0; c < preview->columnCount(); ++c)
        if (auto *combo = card.findChild<QComboBox *>(QStringLiteral("importTarget_%1").arg(c)))
            named = named || combo->currentData().toString().startsWith(QStringLiteral("name"));
    CHECK(named);
}

TEST_CASE("importAction_roleWithoutTheImportRight_isDisabledWithTheReason", "[importwizard]")
{
    UiFixture t;
    Core::Admin a(*t.admin);
    const qint64 role =
        *a.createRole(QStringLiteral("Sales"), Core::RoleMatrix::filled(Core::Scope::All));
    auto sales = t.sessionFor(t.addUser(QStringLiteral("sales@example.com"), role));
    const Ui::WorkspaceRegistry r = registry();
    Ui::MainWindow w(*sales, t.clock, r);
    auto *import = child<QAction>(&w, QStringLiteral("actionImport"));
    CHECK(!import->isEnabled());
    CHECK(import->toolTip() == Ui::FileActions::importRefusal());
    CHECK(!child<QAction>(&w, QStringLiteral("actionImportHistory"))->isEnabled());
    CHECK(!w.acceptDrops());
    CHECK(w.openImportWizard(EntityKind::Contact) == nullptr);

    Ui::MainWindow adminWindow(*t.admin, t.clock, r);
    CHECK(child<QAction>(&adminWindow, QStringLiteral("actionImport"))->isEnabled());
    CHECK(adminWindow.acceptDrops());
}

// Renders every step in English and Russian, light and dark, into $VORONKA_SHOTS (hidden:
// run with "[.screenshots]" to look at the wizard).
TEST_CASE("importWizard_screenshots", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("VORONKA_SHOTS", QDir::tempPath());
    const QLocale saved;
    QDir().mkpath(out);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru")})
        for (const auto mode : {Ui::Theme::Mode::Light, Ui::Theme::Mode::Dark}) {
            std::unique_ptr<QTranslator> tr;
            if (lang == u"ru") {
                tr = Ui::Translations::catalogue(lang);
                REQUIRE(tr);
                QCoreApplication::installTranslator(tr.get());
                QLocale::setDefault(QLocale(QLocale::Russian));
            }
            Ui::Theme::apply(*qApp, mode);
            UiFixture t;
            QTemporaryDir dir;
            const QString csv = writeFile(dir, QStringLiteral("клиенты.csv"), russianCsv());
            Ui::ImportWizard wizard(*t.admin, EntityKind::Contact, csv);
            wizard.resize(900, 620);
            wizard.show();
            const QString prefix =
                QStringLiteral("%1/import-%2-%3-")
                    .arg(out, lang,
                         mode == Ui::Theme::Mode::Dark ? QStringLiteral("dark")
                                                       : QStringLiteral("light"));
            const auto shoot = [&](int step) {
                REQUIRE(
                    wizard.grab().save(prefix + QString::number(step) + QStringLiteral(".png")));
            };
            for (int step = 1; step <= 4; ++step) {
                waitIdle(&wizard);
                shoot(step);
                click(&wizard, QStringLiteral("importNext"));
            }
            // The import as it starts: its end cannot arrive before the events are delivered.
            wizard.grab();
            shoot(5);
            waitIdle(&wizard);
            shoot(6);
            auto *history = new Ui::ImportHistoryDialog(*t.admin);
            history->show();
            Test::flushEvents();
            REQUIRE(history->grab().save(prefix + QStringLiteral("history.png")));
            delete history;
            if (tr)
                QCoreApplication::removeTranslator(tr.get());
            QLocale::setDefault(saved);
        }
    Ui::Theme::apply(*qApp, Ui::Theme::Mode::Light);
}

TEST_CASE("mainWindow_fileDropped_opensTheWizardForTheSectionsKind", "[importwizard]")
{
    UiFixture t;
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("companies.csv"), "Name\nРомашка\n");
    const QString other = writeFile(dir, QStringLiteral("notes.pdf"), "%PDF");
    const Ui::WorkspaceRegistry r = registry();
    Ui::MainWindow w(*t.admin, t.clock, r);
    REQUIRE(w.showSection(QStringLiteral("companies")));
    auto drop = [&](const QString &path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent event(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &event);
        return true;
    };
    CHECK(!drop(other));
    CHECK(!w.importWizard());
    REQUIRE(drop(csv));
    Ui::ImportWizard *wizard = w.importWizard();
    REQUIRE(wizard);
    CHECK(wizard->kind() == EntityKind::Company);
    waitIdle(wizard);
    CHECK(child<QTableWidget>(wizard, QStringLiteral("importPreview"))->rowCount() == 1);
}

TEST_CASE("contactsSection_importButton_opensTheWizardForContacts", "[importwizard]")
{
    UiFixture t;
    const Ui::WorkspaceRegistry r = registry();
    Ui::MainWindow w(*t.admin, t.clock, r);
    REQUIRE(w.showSection(QStringLiteral("contacts")));
    auto *button = child<QToolButton>(&w, QStringLiteral("contactsImport"));
    CHECK(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    Ui::ImportWizard *wizard = w.importWizard();
    REQUIRE(wizard);
    CHECK(wizard->kind() == EntityKind::Contact);
    wizard->close();

    // A role without the import right sees it disabled, with the reason.
    const qint64 role = *Core::Admin(*t.admin).createRole(
        QStringLiteral("Sales"), Core::RoleMatrix::filled(Core::Scope::All));
    auto sales = t.sessionFor(t.addUser(QStringLiteral("sales@example.com"), role));
    Ui::MainWindow salesWindow(*sales, t.clock, r);
    REQUIRE(salesWindow.showSection(QStringLiteral("companies")));
    auto *refused = child<QToolButton>(&salesWindow, QStringLiteral("companiesImport"));
    CHECK_FALSE(refused->isEnabled());
    CHECK(refused->toolTip() == Ui::FileActions::importRefusal());
}

TEST_CASE("dealsSection_importButton_opensTheWizardForDealsOnTheBoardAndTheList", "[importwizard]")
{
    UiFixture t;
    const Ui::WorkspaceRegistry r = registry();
    Ui::MainWindow w(*t.admin, t.clock, r);
    for (const QString &page : {QStringLiteral("deals/board"), QStringLiteral("deals/list")}) {
        INFO(page.toStdString());
        REQUIRE(w.showSection(page));
        // One button, in the header of the page shown.
        const QList<QToolButton *> buttons =
            w.findChildren<QToolButton *>(QStringLiteral("dealsImport"));
        REQUIRE(buttons.size() == 1);
        QToolButton *button = buttons.first();
        CHECK_FALSE(button->isHidden());
        CHECK(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        Ui::ImportWizard *wizard = w.importWizard();
        REQUIRE(wizard);
        CHECK(wizard->kind() == EntityKind::Deal);
        wizard->close();
    }

    // A role without the import right sees it disabled, with the reason.
    const qint64 role = *Core::Admin(*t.admin).createRole(
        QStringLiteral("Sales"), Core::RoleMatrix::filled(Core::Scope::All));
    auto sales = t.sessionFor(t.addUser(QStringLiteral("sales@example.com"), role));
    Ui::MainWindow salesWindow(*sales, t.clock, r);
    REQUIRE(salesWindow.showSection(QStringLiteral("deals")));
    auto *refused = child<QToolButton>(&salesWindow, QStringLiteral("dealsImport"));
    CHECK_FALSE(refused->isEnabled());
    CHECK(refused->toolTip() == Ui::FileActions::importRefusal());
    QTest::mouseClick(refused, Qt::LeftButton);
    CHECK_FALSE(salesWindow.importWizard());
}

TEST_CASE("importWizard_aRememberedMappingIsOfferedForTheNextFile", "[importwizard]")
{
    UiFixture t;
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("клиенты.csv"), russianCsv());
    const auto toMapping = [&](Ui::ImportWizard &wizard) {
        waitIdle(&wizard);
        click(&wizard, QStringLiteral("importNext"));
        REQUIRE(wizard.step() == Ui::ImportWizard::MappingStep);
    };
    // The combo in the table now (one replaced by a new mapping is deleted later).
    const auto target = [&](Ui::ImportWizard &wizard, int c) {
        auto *combo = qobject_cast<QComboBox *>(
            child<QTableWidget>(&wizard, QStringLiteral("importMapping"))->cellWidget(c, 2));
        REQUIRE(combo);
        return combo;
    };
    {
        Ui::ImportWizard first(*t.admin, EntityKind::Contact, csv);
        toMapping(first);
        auto *saved = child<QComboBox>(&first, QStringLiteral("importSavedMapping"));
        CHECK_FALSE(saved->isEnabled()); // nothing saved yet
        CHECK(target(first, 4)->currentData().toString().isEmpty()); // "Роль": skipped
        target(first, 4)->setCurrentIndex(target(first, 4)->findData(QStringLiteral("position")));
        CHECK(first.rememberMapping(QStringLiteral("Выставка")).isEmpty());
        CHECK(saved->isEnabled());
        CHECK(saved->currentText() == QStringLiteral("Выставка"));
    }
    // The next file of the kind: offered, and picking it maps "Роль" as remembered.
    Ui::ImportWizard next(*t.admin, EntityKind::Contact, csv);
    toMapping(next);
    auto *saved = child<QComboBox>(&next, QStringLiteral("importSavedMapping"));
    REQUIRE(saved->count() == 2);
    CHECK(saved->itemText(1) == QStringLiteral("Выставка"));
    CHECK(target(next, 4)->currentData().toString().isEmpty());
    saved->setCurrentIndex(1);
    emit saved->activated(1);
    CHECK(target(next, 4)->currentData().toString() == QStringLiteral("position"));
    CHECK(target(next, 0)->currentData().toString() == QStringLiteral("name"));

    // Without the import right nothing can be remembered.
    const qint64 role = *Core::Admin(*t.admin).createRole(
        QStringLiteral("Sales"), Core::RoleMatrix::filled(Core::Scope::All));
    auto sales = t.sessionFor(t.addUser(QStringLiteral("sales@example.com"), role));
    Ui::ImportWizard theirs(*sales, EntityKind::Contact, csv);
    CHECK_FALSE(child<QPushButton>(&theirs, QStringLiteral("importRememberMapping"))->isEnabled());
    CHECK_FALSE(theirs.rememberMapping(QStringLiteral("Моя")).isEmpty());
}
