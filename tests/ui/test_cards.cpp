// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardfixture.h"
#include "support/catch.h"
#include "support/wait.h"

#include "ui/board/boardcolumnmodel.h"
#include "ui/board/boardview.h"
#include "ui/board/cardlist.h"
#include "ui/cards/cardeditor.h"
#include "ui/cards/cardhost.h"
#include "ui/cards/cardtimeline.h"
#include "ui/cards/recordpicker.h"
#include "ui/deals/dealsworkspace.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "core/services/admin.h"
#include "core/services/merge.h"
#include "core/services/notes.h"
#include "core/services/records.h"
#include "ui/settings/fieldsetupdialog.h"
#include "core/tasks/taskquery.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Voronka;
using Voronka::Test::BoardFixture;
using Voronka::Test::flushEvents;
using Voronka::Test::typeText;

namespace {
const QDate kToday(2026, 3, 2);

qint64 addField(BoardFixture &t, const QString &name, Core::FieldType type,
                const QStringList &options = {}, qint64 requiredFrom = 0, bool readOnly = false,
                const QString &group = {})
{
    Core::FieldDef def;
    def.kind = Core::EntityKind::Deal;
    def.name = name;
    def.type = type;
    def.options = options;
    def.group = group;
    def.requiredFromStageId = requiredFrom;
    def.readOnly = readOnly;
    Core::Result<qint64> id = Core::Admin(*t.admin).createFieldDef(def);
    REQUIRE(id.ok());
    return *id;
}

std::unique_ptr<Ui::CardEditor> openCard(Core::Session &s, Core::EntityKind kind, qint64 id)
{
    auto card = std::make_unique<Ui::CardEditor>(s, kind, id, kToday);
    card->resize(1300, 900);
    card->show();
    if (!Test::waitExposed(card.get()))
        return {};
    return card;
}

template<typename W> W *child(QWidget *parent, const QString &name)
{
    W *w = parent->findChild<W *>(name);
    REQUIRE(w);
    return w;
}

void click(QWidget *parent, const QString &name)
{
    auto *b = child<QAbstractButton>(parent, name);
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

void replaceText(QLineEdit *e, const QString &text)
{
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Delete);
    typeText(e, text);
}

// Runs `act` on the modal dialog a following exec() opens.
void whenModal(std::function<void(QWidget *)> act)
{
    QTimer::singleShot(0, qApp, [act] {
        QWidget *modal = QApplication::activeModalWidget();
        REQUIRE(modal);
        act(modal);
    });
}

Core::Record load(BoardFixture &t, qint64 deal)
{
    return *Core::Records(*t.admin).load(Core::EntityKind::Deal, deal);
}
} // namespace

