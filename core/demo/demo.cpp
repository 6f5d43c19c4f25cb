// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "demo.h"

#include "core/services/admin.h"
#include "core/services/records.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryFile>

#include <bit>
#include <cerrno>
#include <random>
#include <sqlite3.h>

namespace Voronka::Core {

namespace {

// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Demo)
};

struct SizeSpec
{
    int managers;
    qint64 companies, contacts, deals, tasksPerDeal;
};

SizeSpec sizeSpec(DemoOptions::Size s)
{
    switch (s) {
    case DemoOptions::Size::Tiny:
        return {4, 30, 200, 200, 2};
    case DemoOptions::Size::Small:
        return {8, 500, 5000, 5000, 2};
    case DemoOptions::Size::Medium:
        return {12, 10000, 100000, 100000, 2};
    case DemoOptions::Size::Reference:
        return {18, 100000, 1000000, 1000000, 2};
    }
    return {4, 30, 200, 200, 2};
}

const char *const kRuMaleFirst[] = {
    "Александр", "Дмитрий",  "Максим",  "Сергей", "Андрей",  "Алексей", "Артём", "Илья",
    "Кирилл",    "Михаил",   "Никита",  "Матвей", "Роман",   "Егор",    "Иван",  "Павел",
    "Олег",      "Владимир", "Николай", "Денис",  "Георгий", "Виктор",  "Антон", "Евгений",
    "Тимур",     "Глеб",     "Фёдор",   "Юрий",   "Степан",  "Леонид"};
const char *const kRuFemaleFirst[] = {
    "Анна",      "Мария",  "Елена",  "Ольга",     "Наталья",  "Татьяна", "Ирина",  "Светлана",
    "Екатерина", "Юлия",   "Дарья",  "Анастасия", "Виктория", "Полина",  "Ксения", "Алина",
    "Вера",      "Марина", "Софья",  "Людмила",   "Евгения",  "Надежда", "Алёна",  "Валерия",
    "Кристина",  "Галина", "Лариса", "Яна",       "Милана",   "Зоя"};
const char *const kRuLast[] = {
    "Иванов",  "Смирнов", "Кузнецов", "Попов",    "Васильев", "Петров",    "Соколов",   "Михайлов",
    "Новиков", "Фёдоров", "Морозов",  "Волков",   "Алексеев", "Лебедев",   "Семёнов",   "Егоров",
    "Павлов",  "Козлов",  "Степанов", "Николаев", "Орлов",    "Андреев",   "Макаров",   "Никитин",
    "Захаров", "Зайцев",  "Соловьёв", "Борисов",  "Яковлев",  "Григорьев", "Белов",     "Тарасов",
    "Беляев",  "Комаров", "Киселёв",  "Крылов",   "Гусев",    "Титов",     "Кудрявцев", "Баранов",
    "Куликов", "Фролов",  "Журавлёв", "Ершов",    "Сорокин"};
const char *const kRuTranslit[] = {
    "ivanov",    "smirnov",   "kuznetsov", "popov",       "vasiliev", "petrov",   "sokolov",
    "mikhailov", "novikov",   "fedorov",   "morozov",     "volkov",   "alekseev", "lebedev",
    "semenov",   "egorov",    "pavlov",    "kozlov",      "stepanov", "nikolaev", "orlov",
    "andreev",   "makarov",   "nikitin",   "zakharov",    "zaitsev",  "soloviev", "borisov",
    "yakovlev",  "grigoriev", "belov",     "tarasov",     "belyaev",  "komarov",  "kiselev",
    "krylov",    "gusev",     "titov",     "kudryavtsev", "baranov",  "kulikov",  "frolov",
    "zhuravlev", "ershov",    "sorokin"};
const char *const kEnFirst[] = {"James",  "Oliver",   "Emma",   "Sophia", "William", "Amelia",
                                "Henry",  "Isabella", "Lucas",  "Mia",    "Jack",    "Charlotte",
                                "Thomas", "Grace",    "Daniel", "Chloe",  "George",  "Lily",
                                "Samuel", "Emily",    "Harry",  "Olivia", "Jacob",   "Ava",
                                "Ethan",  "Ruby",     "Noah",   "Freya",  "Leo",     "Isla",
                                "Oscar",  "Poppy",    "Arthur", "Evie",   "Alfie",   "Florence"};
const char *const kEnLast[] = {
    "Smith",   "Johnson", "Williams", "Brown",   "Jones",   "Miller", "Davis",    "Wilson",
    "Taylor",  "Clark",   "Walker",   "Hall",    "Allen",   "Young",  "King",     "Wright",
    "Scott",   "Green",   "Baker",    "Adams",   "Nelson",  "Hill",   "Campbell", "Mitchell",
    "Roberts", "Carter",  "Phillips", "Evans",   "Turner",  "Parker", "Cooper",   "Ward",
    "Morris",  "Hughes",  "Edwards",  "Collins", "Stewart", "Murphy", "Bell",     "Bailey",
    "Cook",    "Price",   "Bennett",  "Wood",    "Gray"};
const char *const kRuCompanyWords[] = {
    "Альфа",   "Вектор",   "Гранит", "Северсталь", "Техноком", "Стройресурс", "Меридиан",
    "Импульс", "Прогресс", "Альянс", "Сибирь",     "Волга",    "Логистик",    "Агропром",
    "Энергия", "Спектр",   "Восток", "Капитал",    "Фрегат",   "Орбита"};
const char *const kRuCompanyLatin[] = {
    "alfa",     "vektor",   "granit", "severstal", "tekhnokom", "stroyresurs", "meridian",
    "impuls",   "progress", "alyans", "sibir",     "volga",     "logistik",    "agroprom",
    "energiya", "spektr",   "vostok", "kapital",   "fregat",    "orbita"};
const char *const kRuCities[] = {"Москва", "Казань",  "Пермь",  "Самара",       "Тверь",
                                 "Омск",   "Томск",   "Сочи",   "Екатеринбург", "Уфа",
                                 "Тула",   "Воронеж", "Калуга", "Новосибирск",  "Ярославль"};
const char *const kEnCities[] = {"London",     "Leeds",     "Bristol",  "Dublin",    "Glasgow",
                                 "York",       "Oxford",    "Cardiff",  "Belfast",   "Bath",
                                 "Manchester", "Liverpool", "Brighton", "Leicester", "Norwich"};
const char *const kRuCompanyForms[] = {"ООО «%1»",      "АО «%1»", "ИП %2",
                                       "ООО «%1-Плюс»", "ГК «%1»", "ООО «ТД %1»"};
const char *const kEnCompanyWords[] = {"Northwind", "Bluewater", "Summit",     "Redwood",
                                       "Atlas",     "Pioneer",   "Silverline", "Keystone",
                                       "Harbor",    "Evergreen", "Brightpath", "Ironbridge",
                                       "Crescent",  "Granite",   "Oakridge"};
const char *const kEnCompanyForms[] = {"%1 Ltd",       "%1 Trading", "%1 Group",
                                       "%1 Logistics", "%1 & Co",    "%1 Systems"};
// Texts by language: a Russian client hears Russian from the Moscow office, an English one
// English from London, so each pipeline, card and calendar reads in one language.
struct Texts
{
    const char *const *deals, *const *tasks, *const *results, *const *notes, *const *sources;
    int dealCount, taskCount, resultCount, noteCount, sourceCount;
};
const char *const kRuDealWords[] = {"Поставка оборудования",  "Внедрение CRM",
                                    "Годовой контракт",       "Партия товара",
                                    "Сервисное обслуживание", "Аренда техники"};
const char *const kEnDealWords[] = {"Equipment supply", "Annual licence",       "Consulting project",
                                    "Fleet order",      "Maintenance contract", "Website redesign"};
const char *const kRuTaskTexts[] = {"Позвонить и уточнить потребность",
                                    "Отправить коммерческое предложение", "Встреча в офисе клиента",
                                    "Согласовать договор", "Выставить счёт"};
const char *const kEnTaskTexts[] = {"Follow up on the proposal", "Send the contract draft",
                                    "Demo call", "Client meeting", "Confirm delivery date"};
const char *const kRuResults[] = {"Клиент заинтересован, ждёт КП", "Договорились о встрече",
                                  "Не дозвонился, перезвонил на следующий день"};
const char *const kEnResults[] = {"Sent, waiting for reply", "Agreed on next steps",
                                  "Call booked for next week"};
const char *const kRuNotes[] = {"Клиент просил связаться после обеда.",
                                "Важно: решение принимает директор.",
                                "Предпочитает общение по email."};
const char *const kEnNotes[] = {"Budget confirmed for Q1.", "Competitor offered a 10% discount.",
                                "Prefers email to calls."};
const char *const kRuSources[] = {"Сайт", "Звонок", "Рекомендация", "Выставка"};
const char *const kEnSources[] = {"Website", "Referral", "Cold call", "Trade show"};
template<size_t A, size_t B, size_t C, size_t D, size_t E>
constexpr Texts texts(const char *const (&d)[A], const char *const (&t)[B],
                      const char *const (&r)[C], const char *const (&n)[D],
                      const char *const (&s)[E])
{
    return {d, t, r, n, s, int(A), int(B), int(C), int(D), int(E)};
}
const Texts kRuTexts = texts(kRuDealWords, kRuTaskTexts, kRuResults, kRuNotes, kRuSources);
const Texts kEnTexts = texts(kEnDealWords, kEnTaskTexts, kEnResults, kEnNotes, kEnSources);
const char *const kTags[] = {"VIP", "Опт", "Розница", "Партнёр", "Hot lead", "Repeat"};

template<typename T, size_t N> QString pick(std::mt19937_64 &rng, const T (&arr)[N])
{
    return QString::fromUtf8(arr[rng() % N]);
}

constexpr qint64 kMinute = 60 * 1000LL, kHour = 60 * kMinute, kDay = 24 * kHour;
// The demo's working day, in UTC: 09:00-18:00, Monday to Friday, in half-hour slots.
constexpr qint64 kWorkStart = 9 * kHour;
constexpr int kSlots = 18;
// 1970-01-01 was a Thursday: day index 0 is weekday 3 counted from Monday = 0.
bool workingDay(qint64 dayIndex)
{
    return (dayIndex + 3) % 7 < 5;
}

// Builds the demo as a small company's last eighteen months: a Moscow office selling in Russian
// and a London one selling in English (one language per pipeline, card and calendar), closed
// deals spread over the whole time and open ones from the last months, every task and stage move
// in working hours on working days, each person's open tasks at most a working day's worth
// (5-15 a day, a few overdue), unique e-mail addresses and a handful of real duplicates for the
// duplicate finder. Deterministic: one seeded generator drives every choice.
class Generator
{
public:
    Generator(const DemoOptions &o)
        : m_o(o)
        , m_rng(o.seed)
        , m_clock(o.nowMs)
    {
    }