TEST_CASE("cardEditor_eachFieldType_validatesBesideTheFieldAndSavesToCore")
{
    BoardFixture t;
    using T = Core::FieldType;
    const qint64 text = addField(t, QStringLiteral("Text"), T::Text);
    const qint64 area = addField(t, QStringLiteral("Area"), T::TextArea);
    const qint64 number = addField(t, QStringLiteral("Seats"), T::Number);
    const qint64 money = addField(t, QStringLiteral("Fee"), T::Money);
    const qint64 flag = addField(t, QStringLiteral("Urgent"), T::Flag);
    const qint64 date = addField(t, QStringLiteral("Start"), T::Date);
    const qint64 dateTime = addField(t, QStringLiteral("Demo"), T::DateTime);
    const qint64 select = addField(t, QStringLiteral("Plan"), T::Select,
                                   {QStringLiteral("Basic"), QStringLiteral("Pro")});
    const qint64 multi = addField(t, QStringLiteral("Modules"), T::MultiSelect,
                                  {QStringLiteral("CRM"), QStringLiteral("Mail")});
    const qint64 url = addField(t, QStringLiteral("Site"), T::Url);
    const qint64 phone = addField(t, QStringLiteral("Hotline"), T::Phone);
    const qint64 email = addField(t, QStringLiteral("Billing"), T::Email);
    const qint64 address = addField(t, QStringLiteral("Office"), T::Address);
    const qint64 birthday = addField(t, QStringLiteral("Birthday"), T::Birthday);
    const qint64 legal = addField(t, QStringLiteral("Legal"), T::LegalEntity);
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 5000, 1);
    auto card = openCard(*t.admin, Core::EntityKind::Deal, deal);
    REQUIRE(card);
    auto field = [&](qint64 id) {
        return QStringLiteral("field_%1").arg(id);
    };
    auto errorOf = [&](qint64 id) {
        return child<QLabel>(card.get(), QStringLiteral("cardError_cf.%1").arg(id));
    };

    // Each invalid value: Save is refused, core's message shows beside that field, nothing
    // is written; fixing it clears the message on the next save.
    struct Bad
    {
        qint64 id;
        QString input;
        QString fix;
    };
    const QList<Bad> bad{{number, QStringLiteral("many"), QStringLiteral("12")},
                         {money, QStringLiteral("lots"), QStringLiteral("1500.50")},
                         {url, QStringLiteral("not a site"), QStringLiteral("https://example.com")},
                         {phone, QStringLiteral("12"), QStringLiteral("+7 912 345-67-89")},
                         {email, QStringLiteral("nobody"), QStringLiteral("pay@example.com")},
                         {text, QString(1001, u'x'), QStringLiteral("Hello")},
                         {address, QString(1001, u'y'), QStringLiteral("Moscow, Tverskaya 1")}};
    for (const Bad &b : bad) {
        auto *e = child<QLineEdit>(card.get(), field(b.id));
        replaceText(e, b.input);
        CHECK_FALSE(card->save());
        CHECK(errorOf(b.id)->isVisible());
        CHECK(errorOf(b.id)->text().contains(t.admin->fieldDef(b.id)->name));
        CHECK_FALSE(load(t, deal).contains(QStringLiteral("cf.%1").arg(b.id)));
        replaceText(e, b.fix);
    }
    // A text area's limit, and a legal entity without its name.
    auto *areaEdit = child<QPlainTextEdit>(card.get(), field(area));
    areaEdit->setPlainText(QString(20001, u'z'));
    CHECK_FALSE(card->save());
    CHECK(errorOf(area)->isVisible());
    areaEdit->setPlainText(QStringLiteral("Two\nlines"));
    auto *legalBox = child<QWidget>(card.get(), field(legal));
    typeText(child<QLineEdit>(legalBox, QStringLiteral("legalTaxId")),
             QStringLiteral("7701234567"));
    CHECK_FALSE(card->save());
    CHECK(errorOf(legal)->text().contains(QStringLiteral("Legal")));
    typeText(child<QLineEdit>(legalBox, QStringLiteral("legalName")), QStringLiteral("Alpha LLC"));

    auto *urgent = child<QCheckBox>(card.get(), field(flag));
    QTest::mouseClick(urgent, Qt::LeftButton, {}, QPoint(8, urgent->height() / 2));
    child<QDateEdit>(card.get(), field(date))->setDate(QDate(2026, 4, 1));
    child<QDateTimeEdit>(card.get(), field(dateTime))
        ->setDateTime(QDateTime(QDate(2026, 4, 2), QTime(15, 30)));
    auto *plan = child<QComboBox>(card.get(), field(select));
    plan->setCurrentIndex(plan->findData(QStringLiteral("Pro")));
    auto *modules = child<QListWidget>(card.get(), field(multi));
    modules->item(1)->setCheckState(Qt::Checked);
    child<QDateEdit>(card.get(), field(birthday))->setDate(QDate(1990, 5, 17));
    auto *currency = child<QComboBox>(card.get(), QStringLiteral("fieldCurrency_%1").arg(money));
    CHECK(currency->currentData().toString() == u"RUB"); // the default
    currency->setFocus();
    QTest::keyClick(currency, Qt::Key_Down); // USD
    QTest::keyClick(currency, Qt::Key_Down); // EUR

    QTest::keyClick(card.get(), Qt::Key_S, Qt::ControlModifier); // Save
    CHECK_FALSE(card->isModified());
    const Core::Record r = load(t, deal);
    auto cf = [&](qint64 id) {
        return r.value(QStringLiteral("cf.%1").arg(id));
    };
    CHECK(cf(text).toString() == u"Hello");
    CHECK(cf(area).toString() == u"Two\nlines");
    CHECK(cf(number).toDouble() == 12.0);
    CHECK(cf(money).toMap().value(QStringLiteral("amount")).toLongLong() == 150050);
    CHECK(cf(money).toMap().value(QStringLiteral("currency")).toString() == u"EUR");
    CHECK(cf(flag).toBool());
    CHECK(cf(date).toString() == u"2026-04-01");
    CHECK(cf(dateTime).toLongLong() ==
          QDateTime(QDate(2026, 4, 2), QTime(15, 30)).toMSecsSinceEpoch());
    CHECK(cf(select).toString() == u"Pro");
    CHECK(cf(multi).toStringList() == QStringList{QStringLiteral("Mail")});
    CHECK(cf(url).toString() == u"https://example.com");
    CHECK(cf(phone).toString() == u"+7 912 345-67-89");
    CHECK(cf(email).toString() == u"pay@example.com");
    CHECK(cf(address).toString() == u"Moscow, Tverskaya 1");
    CHECK(cf(birthday).toString() == u"1990-05-17");
    CHECK(cf(legal).toMap().value(QStringLiteral("name")).toString() == u"Alpha LLC");
    CHECK(cf(legal).toMap().value(QStringLiteral("taxId")).toString() == u"7701234567");
    for (qint64 id : {number, money, url, phone, email, text, address, area, legal})
        CHECK_FALSE(errorOf(id)->isVisible());
}

TEST_CASE("cardEditor_headerFields_saveInOneUpdate")
{
    BoardFixture t;
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 5000, 1);
    auto card = openCard(*t.admin, Core::EntityKind::Deal, deal);
    REQUIRE(card);
    replaceText(child<QLineEdit>(card.get(), QStringLiteral("cardName")), QStringLiteral("Beta"));
    replaceText(child<QLineEdit>(card.get(), QStringLiteral("cardBudget")),
                QStringLiteral("1 250,75"));
    replaceText(child<QLineEdit>(card.get(), QStringLiteral("cardTags")),
                QStringLiteral("VIP, Опт"));
    replaceText(child<QLineEdit>(card.get(), QStringLiteral("cardSource")),
                QStringLiteral("Website"));
    const qint64 updatesBefore = t.db->sql().scalar("SELECT count(*) FROM outbox WHERE op = 2");
    click(card.get(), QStringLiteral("cardSave"));
    const Core::Record r = load(t, deal);
    CHECK(r.value(QStringLiteral("name")).toString() == u"Beta");
    CHECK(r.value(QStringLiteral("budget")).toLongLong() == 125075);
    CHECK(r.value(QStringLiteral("tags")).toStringList() ==
          QStringList{QStringLiteral("VIP"), QStringLiteral("Опт")});
    CHECK(r.value(QStringLiteral("source")).toString() == u"Website");
    CHECK(t.db->sql().scalar("SELECT count(*) FROM outbox WHERE op = 2") == updatesBefore + 1);
    CHECK(card->title() == u"Beta");
}