    Result<DemoSummary> run(const QString &path);

private:
    struct Person
    {
        QString name, email;
    };
    // A client kept for the duplicates made at the end: the same person entered twice.
    struct Client
    {
        QString name, phone, email;
        qint64 responsible = 0;
    };
    struct Team
    {
        QList<qint64> ru, en; // the Moscow and the London office
        const QList<qint64> &of(bool russian) const { return russian || en.isEmpty() ? ru : en; }
    };

    int uniform(int lo, int hi) { return lo + int(m_rng() % quint64(hi - lo + 1)); }
    bool chance(int percent) { return int(m_rng() % 100) < percent; }
    template<typename T> const T &any(const QList<T> &list)
    {
        return list[int(m_rng() % quint64(list.size()))];
    }
    void progress(const QString &phase, qint64 done, qint64 total)
    {
        if (m_o.progress && (done == total || done % std::max<qint64>(1, total / 20) == 0))
            m_o.progress(phase, done, total);
    }
    Person person(bool russian);
    QString phone(bool russian);
    qint64 workingTime(qint64 t);
    void stamp(qint64 t);
    qint64 pastWorkingTime(qint64 t);
    qint64 freeSlot(qint64 who, qint64 fromDay, int days, int halfHours);
    qint64 placeTask(qint64 who, qint64 wanted, int halfHours);
    Status flush(qint64 done);
    Status fail(const Error &e);

    Status team(Admin &a);
    Status settings(Admin &a);
    Status companies(Records &rec);
    Status contacts(Records &rec);
    Status duplicate(Records &rec, const Client &c);
    Status deals(Records &rec);
    Status deal(Records &rec, qint64 i);
    Status dealTasks(Records &rec, qint64 dealId, qint64 who, bool open, qint64 lastMove,
                     const Texts &tx);
    Status task(Records &rec, Patch task, qint64 due, const Texts &tx);
    Status directorMeetings(Records &rec);

    const DemoOptions &m_o;
    std::mt19937_64 m_rng;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_s;
    SizeSpec m_spec{};
    qint64 m_start = 0, m_now = 0, m_admin = 0;
    qint64 m_lastWorking = 0; // the last working moment an hour or more before now
    qint64 m_dealCreated = 0; // the deal whose tasks are being written
    Team m_team;
    QSet<QString> m_names;
    int m_serial = 1000;
    int m_ruShare = 70; // per cent of the clients served in Russian
    QList<PipelineInfo> m_pipelines; // Продажи, Wholesale, Повторные продажи
    QList<qint64> m_lossReasons;
    QHash<QString, qint64> m_typeOfText;
    qint64 m_product = 0, m_contract = 0, m_birthday = 0, m_industry = 0;
    QStringList m_products, m_industries;
    QList<qint64> m_companies[2], m_contacts[2]; // [russian]
    QList<Client> m_clients;
    // Per person and day: the half-hour slots taken by open or upcoming tasks, and how many
    // tasks the day may hold; per person, how many open tasks may still be left overdue.
    QHash<QPair<qint64, qint64>, quint32> m_slots;
    QHash<qint64, int> m_overdueLeft;
    DemoSummary m_sum;
};

Generator::Person Generator::person(bool russian)
{
    const QString serial = QString::number(++m_serial);
    if (russian) {
        const int li = uniform(0, int(std::size(kRuLast)) - 1);
        const bool female = chance(45);
        const QString first = female ? pick(m_rng, kRuFemaleFirst) : pick(m_rng, kRuMaleFirst);
        QString last = QString::fromUtf8(kRuLast[li]);
        QString latin = QString::fromLatin1(kRuTranslit[li]);
        if (female) {
            last += QStringLiteral("а");
            latin += u'a';
        }
        const QString mail = QStringLiteral("%1.%2@%3").arg(
            latin, serial, chance(50) ? QStringLiteral("mail.ru") : QStringLiteral("yandex.ru"));
        return {first + u' ' + last, mail};
    }
    const QString first = pick(m_rng, kEnFirst), last = pick(m_rng, kEnLast);
    return {first + u' ' + last,
            QStringLiteral("%1.%2.%3@example.org").arg(first.toLower(), last.toLower(), serial)};
}

QString Generator::phone(bool russian)
{
    if (russian)
        return QStringLiteral("+7 9%1 %2-%3-%4")
            .arg(uniform(10, 99))
            .arg(uniform(100, 999))
            .arg(uniform(10, 99))
            .arg(uniform(10, 99));
    return QStringLiteral("+44 7%1 %2").arg(uniform(100, 999)).arg(uniform(100000, 999999));
}

// t if it falls in working hours, else a moment of the next working morning: nobody in the demo
// calls a client at night or on a Sunday.
qint64 Generator::workingTime(qint64 t)
{
    qint64 day = t / kDay;
    const qint64 into = t - day * kDay;
    if (workingDay(day) && into >= kWorkStart && into < kWorkStart + kSlots * 30 * kMinute)
        return t;
    if (!workingDay(day) || into >= kWorkStart) // a weekend spreads over the next week
        for (int skip = workingDay(day) ? 1 : uniform(1, 5); skip > 0; skip -= workingDay(day))
            ++day;
    return day * kDay + kWorkStart + uniform(0, 2 * kSlots - 1) * 15 * kMinute;
}

// Sets the clock to a working moment at or after t; one that would fall after the last working
// moment before now falls somewhere in that last working day.
void Generator::stamp(qint64 t)
{
    const qint64 w = workingTime(t);
    m_clock.set(w <= m_lastWorking ? w : m_lastWorking - uniform(0, 2 * kSlots - 1) * 15 * kMinute);
}

// A working moment at t or, when that would be after the demo's "now", in the last working days
// before it.
qint64 Generator::pastWorkingTime(qint64 t)
{
    const qint64 w = workingTime(t);
    if (w < m_now - kHour)
        return w;
    qint64 day = m_now / kDay - uniform(1, 5);
    while (!workingDay(day))
        --day;
    return day * kDay + kWorkStart + uniform(0, kSlots - 2) * 30 * kMinute;
}

// The start of a free run of `halfHours` slots in `who`'s working days from `fromDay` on (within
// `days` days), marked taken; 0 when every such day is full. A day holds 5 to 15 tasks.
qint64 Generator::freeSlot(qint64 who, qint64 fromDay, int days, int halfHours)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const qint64 day = fromDay + uniform(0, days - 1);
        if (!workingDay(day))
            continue;
        quint32 &taken = m_slots[{who, day}];
        const int limit = 5 + int((quint64(who) * 7 + quint64(day) * 13) % 11);
        if (std::popcount(taken) >= limit)
            continue;
        const int slot = uniform(0, kSlots - halfHours);
        const quint32 mask = ((1u << halfHours) - 1) << slot;
        if (taken & mask)
            continue;
        taken |= mask;
        return day * kDay + kWorkStart + slot * 30 * kMinute;
    }
    return 0;
}