TEST_CASE("cardEditor_readOnlyField_isShownButNotEditable")
{
    BoardFixture t;
    const qint64 ro =
        addField(t, QStringLiteral("External id"), Core::FieldType::Text, {}, 0, true);
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 5000, 1);
    auto card = openCard(*t.admin, Core::EntityKind::Deal, deal);
    REQUIRE(card);
    auto *e = child<QLineEdit>(card.get(), QStringLiteral("field_%1").arg(ro));
    CHECK(e->isVisible());
    CHECK(e->isReadOnly());
    QTest::keyClicks(e, "abc");
    CHECK_FALSE(card->isModified());
}

TEST_CASE("cardEditor_stageWithRequiredField_isBlockedUntilFilled")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0), s1 = t.firstOpenStage(1);
    const qint64 seats =
        addField(t, QStringLiteral("Seats"), Core::FieldType::Number, {}, s1, false);
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), s0, 5000, 1);
    auto card = openCard(*t.admin, Core::EntityKind::Deal, deal);
    REQUIRE(card);
    auto *stage = child<QComboBox>(card.get(), QStringLiteral("cardStage"));
    auto *label = child<QLabel>(card.get(), QStringLiteral("cardLabel_cf.%1").arg(seats));
    CHECK_FALSE(label->text().endsWith(u'*'));

    SECTION("cancelling the prompt keeps the stage")
    {
        bool asked = false;
        whenModal([&](QWidget *dialog) {
            asked = dialog->objectName() == u"cardRequiredFieldsDialog";
            click(dialog, QStringLiteral("requiredFieldsOk")); // empty: refused
            CHECK(dialog->isVisible());
            CHECK(child<QLabel>(dialog, QStringLiteral("requiredFieldError_%1").arg(seats))
                      ->isVisible());
            // The complaint takes room of its own: the input keeps its full height.
            flushEvents();
            auto *input = child<QLineEdit>(dialog, QStringLiteral("requiredField_%1").arg(seats));
            CHECK(input->height() >= input->minimumSizeHint().height());
            CHECK(dialog->height() >= dialog->minimumSizeHint().height());
            click(dialog, QStringLiteral("requiredFieldsCancel"));
        });
        stage->setCurrentIndex(stage->findData(s1));
        emit stage->activated(stage->currentIndex());
        CHECK(asked);
        CHECK(stage->currentData().toLongLong() == s0);
        CHECK_FALSE(card->isModified());
    }
    SECTION("a value lets the move through: Save and move saves the card and moves the deal")
    {
        whenModal([&](QWidget *dialog) {
            click(dialog, QStringLiteral("requiredFieldsOk")); // empty first: refused
            typeText(child<QLineEdit>(dialog, QStringLiteral("requiredField_%1").arg(seats)),
                     QStringLiteral("7"));
            click(dialog, QStringLiteral("requiredFieldsOk"));
        });
        stage->setCurrentIndex(stage->findData(s1));
        emit stage->activated(stage->currentIndex());
        CHECK(stage->currentData().toLongLong() == s1);
        CHECK(label->text().endsWith(u'*'));
        CHECK(child<QLineEdit>(card.get(), QStringLiteral("field_%1").arg(seats))->text() == u"7");
        CHECK_FALSE(card->isModified());
        const Core::Record r = load(t, deal);
        CHECK(r.value(QStringLiteral("stage_id")).toLongLong() == s1);
        CHECK(r.value(QStringLiteral("cf.%1").arg(seats)).toDouble() == 7.0);

        // Emptying a field the stage requires is refused by core, beside the field.
        auto *e = child<QLineEdit>(card.get(), QStringLiteral("field_%1").arg(seats));
        replaceText(e, QString());
        CHECK_FALSE(card->save());
        CHECK(child<QLabel>(card.get(), QStringLiteral("cardError_cf.%1").arg(seats))->isVisible());
    }
}

TEST_CASE("cardEditor_ctrlZ_undoesTheLastEditInsideTheCard")
{
    BoardFixture t;
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 5000, 1);
    auto card = openCard(*t.admin, Core::EntityKind::Deal, deal);
    REQUIRE(card);
    auto *name = child<QLineEdit>(card.get(), QStringLiteral("cardName"));
    auto *budget = child<QLineEdit>(card.get(), QStringLiteral("cardBudget"));
    replaceText(name, QStringLiteral("Beta"));
    replaceText(budget, QStringLiteral("99"));
    CHECK(card->isModified());
    budget->setFocus();
    QTest::keyClick(budget, Qt::Key_Z, Qt::ControlModifier);
    CHECK(budget->text() == u"50.00");
    CHECK(name->text() == u"Beta");
    QTest::keyClick(budget, Qt::Key_Z, Qt::ControlModifier); // the card's undo, not the field's
    CHECK(name->text() == u"Alpha");
    CHECK_FALSE(card->isModified());
    card->undoStack()->redo();
    CHECK(name->text() == u"Beta");
    REQUIRE(card->save());
    CHECK(load(t, deal).value(QStringLiteral("name")).toString() == u"Beta");
    CHECK(load(t, deal).value(QStringLiteral("budget")).toLongLong() == 5000);
}