Status Generator::flush(qint64 done)
{
    if (done % 5000 != 0)
        return Ok{};
    if (Status st = m_s->commitBatch(); !st)
        return st;
    m_s->beginBatch();
    return Ok{};
}

Status Generator::fail(const Error &e)
{
    if (m_s && m_s->inBatch())
        m_s->rollbackBatch();
    return e;
}

// Roles, as a small sales team sets them up (README "Demo data"): the client base is shared —
// everyone sees every contact and company, as in amoCRM — while deals and tasks are the
// department's for a head and a manager's own for a manager. A head edits the department's
// clients, a manager his own. Every person's name is unique.
Status Generator::team(Admin &a)
{
    const QString demoHash = Auth::hashPassword(QLatin1String(kDemoPassword), m_o.passwordStrength);
    RoleMatrix head = RoleMatrix::filled(Scope::Department);
    RoleMatrix manager = RoleMatrix::filled(Scope::Own);
    for (PermEntity e : {PermEntity::Contact, PermEntity::Company}) {
        head.set(e, PermAction::View, Scope::All);
        manager.set(e, PermAction::View, Scope::All);
    }
    manager.set(PermEntity::Deal, PermAction::Export, Scope::None);
    manager.set(PermEntity::Contact, PermAction::Export, Scope::None);
    manager.set(PermEntity::Company, PermAction::Export, Scope::None);
    Result<qint64> headRole = a.createRole(QStringLiteral("Руководитель отдела продаж"), head);
    Result<qint64> managerRole = a.createRole(QStringLiteral("Менеджер"), manager);
    Result<qint64> moscow = a.createDepartment(QStringLiteral("Отдел продаж Москва"));
    Result<qint64> london = a.createDepartment(QStringLiteral("Sales London"));
    for (const auto *r : {&headRole, &managerRole, &moscow, &london})
        if (!*r)
            return r->error();
    // The head reads her department's figures in Analytics and brings in her team's lists.
    Admin::RoleOptions headOptions;
    headOptions.analytics = Scope::Department;
    headOptions.canImport = true;
    if (Status st = a.setRoleOptions(*headRole, headOptions); !st)
        return st;
    const QString headName = QStringLiteral("Ольга Соколова");
    Result<qint64> headUser = a.createUser(QStringLiteral("head@example.com"), headName, demoHash,
                                           *headRole, *moscow);
    if (!headUser)
        return headUser.error();
    m_names << headName << QStringLiteral("Алексей Морозов");
    m_team.ru << *headUser;
    for (int i = 1; i <= m_spec.managers; ++i) {
        const bool ru = i % 3 != 0;
        Person p = person(ru);
        while (m_names.contains(p.name))
            p = person(ru);
        m_names << p.name;
        Result<qint64> u = a.createUser(QStringLiteral("manager%1@example.com").arg(i), p.name,
                                        demoHash, *managerRole, ru ? *moscow : *london);
        if (!u)
            return u.error();
        (ru ? m_team.ru : m_team.en) << *u;
    }
    m_sum.users = m_team.ru.size() + m_team.en.size() + 1;
    // Each office serves as many clients as it has people.
    m_ruShare = int(100 * m_team.ru.size() / (m_team.ru.size() + m_team.en.size()));
    return Ok{};
}

// Pipelines (5 open stages + Won + Lost + Incoming each, DESIGN.md's reference set), loss
// reasons, task types and custom fields.
Status Generator::settings(Admin &a)
{
    const QStringList colors{QStringLiteral("#99CCFF"), QStringLiteral("#A3E4D7"),
                             QStringLiteral("#FFE08A"), QStringLiteral("#FFB98A"),
                             QStringLiteral("#D7B4F3")};
    const QList<QPair<QString, QStringList>> pipelines{
        {QStringLiteral("Продажи"),
         {QStringLiteral("Первичный контакт"), QStringLiteral("Переговоры"),
          QStringLiteral("Принимают решение"), QStringLiteral("Согласование договора"),
          QStringLiteral("Оплата")}},
        {QStringLiteral("Wholesale"),
         {QStringLiteral("New lead"), QStringLiteral("Qualified"), QStringLiteral("Proposal sent"),
          QStringLiteral("Negotiation"), QStringLiteral("Invoice")}},
        {QStringLiteral("Повторные продажи"),
         {QStringLiteral("Напоминание"), QStringLiteral("Интерес"), QStringLiteral("Предложение"),
          QStringLiteral("Счёт"), QStringLiteral("Отгрузка")}}};
    for (const auto &[pname, stages] : pipelines) {
        QList<Admin::StageSpec> specs;
        for (int i = 0; i < stages.size(); ++i)
            specs.append({stages[i], colors[i], 10 + i * 20});
        if (Result<qint64> pid = a.createPipeline(pname, specs); !pid)
            return pid.error();
    }
    for (const auto &p : m_s->pipelines())
        if (p.stages.size() == 8) // 5 working stages, Won, Lost, Incoming
            m_pipelines << p;
    for (const char *r :
         {"Дорого", "Выбрали конкурента", "Нет бюджета", "No response", "Not a fit"}) {
        Result<qint64> id = a.createLossReason(QString::fromUtf8(r));
        if (!id)
            return id.error();
        m_lossReasons << *id;
    }
    // Task types by what the task says: meetings, letters and demos get their own type (and so
    // their icon and colour in the lists and the calendar); the rest stay Follow-ups.
    QList<qint64> types;
    for (auto [n, icon, color] :
         {std::tuple{"Письмо", "mail", "#9B51E0"}, std::tuple{"Demo", "screen", "#F2994A"}}) {
        Result<qint64> t =
            a.createTaskType(QString::fromUtf8(n), QLatin1String(icon), QLatin1String(color));
        if (!t)
            return t.error();
        types << *t;
    }
    const qint64 meeting = m_s->sql().scalar(
        "SELECT id FROM task_types WHERE builtin = 2 AND deleted = 0 ORDER BY id LIMIT 1");
    for (auto [text, type] :
         {std::pair{"Встреча в офисе клиента", meeting}, std::pair{"Client meeting", meeting},
          std::pair{"Отправить коммерческое предложение", types[0]},
          std::pair{"Send the contract draft", types[0]}, std::pair{"Demo call", types[1]}})
        if (type > 0)
            m_typeOfText.insert(QString::fromUtf8(text), type);

    m_products = {QStringLiteral("CRM Start"), QStringLiteral("CRM Pro"),
                  QStringLiteral("Enterprise"), QStringLiteral("Консалтинг")};
    m_industries = {QStringLiteral("Розница"), QStringLiteral("Производство"), QStringLiteral("IT"),
                    QStringLiteral("Logistics")};
    const FieldDef defs[] = {
        {0, EntityKind::Deal, QStringLiteral("Продукт"), FieldType::Select, m_products,
         QStringLiteral("Сделка"), 1, 0, false},
        {0, EntityKind::Deal, QStringLiteral("Номер договора"), FieldType::Text, {},
         QStringLiteral("Сделка"), 2, m_pipelines[0].stages[3].id, false},
        {0, EntityKind::Contact, QStringLiteral("День рождения"), FieldType::Birthday, {}, {}, 1,
         0, false},
        {0, EntityKind::Company, QStringLiteral("Отрасль"), FieldType::Select, m_industries, {}, 1,
         0, false}};
    qint64 *const out[] = {&m_product, &m_contract, &m_birthday, &m_industry};
    for (int i = 0; i < 4; ++i) {
        Result<qint64> id = a.createFieldDef(defs[i]);
        if (!id)
            return id.error();
        *out[i] = *id;
    }
    return Ok{};
}

// Companies: each name and domain once per office (word × form × city before any repeats), so
// the duplicate finder finds none that are not real.
Status Generator::companies(Records &rec)
{
    const qint64 span = m_now - m_start;
    int serial[2] = {0, 0};
    for (qint64 i = 0; i < m_spec.companies; ++i) {
        stamp(m_start + span * i / m_spec.companies - 30 * kDay);
        const bool ru = chance(m_ruShare);
        const int n = serial[ru]++;
        const int words = ru ? int(std::size(kRuCompanyWords)) : int(std::size(kEnCompanyWords));
        const int forms = ru ? int(std::size(kRuCompanyForms)) : int(std::size(kEnCompanyForms));
        const int wi = n % words;
        const QString word = QString::fromUtf8(ru ? kRuCompanyWords[wi] : kEnCompanyWords[wi]);
        const QString domain =
            QStringLiteral("%1%2.%3")
                .arg(ru ? QString::fromLatin1(kRuCompanyLatin[wi]) : word.toLower())
                .arg(n / words + 1)
                .arg(ru ? QStringLiteral("ru") : QStringLiteral("com"));
        const char *form = ru ? kRuCompanyForms[n / words % forms] : kEnCompanyForms[n / words % forms];
        QString name = QString::fromUtf8(form).replace(QStringLiteral("%1"), word);
        name.replace(QStringLiteral("%2"), person(true).name);
        if (n >= words * forms) { // then by city, then numbered
            const int cities = int(std::size(kRuCities)), ci = n / (words * forms) - 1;
            static_assert(std::size(kRuCities) == std::size(kEnCities));
            name += QStringLiteral(" (%1)").arg(
                QString::fromUtf8(ru ? kRuCities[ci % cities] : kEnCities[ci % cities]));
            if (ci >= cities)
                name += QStringLiteral(" %1").arg(ci / cities + 1);
        }
        Patch p{{QStringLiteral("name"), name},
                {QStringLiteral("phones"), QStringList{phone(ru)}},
                {QStringLiteral("emails"),
                 QStringList{(chance(50) ? QStringLiteral("info@") : QStringLiteral("sales@")) +
                             domain}},
                {QStringLiteral("responsible_id"), any(m_team.of(ru))},
                {QStringLiteral("cf.%1").arg(m_industry), any(m_industries)}};
        if (chance(40))
            p.insert(QStringLiteral("website"), QString(QStringLiteral("https://www.") + domain));
        if (chance(15))
            p.insert(QStringLiteral("tags"), QStringList{pick(m_rng, kTags)});
        Result<qint64> id = rec.create(EntityKind::Company, p);
        if (!id)
            return id.error();
        m_companies[ru] << *id;
        progress(QStringLiteral("companies"), i + 1, m_spec.companies);
        if (Status st = flush(i + 1); !st)
            return st;
    }
    m_sum.companies = m_spec.companies;
    return Ok{};
}