TEST_CASE("cardEditor_ctrlZAfterSave_takesTheSavedChangeBackInTheFileAndRedoesIt")
{
    BoardFixture t;
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 5000, 1);
    auto card = openCard(*t.admin, Core::EntityKind::Deal, deal);
    REQUIRE(card);
    auto *name = child<QLineEdit>(card.get(), QStringLiteral("cardName"));
    replaceText(name, QStringLiteral("Beta"));
    replaceText(child<QLineEdit>(card.get(), QStringLiteral("cardBudget")), QStringLiteral("99"));
    REQUIRE(card->save());
    CHECK(load(t, deal).value(QStringLiteral("name")).toString() == u"Beta");
    CHECK(card->undoStack()->count() == 1); // the save is one step
    name->clearFocus();
    card->setFocus();
    QTest::keyClick(card.get(), Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
    CHECK(load(t, deal).value(QStringLiteral("name")).toString() == u"Alpha");
    CHECK(load(t, deal).value(QStringLiteral("budget")).toLongLong() == 5000);
    CHECK(name->text() == u"Alpha");
    CHECK_FALSE(card->isModified());
    QTest::keyClick(card.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCoreApplication::processEvents();
    CHECK(load(t, deal).value(QStringLiteral("name")).toString() == u"Beta");
    CHECK(load(t, deal).value(QStringLiteral("budget")).toLongLong() == 9900);
    CHECK(name->text() == u"Beta");
    CHECK_FALSE(card->isModified());

    // A colleague renames the deal since: undo refuses the whole record, names it and leaves
    // the colleague's name and the saved budget as they are.
    std::unique_ptr<Core::Session> colleague = t.sessionFor(t.adminId);
    REQUIRE(Core::Records(*colleague)
                .update(Core::EntityKind::Deal, deal, {{QStringLiteral("name"), QStringLiteral("Gamma")}})
                .ok());
    QTest::keyClick(card.get(), Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
    CHECK(load(t, deal).value(QStringLiteral("name")).toString() == u"Gamma");
    CHECK(load(t, deal).value(QStringLiteral("budget")).toLongLong() == 9900);
    CHECK(child<QLabel>(card.get(), QStringLiteral("cardError"))->text().contains(u"Gamma"));
}

TEST_CASE("cardEditor_closeWithUnsavedEdits_asksSaveDiscardCancel")
{
    BoardFixture t;
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 5000, 1);
    auto card = openCard(*t.admin, Core::EntityKind::Deal, deal);
    REQUIRE(card);
    CHECK(card->maybeClose()); // nothing to ask
    replaceText(child<QLineEdit>(card.get(), QStringLiteral("cardName")), QStringLiteral("Beta"));
    auto answer = [](QMessageBox::StandardButton b) {
        whenModal([b](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            REQUIRE(box);
            CHECK(box->objectName() == u"cardCloseQuestion");
            QTest::mouseClick(box->button(b), Qt::LeftButton);
        });
    };
    answer(QMessageBox::Cancel);
    CHECK_FALSE(card->maybeClose());
    CHECK(card->isModified());
    answer(QMessageBox::Save);
    CHECK(card->maybeClose());
    CHECK(load(t, deal).value(QStringLiteral("name")).toString() == u"Beta");
    replaceText(child<QLineEdit>(card.get(), QStringLiteral("cardName")), QStringLiteral("Gamma"));
    answer(QMessageBox::Discard);
    CHECK(card->maybeClose());
    CHECK(load(t, deal).value(QStringLiteral("name")).toString() == u"Beta");
}

TEST_CASE("cardTimeline_pinnedNote_showsFirstAndOwnNoteEdits")
{
    BoardFixture t;
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 5000, 1);
    auto card = openCard(*t.admin, Core::EntityKind::Deal, deal);
    REQUIRE(card);
    Ui::CardTimeline *timeline = card->timeline();
    CHECK(child<QLabel>(timeline, QStringLiteral("timelineEmpty"))->isVisible());
    auto *input = child<QPlainTextEdit>(timeline, QStringLiteral("timelineNoteInput"));
    typeText(input, QStringLiteral("First call"));
    click(timeline, QStringLiteral("timelineAddNote"));
    t.clock.advance(60'000);
    typeText(input, QStringLiteral("Second call"));
    click(timeline, QStringLiteral("timelineAddNote"));
    const qint64 first = t.db->sql().scalar("SELECT id FROM notes WHERE text = 'First call'");
    const qint64 second = t.db->sql().scalar("SELECT id FROM notes WHERE text = 'Second call'");
    REQUIRE(timeline->shownKeys().mid(0, 2) == QStringList{QStringLiteral("note:%1").arg(second),
                                                           QStringLiteral("note:%1").arg(first)});
    CHECK_FALSE(child<QLabel>(timeline, QStringLiteral("timelineEmpty"))->isVisible());

    click(timeline, QStringLiteral("notePin_%1").arg(first));
    CHECK(timeline->shownKeys().first() == QStringLiteral("note:%1").arg(first));
    CHECK_FALSE(child<QLabel>(timeline, QStringLiteral("timelinePinnedHeader"))->isHidden());
    CHECK(Core::Notes(*t.admin).note(first)->pinned);

    click(timeline, QStringLiteral("noteEdit_%1").arg(second));
    auto *editor = child<QPlainTextEdit>(timeline, QStringLiteral("noteEditor_%1").arg(second));
    editor->setPlainText(QStringLiteral("Second call, rescheduled"));
    click(timeline, QStringLiteral("noteSave_%1").arg(second));
    CHECK(Core::Notes(*t.admin).note(second)->text == u"Second call, rescheduled");

    timeline->setFilter(Ui::CardTimeline::Filter::Changes);
    for (const QString &key : timeline->shownKeys())
        CHECK(key.startsWith(QStringLiteral("event:")));
    timeline->setFilter(Ui::CardTimeline::Filter::Notes);
    CHECK(timeline->shownKeys().size() == 2);
}

TEST_CASE("cardTimeline_longHistory_pagesAndRendersChangesInWords")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0), s1 = t.firstOpenStage(1);
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), s0, 5000, 1);
    Core::Records r(*t.admin);
    REQUIRE(r.update(Core::EntityKind::Deal, deal, {{QStringLiteral("stage_id"), s1}}).ok());
    for (int i = 0; i < 30; ++i)
        REQUIRE(r.addNote(Core::EntityKind::Deal, deal, QStringLiteral("Note %1").arg(i)).ok());
    auto card = openCard(*t.admin, Core::EntityKind::Deal, deal);
    REQUIRE(card);
    Ui::CardTimeline *timeline = card->timeline();
    timeline->setPageSize(10);
    timeline->reload();
    CHECK(timeline->shownKeys().size() == 10);
    auto *more = child<QPushButton>(timeline, QStringLiteral("timelineMore"));
    CHECK(more->isVisible());
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(more, Qt::LeftButton);
    CHECK_FALSE(more->isVisible());
    CHECK(timeline->shownKeys().size() == 31);
    const QString last = timeline->shownKeys().last();
    auto *frame = child<QWidget>(timeline, QStringLiteral("entry_") + last);
    const QString text = child<QLabel>(frame, QStringLiteral("entryText"))->text();
    CHECK(text.contains(t.admin->stage(s0)->name));
    CHECK(text.contains(t.admin->stage(s1)->name));
}

TEST_CASE("cardTimeline_addAndCompleteTask_fromTheCard")
{
    BoardFixture t;
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 5000, 1);
    auto card = openCard(*t.admin, Core::EntityKind::Deal, deal);
    REQUIRE(card);
    Ui::CardTimeline *timeline = card->timeline();
    typeText(child<QLineEdit>(timeline, QStringLiteral("timelineTaskText")),
             QStringLiteral("Send the offer"));
    click(timeline, QStringLiteral("timelineAddTask"));
    const qint64 task = t.db->sql().scalar("SELECT id FROM tasks WHERE text = 'Send the offer'");
    REQUIRE(task > 0);
    CHECK(t.db->sql().scalar("SELECT max(entity_id) FROM tasks WHERE text = 'Send the offer'") ==
          deal);
    CHECK(timeline->shownKeys().first() == QStringLiteral("task:%1").arg(task));
    typeText(child<QLineEdit>(timeline, QStringLiteral("taskResult_%1").arg(task)),
             QStringLiteral("Sent"));
    click(timeline, QStringLiteral("taskComplete_%1").arg(task));
    Core::Result<Core::TaskRow> row = Core::TaskQuery(*t.admin).task(task);
    REQUIRE(row.ok());
    CHECK(row->status == Core::TaskStatus::Done);
    CHECK(row->result == u"Sent");
    CHECK_FALSE(timeline->findChild<QWidget *>(QStringLiteral("taskComplete_%1").arg(task)));
    timeline->setFilter(Ui::CardTimeline::Filter::Tasks);
    CHECK(timeline->shownKeys().size() == 2); // created and completed
}