Status Generator::contacts(Records &rec)
{
    const qint64 span = m_now - m_start;
    const qint64 every = std::max<qint64>(1, m_spec.contacts / std::max<qint64>(3, m_spec.contacts / 400));
    for (qint64 i = 0; i < m_spec.contacts; ++i) {
        stamp(m_start + span * i / m_spec.contacts - 7 * kDay);
        const bool ru = chance(m_ruShare);
        const Person p = person(ru);
        const QString phone1 = phone(ru);
        const qint64 who = any(m_team.of(ru));
        Patch patch{{QStringLiteral("name"), p.name},
                    {QStringLiteral("phones"),
                     chance(20) ? QStringList{phone1, phone(ru)} : QStringList{phone1}},
                    {QStringLiteral("emails"), QStringList{p.email}},
                    {QStringLiteral("responsible_id"), who}};
        if (!m_companies[ru].isEmpty() && chance(80))
            patch.insert(QStringLiteral("company_id"), any(m_companies[ru]));
        if (chance(50))
            patch.insert(QStringLiteral("position"), ru ? QStringLiteral("Менеджер по закупкам")
                                                        : QStringLiteral("Purchasing manager"));
        if (chance(20))
            patch.insert(
                QStringLiteral("cf.%1").arg(m_birthday),
                QDate(1960 + uniform(0, 40), uniform(1, 12), uniform(1, 28)).toString(Qt::ISODate));
        Result<qint64> id = rec.create(EntityKind::Contact, patch);
        if (!id)
            return id.error();
        m_contacts[ru] << *id;
        if (m_clients.size() < 2000)
            m_clients.append({p.name, phone1, p.email, who});
        // Now and then someone enters an earlier client again (one in 400, at least 3).
        if (i % every == every / 2 && !m_clients.isEmpty())
            if (Status st = duplicate(rec, m_clients[int(m_rng() % quint64(m_clients.size()))]); !st)
                return st;
        progress(QStringLiteral("contacts"), i + 1, m_spec.contacts);
        if (Status st = flush(i + 1); !st)
            return st;
    }
    m_sum.contacts += m_spec.contacts;
    return Ok{};
}

// A handful of real duplicates, as every base has: the same person entered again by someone
// else, with the same phone or e-mail and the name as it was or written the other way round.
Status Generator::duplicate(Records &rec, const Client &c)
{
    QString name = c.name;
    if (const QStringList parts = name.split(u' '); parts.size() == 2 && chance(60))
        name = parts[1] + u' ' + parts[0];
    Patch patch{{QStringLiteral("name"), name}, {QStringLiteral("responsible_id"), c.responsible}};
    if (chance(50))
        patch.insert(QStringLiteral("phones"), QStringList{c.phone});
    else
        patch.insert(QStringLiteral("emails"), QStringList{c.email});
    if (Result<qint64> id = rec.create(EntityKind::Contact, patch); !id)
        return id.error();
    ++m_sum.contacts;
    return Ok{};
}

// Deals: closed ones spread over the whole time, each over a sales cycle of one week to three
// months; open ones created in the last four months (a few stale ones up to ten), each moved
// stage by stage through the write path so the history holds real stage moves (~2.9 per deal,
// DESIGN.md's 3M for 1M deals). Half of them are open, skewed to early stages; of the closed,
// 45 % are won.
Status Generator::deals(Records &rec)
{
    for (qint64 i = 0; i < m_spec.deals; ++i) {
        if (Status st = deal(rec, i); !st)
            return st;
        ++m_sum.deals;
        progress(QStringLiteral("deals"), i + 1, m_spec.deals);
        if (Status st = flush(i + 1); !st)
            return st;
    }
    return Ok{};
}

Status Generator::deal(Records &rec, qint64 i)
{
    const bool ru = chance(m_ruShare);
    const Texts &tx = ru ? kRuTexts : kEnTexts;
    const PipelineInfo &pl = ru ? m_pipelines[chance(70) ? 0 : 2] : m_pipelines[1];
    const int weights[] = {14, 12, 10, 8, 6, 22, 28};
    int roll = uniform(0, 99), target = 0;
    while (roll >= weights[target]) {
        roll -= weights[target];
        ++target;
    }
    const bool open = target < 5;
    const qint64 maxT = m_lastWorking;
    qint64 created0 = 0, lastMove = 0;
    if (open && chance(3)) { // stale: stuck since soon after it came
        created0 = workingTime(m_now - uniform(121, 300) * kDay);
        lastMove = created0 + uniform(1, 14) * kDay;
    } else if (open) {
        const int ageDays = chance(60) ? uniform(1, 45) : uniform(46, 120);
        created0 = workingTime(m_now - ageDays * kDay);
        lastMove = m_now - uniform(0, std::min(ageDays, 30)) * kDay;
    } else {
        created0 = workingTime(m_start + (m_now - 14 * kDay - m_start) * i / m_spec.deals);
        lastMove = created0 + uniform(7, 90) * kDay;
    }
    created0 = std::min(created0, maxT - kDay);
    lastMove = std::max(pastWorkingTime(lastMove), created0 + kHour);
    stamp(created0);
    m_dealCreated = created0;
    const qint64 who = any(m_team.of(ru));
    Patch patch{
        {QStringLiteral("name"),
         QString(QString::fromUtf8(tx.deals[m_rng() % quint64(tx.dealCount)]) +
                 QStringLiteral(" #%1").arg(i + 1))},
        {QStringLiteral("budget"), qint64(uniform(5, 2000)) * 10000},
        {QStringLiteral("stage_id"), pl.stages[0].id},
        {QStringLiteral("responsible_id"), who},
        {QStringLiteral("source"), QString::fromUtf8(tx.sources[m_rng() % quint64(tx.sourceCount)])},
        {QStringLiteral("sort_order"), double(i)},
        {QStringLiteral("cf.%1").arg(m_product), any(m_products)}};
    if (!m_companies[ru].isEmpty() && chance(70))
        patch.insert(QStringLiteral("company_id"), any(m_companies[ru]));
    if (!m_contacts[ru].isEmpty())
        patch.insert(QStringLiteral("contacts"),
                     QVariantList{m_contacts[ru][int(i % m_contacts[ru].size())]});
    if (chance(10))
        patch.insert(QStringLiteral("tags"), QStringList{pick(m_rng, kTags)});
    // The expected close day: a closed deal's is the day it closed; most open deals have one
    // in the coming weeks (a few already slipped), which the forecast weighs.
    if (!open || chance(85)) {
        const qint64 close = open ? m_now + uniform(-10, 75) * kDay : lastMove;
        patch.insert(QStringLiteral("close_date"),
                     QDateTime::fromMSecsSinceEpoch(close, QTimeZone::utc())
                         .date()
                         .toString(Qt::ISODate));
    }
    // Some fresh leads wait in Incoming for someone to accept them.
    if (target == 0 && m_now - created0 < 14 * kDay && chance(30))
        patch.insert(QStringLiteral("stage_id"), pl.stages[7].id);
    Result<qint64> id = rec.create(EntityKind::Deal, patch);
    if (!id)
        return id.error();
    // Walk the open stages up to the target (Won/Lost are reached from a random open stage),
    // the moves spread evenly between the creation and the last move.
    const int lastOpen = target < 5 ? target : (target == 5 ? 4 : uniform(1, 4));
    const int moves = lastOpen + (open ? 0 : 1);
    // The responsible moves the deal and writes its notes, so the per-manager report and the
    // activity chart show who did the work.
    Records byWho(*m_s, Origin::of(WriteMode::User, who));
    qint64 t = created0;
    for (int k = 1; k <= moves; ++k) {
        const qint64 planned = created0 + (lastMove - created0) * k / moves;
        t = std::min(m_lastWorking, std::max(t + kMinute, workingTime(planned)));
        m_clock.set(t);
        const int stage = k <= lastOpen ? k : target;
        Patch extra{{QStringLiteral("stage_id"), pl.stages[stage].id}};
        if (pl.id == m_pipelines[0].id && stage == 3)
            extra.insert(QStringLiteral("cf.%1").arg(m_contract),
                         QStringLiteral("Д-%1/%2").arg(i + 1).arg(2025 + int(i % 2)));
        if (stage == 6)
            extra.insert(QStringLiteral("loss_reason_id"), any(m_lossReasons));
        if (Status s = byWho.update(EntityKind::Deal, *id, extra); !s)
            return s;
        ++m_sum.stageMoves;
    }
    if (Status s = dealTasks(rec, *id, who, open, t, tx); !s)
        return s;
    if (chance(10)) {
        m_clock.set(t);
        const QString note = QString::fromUtf8(tx.notes[m_rng() % quint64(tx.noteCount)]);
        if (Result<qint64> n = byWho.addNote(EntityKind::Deal, *id, note); !n)
            return n.error();
        ++m_sum.notes;
    }
    return Ok{};
}