TEST_CASE("cardTimeline_undoMergeButton_asksThenBringsBothRecordsBack")
{
    BoardFixture t;
    Core::Records r(*t.admin);
    const qint64 anna = *r.create(Core::EntityKind::Contact,
                                  {{QStringLiteral("name"), QStringLiteral("Anna Berg")}});
    const qint64 twin =
        *r.create(Core::EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("A. Berg")},
                                              {QStringLiteral("position"), QStringLiteral("CFO")}});
    const Core::Record annaBefore = *r.load(Core::EntityKind::Contact, anna);
    const Core::Record twinBefore = *r.load(Core::EntityKind::Contact, twin);
    Core::Result<Core::MergeSummary> merged =
        Core::Merge(*t.admin).merge({Core::EntityKind::Contact, anna, twin, {}, true, true});
    REQUIRE(merged.ok());
    auto card = openCard(*t.admin, Core::EntityKind::Contact, anna);
    REQUIRE(card);
    auto *position = child<QLineEdit>(card.get(), QStringLiteral("cardPosition"));
    CHECK(position->text() == u"CFO"); // taken from the twin
    QSignalSpy changed(card.get(), &Ui::CardEditor::recordChanged);
    const QString button = QStringLiteral("mergeUndo_%1").arg(merged->mergeId);

    // Asked first: Cancel leaves the merge alone.
    auto answer = [](QMessageBox::StandardButton b) {
        whenModal([b](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            REQUIRE(box);
            CHECK(box->objectName() == u"mergeUndoQuestion");
            CHECK(box->text().contains(u"A. Berg"));
            QTest::mouseClick(box->button(b), Qt::LeftButton);
        });
    };
    answer(QMessageBox::Cancel);
    click(card.get(), button);
    CHECK(r.load(Core::EntityKind::Contact, twin)->value(QStringLiteral("deleted")).toBool());
    answer(QMessageBox::Yes);
    click(card.get(), button);
    CHECK(changed.size() == 1);

    // Both records are back exactly, and the card shows its own values again.
    // (Only when they were written differs.)
    auto values = [&](qint64 id) {
        Core::Record rec = *r.load(Core::EntityKind::Contact, id);
        rec.remove(QStringLiteral("updated_at"));
        return rec;
    };
    Core::Record annaWas = annaBefore, twinWas = twinBefore;
    annaWas.remove(QStringLiteral("updated_at"));
    twinWas.remove(QStringLiteral("updated_at"));
    const Core::Record annaAfter = values(anna), twinAfter = values(twin);
    CHECK(annaAfter == annaWas);
    CHECK(twinAfter == twinWas);
    QCoreApplication::processEvents();
    CHECK(child<QLineEdit>(card.get(), QStringLiteral("cardPosition"))->text().isEmpty());
    CHECK_FALSE(card->isModified());
    CHECK_FALSE(card->findChild<QWidget *>(button)); // undone: nothing left to undo
}

TEST_CASE("cardTimeline_olderMerge_undoIsDisabledAndSaysWhichMergeIsFirst")
{
    BoardFixture t;
    Core::Records r(*t.admin);
    auto contact = [&](const char *name) {
        return *r.create(Core::EntityKind::Contact,
                         {{QStringLiteral("name"), QString::fromUtf8(name)}});
    };
    const qint64 anna = contact("Anna Berg"), twin = contact("A. Berg"), third = contact("Berg A.");
    Core::Merge merge(*t.admin);
    const qint64 first =
        merge.merge({Core::EntityKind::Contact, anna, twin, {}, true, true})->mergeId;
    const qint64 second =
        merge.merge({Core::EntityKind::Contact, anna, third, {}, true, true})->mergeId;
    auto card = openCard(*t.admin, Core::EntityKind::Contact, anna);
    REQUIRE(card);
    auto *older = child<QToolButton>(card.get(), QStringLiteral("mergeUndo_%1").arg(first));
    CHECK_FALSE(older->isEnabled());
    CHECK(older->toolTip().contains(u"Berg A."));
    CHECK(child<QToolButton>(card.get(), QStringLiteral("mergeUndo_%1").arg(second))->isEnabled());
}

TEST_CASE("cardLinks_existingContactBySearch_isLinkedOnSave")
{
    BoardFixture t;
    const qint64 anna = t.addContact(QStringLiteral("Anna Smirnova"));
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 5000, 1);
    auto card = openCard(*t.admin, Core::EntityKind::Deal, deal);
    REQUIRE(card);
    auto *picker = child<QLineEdit>(card.get(), QStringLiteral("cardContactPicker"));
    typeText(picker, QStringLiteral("Smirn"));
    QTest::keyClick(picker, Qt::Key_Return);
    auto *contacts = child<QListWidget>(card.get(), QStringLiteral("cardContacts"));
    REQUIRE(contacts->count() == 1);
    CHECK(contacts->item(0)->text() == u"Anna Smirnova");
    REQUIRE(card->save());
    CHECK(load(t, deal).value(QStringLiteral("contacts")).toList() == QVariantList{anna});
}

TEST_CASE("cardLinks_newContactWithAnExistingPhone_warnsAndOffersTheExisting")
{
    BoardFixture t;
    const qint64 ivan = *Core::Records(*t.admin).create(
        Core::EntityKind::Contact,
        {{QStringLiteral("name"), QStringLiteral("Ivan Petrov")},
         {QStringLiteral("phones"), QStringList{QStringLiteral("+7 912 345-67-89")}}});
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 5000, 1);
    auto card = openCard(*t.admin, Core::EntityKind::Deal, deal);
    REQUIRE(card);
    auto *picker = child<QLineEdit>(card.get(), QStringLiteral("cardContactPicker"));
    typeText(picker, QStringLiteral("I. Petrov"));
    auto *results = child<QListWidget>(card.get(), QStringLiteral("cardContactPickerResults"));
    auto *pickerBox = qobject_cast<Ui::RecordPicker *>(picker->parentWidget());
    REQUIRE(pickerBox);
    pickerBox->search(); // no wait for the typing pause
    REQUIRE(results->count() >= 1);
    // The last row creates a new contact with the typed name.
    QListWidgetItem *create = results->item(results->count() - 1);
    emit results->itemActivated(create);
    CHECK(child<QLineEdit>(card.get(), QStringLiteral("cardNewName"))->text() == u"I. Petrov");
    typeText(child<QLineEdit>(card.get(), QStringLiteral("cardNewPhone")),
             QStringLiteral("8 (912) 345 67 89"));
    const qint64 before = t.db->sql().scalar("SELECT count(*) FROM contacts");
    click(card.get(), QStringLiteral("cardCreate"));
    CHECK(child<QLabel>(card.get(), QStringLiteral("cardDuplicateWarning"))->isVisible());
    auto *dups = child<QListWidget>(card.get(), QStringLiteral("cardDuplicateList"));
    REQUIRE(dups->count() == 1);
    CHECK(t.db->sql().scalar("SELECT count(*) FROM contacts") == before);
    emit dups->itemActivated(dups->item(0));
    REQUIRE(card->save());
    CHECK(load(t, deal).value(QStringLiteral("contacts")).toList() == QVariantList{ivan});
}

TEST_CASE("cardHost_boardDoubleClick_opensOneCardPerDeal")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), s0, 5000, 1);
    Ui::WorkspaceRegistry registry;
    Ui::DealsWorkspace::registerIn(registry);
    Ui::MainWindow w(*t.admin, t.clock, registry);
    w.resize(1600, 900);
    w.show();
    REQUIRE(Test::waitExposed(&w));
    REQUIRE(w.showSection(QStringLiteral("deals")));
    auto *board = static_cast<Ui::DealsWorkspace *>(w.workspace(QStringLiteral("deals")))->board();
    board->setShowClosed(true);
    QCoreApplication::processEvents();
    Ui::CardList *list = Test::cardsOf(*board, s0);
    REQUIRE(list);
    const QPoint at = Test::centerOfRow(list, 0);
    QSignalSpy open(board, &Ui::BoardView::openDealRequested);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at); // selects the card
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    REQUIRE(open.size() == 1);
    CHECK(open.first().first().toLongLong() == deal);
    Ui::CardHost *host = w.cards();
    REQUIRE(host->card(Core::EntityKind::Deal, deal));
    CHECK(host->dock()->isVisible());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    CHECK(host->cards().size() == 1);
    CHECK(host->tabs()->tabText(0) == u"Alpha");

    // A save in the card shows on the board.
    Ui::CardEditor *card = host->card(Core::EntityKind::Deal, deal);
    replaceText(child<QLineEdit>(card, QStringLiteral("cardName")), QStringLiteral("Alpha two"));
    REQUIRE(card->save());
    CHECK(host->tabs()->tabText(0) == u"Alpha two");
    list = Test::cardsOf(*board, s0);
    REQUIRE(list->model()->rowCount() == 1);
    CHECK(list->model()->index(0, 0).data(Qt::DisplayRole).toString() == u"Alpha two");

    w.openRecord(Core::EntityKind::Contact, t.addContact(QStringLiteral("Anna")), {});
    CHECK(host->cards().size() == 2);
    host->detach(host->cards().first());
    CHECK(host->tabs()->count() == 1);
    CHECK(host->cards().first()->window() != &w);
}

TEST_CASE("cardEditor_contactCard_editsStandardFieldsAndLinksACompany")
{
    BoardFixture t;
    const qint64 company = t.addCompany(QStringLiteral("Volga Trading"));
    const qint64 anna = t.addContact(QStringLiteral("Anna"));
    auto card = openCard(*t.admin, Core::EntityKind::Contact, anna);
    REQUIRE(card);
    CHECK_FALSE(card->findChild<QWidget *>(QStringLiteral("cardBudget")));
    replaceText(child<QLineEdit>(card.get(), QStringLiteral("cardPosition")),
                QStringLiteral("CEO"));
    replaceText(child<QLineEdit>(card.get(), QStringLiteral("cardPhones")),
                QStringLiteral("+7 912 000-11-22, +7 495 123-45-67"));
    replaceText(child<QLineEdit>(card.get(), QStringLiteral("cardEmails")),
                QStringLiteral("not-an-email"));
    CHECK_FALSE(card->save());
    CHECK(child<QLabel>(card.get(), QStringLiteral("cardError_emails"))->isVisible());
    replaceText(child<QLineEdit>(card.get(), QStringLiteral("cardEmails")),
                QStringLiteral("anna@example.com"));
    auto *picker = child<QLineEdit>(card.get(), QStringLiteral("cardCompany"));
    typeText(picker, QStringLiteral("Volga"));
    QTest::keyClick(picker, Qt::Key_Return);
    CHECK(child<QPushButton>(card.get(), QStringLiteral("cardCompanyLink"))->text() ==
          u"Volga Trading");
    REQUIRE(card->save());
    const Core::Record r = *Core::Records(*t.admin).load(Core::EntityKind::Contact, anna);
    CHECK(r.value(QStringLiteral("position")).toString() == u"CEO");
    CHECK(r.value(QStringLiteral("phones")).toStringList().size() == 2);
    CHECK(r.value(QStringLiteral("emails")).toStringList() ==
          QStringList{QStringLiteral("anna@example.com")});
    CHECK(r.value(QStringLiteral("company_id")).toLongLong() == company);
}