// Two tasks per deal: one after the last move and, for an open deal, its next step in the
// coming three weeks when the responsible's day has room; otherwise, and for a closed deal, an
// earlier one before the last move.
Status Generator::dealTasks(Records &rec, qint64 dealId, qint64 who, bool open, qint64 lastMove,
                            const Texts &tx)
{
    for (qint64 k = 0; k < m_spec.tasksPerDeal; ++k) {
        const int halfHours = chance(30) ? 2 : 1;
        qint64 due = 0;
        if (open && k == m_spec.tasksPerDeal - 1)
            due = freeSlot(who, m_now / kDay - 1, 22, halfHours);
        if (due == 0)
            due = placeTask(who, k == 0 ? lastMove + uniform(0, 3) * kDay
                                        : lastMove - uniform(1, 10) * kDay,
                            halfHours);
        Patch t{{QStringLiteral("duration_min"), halfHours * 30},
                {QStringLiteral("responsible_id"), who},
                {QStringLiteral("entity_kind"), int(EntityKind::Deal)},
                {QStringLiteral("entity_id"), dealId}};
        if (Status s = task(rec, t, due, tx); !s)
            return s;
    }
    return Ok{};
}

// When a task meant for `wanted` is due. The last thirty days and the coming three weeks, which
// the calendar and the task lists show, hold a working day's worth per person (5-15 tasks, no
// two at once): near `wanted` when that day has room, else anywhere in those weeks, else in the
// older history, which holds what the larger demo sets need (DESIGN.md's 2M tasks).
qint64 Generator::placeTask(qint64 who, qint64 wanted, int halfHours)
{
    const qint64 today = m_now / kDay;
    if (wanted < (today - 30) * kDay)
        return pastWorkingTime(wanted);
    if (const qint64 due = freeSlot(who, std::min(wanted / kDay, today) - 1, 3, halfHours))
        return due;
    if (const qint64 due = freeSlot(who, today - 30, 52, halfHours))
        return due;
    return pastWorkingTime(m_now - uniform(31, 120) * kDay);
}

// One task, written a few days before it is due; one already due is done with a result, except a
// few left overdue per person.
Status Generator::task(Records &rec, Patch t, qint64 due, const Texts &tx)
{
    const QString text = QString::fromUtf8(tx.tasks[m_rng() % quint64(tx.taskCount)]);
    t.insert(QStringLiteral("text"), text);
    t.insert(QStringLiteral("due_at"), due - due % (15 * kMinute));
    if (const qint64 type = m_typeOfText.value(text))
        t.insert(QStringLiteral("type_id"), type);
    const qint64 who = t.value(QStringLiteral("responsible_id")).toLongLong();
    if (due < m_now) {
        auto left = m_overdueLeft.find(who);
        if (left == m_overdueLeft.end())
            left = m_overdueLeft.insert(who, uniform(1, 4));
        if (*left > 0 && due > m_now - 5 * kDay && chance(20))
            --*left;
        else {
            t.insert(QStringLiteral("status"), int(TaskStatus::Done));
            t.insert(QStringLiteral("result"),
                     QString::fromUtf8(tx.results[m_rng() % quint64(tx.resultCount)]));
        }
    }
    stamp(std::max(m_dealCreated, std::min(due, m_now) - uniform(1, 5) * kDay - uniform(0, 32) * 15 * kMinute));
    if (Result<qint64> id = rec.create(EntityKind::Task, t); !id)
        return id.error();
    ++m_sum.tasks;
    return Ok{};
}

// The director, who administers the file, holds the Monday sales meeting: his row in the team
// calendar is not empty.
Status Generator::directorMeetings(Records &rec)
{
    qint64 day = m_now / kDay - 56;
    while ((day + 3) % 7 != 0)
        ++day;
    for (; day < m_now / kDay + 28; day += 7) {
        Patch t{{QStringLiteral("text"), QStringLiteral("Планёрка отдела продаж")},
                {QStringLiteral("due_at"), day * kDay + 10 * kHour},
                {QStringLiteral("duration_min"), 60},
                {QStringLiteral("responsible_id"), m_admin}};
        if (const qint64 type = m_typeOfText.value(QStringLiteral("Встреча в офисе клиента")))
            t.insert(QStringLiteral("type_id"), type);
        if (day * kDay + 11 * kHour < m_now)
            t.insert(QStringLiteral("status"), int(TaskStatus::Done));
        stamp(day * kDay - 3 * kDay);
        if (Result<qint64> id = rec.create(EntityKind::Task, t); !id)
            return id.error();
        ++m_sum.tasks;
    }
    return Ok{};
}

Result<DemoSummary> Generator::run(const QString &path)
{
    m_spec = sizeSpec(m_o.size);
    Result<std::unique_ptr<Database>> db = Database::create(path);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_now = m_o.nowMs;
    m_start = m_now - 540 * kDay;
    {
        const qint64 t = m_now - kHour, end = kWorkStart + kSlots * 30 * kMinute;
        qint64 day = t / kDay;
        if (workingDay(day) && t - day * kDay >= kWorkStart) {
            m_lastWorking = day * kDay + std::min(t - day * kDay, end - kMinute);
        } else {
            do
                --day;
            while (!workingDay(day));
            m_lastWorking = day * kDay + end - kMinute;
        }
    }
    m_clock.set(m_start);
    Result<qint64> admin = Admin::initialize(*m_db, m_clock, QLatin1String(kDemoAdmin),
                                             QStringLiteral("Алексей Морозов"),
                                             QLatin1String(kDemoPassword), m_o.passwordStrength,
                                             false);
    if (!admin)
        return admin.error();
    m_admin = *admin;
    m_s = std::make_unique<Session>(*m_db, m_clock, Auth::readUser(*m_db, *admin), m_o.seed);
    Admin a(*m_s);
    if (Status st = team(a); !st)
        return st.error();
    if (Status st = settings(a); !st)
        return st.error();
    Records rec(*m_s);
    m_s->beginBatch();
    for (Status (Generator::*step)(Records &) :
         {&Generator::companies, &Generator::contacts, &Generator::deals,
          &Generator::directorMeetings})
        if (Status st = (this->*step)(rec); !st)
            return fail(st.error()).error();
    if (Status st = m_s->commitBatch(); !st)
        return st.error();
    m_db->sql().exec("PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE)");
    return m_sum;
}

} // namespace

bool parseDemoSize(QStringView text, DemoOptions::Size &size)
{
    if (text == u"tiny")
        size = DemoOptions::Size::Tiny;
    else if (text == u"small")
        size = DemoOptions::Size::Small;
    else if (text == u"medium")
        size = DemoOptions::Size::Medium;
    else if (text == u"reference")
        size = DemoOptions::Size::Reference;
    else
        return false;
    return true;
}

Result<DemoSummary> generateDemo(const QString &path, const DemoOptions &options)
{
    // The demo is built under a hidden temporary name beside path and renamed into place only
    // when its last batch is committed and folded into the file: a kill or a failure midway
    // never leaves a half-made demo under path (it would open, and pass check, with part of
    // its records), only a hidden .part file.
    const QFileInfo target(path);
    if (target.exists())
        return makeError(Error::Code::Conflict,
                         Tr::tr("%1 already exists; choose another file name.").arg(path));
    QString part;
    {
        QTemporaryFile reserve(target.absoluteDir().filePath(
            QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
        if (!reserve.open())
            return Database::errorFor(
                SqlError(SQLITE_CANTOPEN, reserve.errorString().toStdString()), path);
        part = reserve.fileName();
    } // removed here: Database::create makes the file itself and never takes an existing one
    const auto removePart = [&part] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(part + QLatin1String(suffix));
    };
    const auto diskError = [&](int code) {
        removePart();
        return Database::errorFor(SqlError(code, "the demo could not be written"), path);
    };
    Result<DemoSummary> sum = makeError(Error::Code::Storage, QString());
    try {
        Generator g(options);
        sum = g.run(part);
    } catch (const SqlError &e) { // a statement of the generator's own (the final checkpoint)
        // A file made a moment ago is not damaged: a page that read back wrong is the disk's.
        return diskError(e.code() == SQLITE_CORRUPT ? SQLITE_IOERR : e.code());
    } // the generator's database is closed here, its WAL folded into the file
    if (!sum) {
        if (sum.error().code == Error::Code::Corrupt)
            return diskError(SQLITE_IOERR);
        removePart();
        Error e = sum.error();
        e.message.replace(QFileInfo(part).fileName(), target.fileName());
        return e;
    }
    // A checkpoint that failed on close leaves committed pages in the WAL, which the rename
    // would leave behind: the file must stand alone and pass the integrity check.
    if (QFileInfo(part + QStringLiteral("-wal")).size() > 0 ||
        QFileInfo::exists(part + QStringLiteral("-journal")) || !Database::verifyBackup(part))
        return diskError(SQLITE_IOERR);
    if (!Database::flushToDisk(part))
        return diskError(errno == ENOSPC ? SQLITE_FULL : SQLITE_IOERR);
    switch (Database::placeNewFile(part, path)) {
    case Database::Placed::Done:
        break;
    case Database::Placed::Exists:
        removePart();
        return makeError(Error::Code::Conflict,
                         Tr::tr("%1 already exists; choose another file name.").arg(path));
    case Database::Placed::Failed:
        return diskError(SQLITE_CANTOPEN);
    }
    return sum;
}

} // namespace Voronka::Core