TEST_CASE("cardEditor_aRecordTheUserMayNotEdit_isReadOnlyWithTheReasonBeforeAnyTyping")
{
    BoardFixture t;
    // Managers see the shared client base and edit their own clients.
    Core::RoleMatrix m = Core::RoleMatrix::filled(Core::Scope::Own);
    m.set(Core::PermEntity::Contact, Core::PermAction::View, Core::Scope::All);
    const qint64 role = *Core::Admin(*t.admin).createRole(QStringLiteral("Manager"), m);
    const qint64 ivan = t.addUser(QStringLiteral("ivan@example.com"), role);
    const qint64 anna = t.addContact(QStringLiteral("Anna")); // the admin's
    auto manager = t.sessionFor(ivan);
    auto card = openCard(*manager, Core::EntityKind::Contact, anna);
    REQUIRE(card);
    auto *note = child<QLabel>(card.get(), QStringLiteral("cardReadOnly"));
    CHECK(note->isVisible());
    CHECK(note->text() == QStringLiteral("Read-only: your role lets you edit only your own "
                                         "contacts."));
    CHECK(card->readOnlyReason() == note->text());
    auto *name = child<QLineEdit>(card.get(), QStringLiteral("cardName"));
    CHECK(name->isReadOnly());
    QTest::keyClicks(name, "abc");
    CHECK(name->text() == u"Anna");
    CHECK_FALSE(card->isModified());
    CHECK_FALSE(child<QWidget>(card.get(), QStringLiteral("cardSave"))->isVisible());

    // His own contact is an ordinary card.
    const qint64 own = *Core::Records(*manager).create(
        Core::EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Oleg")}});
    auto mine = openCard(*manager, Core::EntityKind::Contact, own);
    REQUIRE(mine);
    CHECK_FALSE(mine->findChild<QLabel *>(QStringLiteral("cardReadOnly")));
    CHECK_FALSE(child<QLineEdit>(mine.get(), QStringLiteral("cardName"))->isReadOnly());
}

TEST_CASE("cardEditor_companyCard_savesWebsiteAndAddress")
{
    BoardFixture t;
    const qint64 company = t.addCompany(QStringLiteral("Volga Trading"));
    auto card = openCard(*t.admin, Core::EntityKind::Company, company);
    REQUIRE(card);
    CHECK_FALSE(child<QWidget>(card.get(), QStringLiteral("cardLinks"))->isVisibleTo(card.get()));
    replaceText(child<QLineEdit>(card.get(), QStringLiteral("cardWebsite")),
                QStringLiteral("https://volga.example"));
    replaceText(child<QLineEdit>(card.get(), QStringLiteral("cardAddress")),
                QStringLiteral("Samara, Lenina 1"));
    REQUIRE(card->save());
    const Core::Record r = *Core::Records(*t.admin).load(Core::EntityKind::Company, company);
    CHECK(r.value(QStringLiteral("website")).toString() == u"https://volga.example");
    CHECK(r.value(QStringLiteral("address")).toString() == u"Samara, Lenina 1");
}

TEST_CASE("fieldSetupDialog_addEditReorderArchive_throughItsWidgets")
{
    BoardFixture t;
    const qint64 product = addField(t, QStringLiteral("Product"), Core::FieldType::Text);
    Ui::FieldSetupDialog dialog(*t.admin);
    dialog.show();
    REQUIRE(Test::waitExposed(&dialog));
    auto *list = child<QListWidget>(&dialog, QStringLiteral("fieldSetupList"));
    REQUIRE(list->count() == 1);
    CHECK_FALSE(child<QComboBox>(&dialog, QStringLiteral("fieldSetupType"))->isEnabled());
    CHECK(child<QLabel>(&dialog, QStringLiteral("fieldSetupTypeNote"))->isVisible());

    click(&dialog, QStringLiteral("fieldSetupAdd"));
    auto *type = child<QComboBox>(&dialog, QStringLiteral("fieldSetupType"));
    CHECK(type->isEnabled());
    typeText(child<QLineEdit>(&dialog, QStringLiteral("fieldSetupName")), QStringLiteral("Plan"));
    type->setCurrentIndex(type->findData(int(Core::FieldType::Select)));
    click(&dialog, QStringLiteral("fieldSetupSave")); // a list without choices is refused
    CHECK(child<QLabel>(&dialog, QStringLiteral("fieldSetupError"))->isVisible());
    child<QPlainTextEdit>(&dialog, QStringLiteral("fieldSetupOptions"))
        ->setPlainText(QStringLiteral("Pro\nBasic"));
    child<QComboBox>(&dialog, QStringLiteral("fieldSetupGroup"))
        ->setCurrentText(QStringLiteral("Contract"));
    auto *required = child<QComboBox>(&dialog, QStringLiteral("fieldSetupRequired"));
    required->setCurrentIndex(required->findData(t.firstOpenStage(1)));
    click(&dialog, QStringLiteral("fieldSetupSave"));
    REQUIRE(list->count() == 2);
    const Core::FieldDef plan = t.admin->fieldDefs(Core::EntityKind::Deal).last();
    CHECK(plan.name == u"Plan");
    CHECK(plan.options == QStringList{QStringLiteral("Pro"), QStringLiteral("Basic")});
    CHECK(plan.group == u"Contract");
    CHECK(plan.requiredFromStageId == t.firstOpenStage(1));

    click(&dialog, QStringLiteral("fieldSetupUp"));
    CHECK(t.admin->fieldDefs(Core::EntityKind::Deal).first().id == plan.id);

    replaceText(child<QLineEdit>(&dialog, QStringLiteral("fieldSetupName")),
                QStringLiteral("Tariff"));
    click(&dialog, QStringLiteral("fieldSetupSave"));
    CHECK(t.admin->fieldDef(plan.id)->name == u"Tariff");

    list->setCurrentRow(1); // Product
    click(&dialog, QStringLiteral("fieldSetupArchive"));
    CHECK(t.admin->fieldDefs(Core::EntityKind::Deal).size() == 1);
    CHECK(list->item(1)->text().contains(QStringLiteral("archived")));
    CHECK_FALSE(t.admin->fieldDef(product));
}
