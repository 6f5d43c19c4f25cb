// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "demo.h"

#include "core/services/admin.h"
#include "core/services/records.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

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
const char *const kDealWords[] = {
    "Поставка оборудования",  "Внедрение CRM",  "Годовой контракт",     "Партия товара",
    "Сервисное обслуживание", "Аренда техники", "Equipment supply",     "Annual licence",
    "Consulting project",     "Fleet order",    "Maintenance contract", "Website redesign"};
const char *const kTaskTexts[] = {"Позвонить и уточнить потребность",
                                  "Отправить коммерческое предложение",
                                  "Встреча в офисе клиента",
                                  "Согласовать договор",
                                  "Выставить счёт",
                                  "Follow up on the proposal",
                                  "Send the contract draft",
                                  "Demo call",
                                  "Confirm delivery date",
                                  "Ask for feedback"};
const char *const kResults[] = {"Клиент заинтересован, ждёт КП", "Договорились о встрече",
                                "Не дозвонился, перезвонить", "Sent, waiting for reply",
                                "Agreed on next steps"};
const char *const kNotes[] = {"Клиент просил связаться после обеда.",
                              "Важно: решение принимает директор.",
                              "Предпочитает общение по email.", "Budget confirmed for Q1.",
                              "Competitor offered a 10% discount."};
const char *const kSources[] = {"Сайт",    "Звонок",   "Рекомендация", "Выставка",
                                "Website", "Referral", "Cold call"};
const char *const kTags[] = {"VIP", "Опт", "Розница", "Партнёр", "Hot lead", "Repeat"};

template<typename T, size_t N> QString pick(std::mt19937_64 &rng, const T (&arr)[N])
{
    return QString::fromUtf8(arr[rng() % N]);
}

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
    int uniform(int lo, int hi) { return lo + int(m_rng() % quint64(hi - lo + 1)); }
    bool chance(int percent) { return int(m_rng() % 100) < percent; }
    void progress(const QString &phase, qint64 done, qint64 total)
    {
        if (m_o.progress && (done == total || done % std::max<qint64>(1, total / 20) == 0))
            m_o.progress(phase, done, total);
    }
    struct Person
    {
        QString name, email;
    };
    Person person(bool russian);
    QString phone(bool russian);
    Status flush(qint64 done);
    Status fail(const Error &e);

    const DemoOptions &m_o;
    std::mt19937_64 m_rng;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_s;
    QList<qint64> m_managers;
    DemoSummary m_sum;
};

Generator::Person Generator::person(bool russian)
{
    if (russian) {
        const int li = uniform(0, int(std::size(kRuLast)) - 1);
        const bool female = chance(45);
        const QString first = female ? pick(m_rng, kRuFemaleFirst) : pick(m_rng, kRuMaleFirst);
        QString last = QString::fromUtf8(kRuLast[li]);
        if (female)
            last += last.endsWith(u'й') ? QString() : QStringLiteral("а");
        const QString mail =
            QStringLiteral("%1.%2@%3")
                .arg(QString::fromUtf8(kRuTranslit[li]))
                .arg(uniform(1, 999))
                .arg(chance(50) ? QStringLiteral("mail.ru") : QStringLiteral("yandex.ru"));
        return {first + u' ' + last, mail};
    }
    const QString first = pick(m_rng, kEnFirst), last = pick(m_rng, kEnLast);
    return {first + u' ' + last, QStringLiteral("%1.%2%3@example.org")
                                     .arg(first.toLower(), last.toLower())
                                     .arg(uniform(1, 99))};
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

Result<DemoSummary> Generator::run(const QString &path)
{
    const SizeSpec spec = sizeSpec(m_o.size);
    Result<std::unique_ptr<Database>> db = Database::create(path);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    const qint64 day = 24 * 3600 * 1000LL;
    const qint64 start = m_o.nowMs - 540 * day;
    m_clock.set(start);
    const QString demoHash = Auth::hashPassword(QStringLiteral("demo"), m_o.passwordStrength);
    Result<qint64> admin = Admin::initialize(*m_db, m_clock, QStringLiteral("admin@example.com"),
                                             QStringLiteral("Администратор"),
                                             QStringLiteral("demo"), m_o.passwordStrength, false);
    if (!admin)
        return admin.error();
    m_s = std::make_unique<Session>(*m_db, m_clock, Auth::readUser(*m_db, *admin), m_o.seed);
    Admin a(*m_s);

    // Roles, as a small sales team sets them up (README "Demo data"): the client base is
    // shared — everyone sees every contact and company, as in amoCRM — while deals and tasks
    // are the department's for a head and a manager's own for a manager. A head edits the
    // department's clients, a manager his own.
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
    Result<qint64> headUser =
        a.createUser(QStringLiteral("head@example.com"), QStringLiteral("Ольга Соколова"), demoHash,
                     *headRole, *moscow);
    if (!headUser)
        return headUser.error();
    m_managers << *headUser;
    for (int i = 1; i <= spec.managers; ++i) {
        const bool ru = i % 3 != 0;
        const Person p = person(ru);
        Result<qint64> u = a.createUser(QStringLiteral("manager%1@example.com").arg(i), p.name,
                                        demoHash, *managerRole, ru ? *moscow : *london);
        if (!u)
            return u.error();
        m_managers << *u;
    }
    m_sum.users = m_managers.size() + 1;

    // Pipelines: 5 open stages + Won + Lost = 7 each (DESIGN.md reference set).
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
    QList<PipelineInfo> created;
    for (const auto &[pname, stages] : pipelines) {
        QList<Admin::StageSpec> specs;
        for (int i = 0; i < stages.size(); ++i)
            specs.append({stages[i], colors[i], 10 + i * 20});
        Result<qint64> pid = a.createPipeline(pname, specs);
        if (!pid)
            return pid.error();
    }
    for (const auto &p : m_s->pipelines())
        if (p.stages.size() == 8) // 5 working stages, Won, Lost, Incoming
            created << p;
    QList<qint64> lossReasons;
    for (const char *r :
         {"Дорого", "Выбрали конкурента", "Нет бюджета", "No response", "Not a fit"}) {
        Result<qint64> id = a.createLossReason(QString::fromUtf8(r));
        if (!id)
            return id.error();
        lossReasons << *id;
    }
    // Task types by what the task says: meetings, letters and demos get their own type (and so
    // their icon and colour in the lists and the calendar); the rest stay Follow-ups.
    QHash<QString, qint64> typeOfText;
    {
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
             {std::pair{"Встреча в офисе клиента", meeting},
              std::pair{"Отправить коммерческое предложение", types[0]},
              std::pair{"Send the contract draft", types[0]}, std::pair{"Demo call", types[1]}})
            if (type > 0)
                typeOfText.insert(QString::fromUtf8(text), type);
    }

    FieldDef product{0,
                     EntityKind::Deal,
                     QStringLiteral("Продукт"),
                     FieldType::Select,
                     {QStringLiteral("CRM Start"), QStringLiteral("CRM Pro"),
                      QStringLiteral("Enterprise"), QStringLiteral("Консалтинг")},
                     QStringLiteral("Сделка"),
                     1,
                     0,
                     false};
    FieldDef contract{0,
                      EntityKind::Deal,
                      QStringLiteral("Номер договора"),
                      FieldType::Text,
                      {},
                      QStringLiteral("Сделка"),
                      2,
                      created[0].stages[3].id,
                      false};
    FieldDef birthday{0,
                      EntityKind::Contact,
                      QStringLiteral("День рождения"),
                      FieldType::Birthday,
                      {},
                      {},
                      1,
                      0,
                      false};
    FieldDef industry{0,
                      EntityKind::Company,
                      QStringLiteral("Отрасль"),
                      FieldType::Select,
                      {QStringLiteral("Розница"), QStringLiteral("Производство"),
                       QStringLiteral("IT"), QStringLiteral("Logistics")},
                      {},
                      1,
                      0,
                      false};
    qint64 productId = 0, contractId = 0, birthdayId = 0, industryId = 0;
    for (auto [def, out] : {std::pair{&product, &productId}, std::pair{&contract, &contractId},
                            std::pair{&birthday, &birthdayId}, std::pair{&industry, &industryId}}) {
        Result<qint64> id = a.createFieldDef(*def);
        if (!id)
            return id.error();
        *out = *id;
    }

    Records rec(*m_s);
    const qint64 span = m_o.nowMs - start;
    auto timeAt = [&](qint64 i, qint64 n) {
        return start + span * i / std::max<qint64>(1, n);
    };

    m_s->beginBatch();
    QList<qint64> companies;
    companies.reserve(int(spec.companies));
    for (qint64 i = 0; i < spec.companies; ++i) {
        m_clock.set(timeAt(i, spec.companies) - 30 * day);
        const bool ru = chance(70);
        const int wi = ru ? uniform(0, int(std::size(kRuCompanyWords)) - 1)
                          : uniform(0, int(std::size(kEnCompanyWords)) - 1);
        const QString word = QString::fromUtf8(ru ? kRuCompanyWords[wi] : kEnCompanyWords[wi]);
        const QString domain =
            QStringLiteral("%1%2.%3")
                .arg(ru ? QString::fromLatin1(kRuCompanyLatin[wi]) : word.toLower())
                .arg(i / 20 % 97 + 1)
                .arg(ru ? QStringLiteral("ru") : QStringLiteral("com"));
        QString name = ru ? pick(m_rng, kRuCompanyForms)
                                .replace(QStringLiteral("%1"), word)
                                .replace(QStringLiteral("%2"), person(true).name)
                          : pick(m_rng, kEnCompanyForms).replace(QStringLiteral("%1"), word);
        if (i >= qint64(std::size(kRuCompanyWords)))
            name +=
                QStringLiteral(" (%1)").arg(ru ? pick(m_rng, kRuCities) : pick(m_rng, kEnCities));
        Patch p{{QStringLiteral("name"), name},
                {QStringLiteral("phones"), QStringList{phone(ru)}},
                {QStringLiteral("emails"),
                 QStringList{(chance(50) ? QStringLiteral("info@") : QStringLiteral("sales@")) +
                             domain}},
                {QStringLiteral("responsible_id"), m_managers[int(m_rng() % m_managers.size())]},
                {QStringLiteral("cf.%1").arg(industryId),
                 industry.options[int(m_rng() % industry.options.size())]}};
        if (chance(40))
            p.insert(QStringLiteral("website"), QString(QStringLiteral("https://www.") + domain));
        if (chance(15))
            p.insert(QStringLiteral("tags"), QStringList{pick(m_rng, kTags)});
        Result<qint64> id = rec.create(EntityKind::Company, p);
        if (!id)
            return fail(id.error()).error();
        companies << *id;
        progress(QStringLiteral("companies"), i + 1, spec.companies);
        if (Status st = flush(i + 1); !st)
            return fail(st.error()).error();
    }
    m_sum.companies = companies.size();

    QList<qint64> contacts;
    contacts.reserve(int(spec.contacts));
    for (qint64 i = 0; i < spec.contacts; ++i) {
        m_clock.set(timeAt(i, spec.contacts) - 7 * day);
        const bool ru = chance(70);
        const Person p = person(ru);
        Patch patch{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("phones"),
             chance(20) ? QStringList{phone(ru), phone(ru)} : QStringList{phone(ru)}},
            {QStringLiteral("emails"), QStringList{p.email}},
            {QStringLiteral("responsible_id"), m_managers[int(m_rng() % m_managers.size())]}};
        if (!companies.isEmpty() && chance(80))
            patch.insert(QStringLiteral("company_id"), companies[int(m_rng() % companies.size())]);
        if (chance(50))
            patch.insert(QStringLiteral("position"), ru ? QStringLiteral("Менеджер по закупкам")
                                                        : QStringLiteral("Purchasing manager"));
        if (chance(20))
            patch.insert(
                QStringLiteral("cf.%1").arg(birthdayId),
                QDate(1960 + uniform(0, 40), uniform(1, 12), uniform(1, 28)).toString(Qt::ISODate));
        Result<qint64> id = rec.create(EntityKind::Contact, patch);
        if (!id)
            return fail(id.error()).error();
        contacts << *id;
        progress(QStringLiteral("contacts"), i + 1, spec.contacts);
        if (Status st = flush(i + 1); !st)
            return fail(st.error()).error();
    }
    m_sum.contacts = contacts.size();

    // Deals: created in the first stage, then moved stage by stage through the write path,
    // so the history holds real stage moves (~2.9 per deal, DESIGN.md's 3M for 1M deals).
    // Open deals skew to early stages; ~22% won after the last stage, ~28% lost midway.
    const int weights[] = {14, 12, 10, 8, 6, 22, 28};
    for (qint64 i = 0; i < spec.deals; ++i) {
        const qint64 created0 = timeAt(i, spec.deals);
        m_clock.set(created0);
        const PipelineInfo &pl = created[int(i % created.size())];
        int roll = uniform(0, 99), target = 0;
        while (roll >= weights[target]) {
            roll -= weights[target];
            ++target;
        }
        const qint64 responsible = m_managers[int(m_rng() % m_managers.size())];
        Patch patch{{QStringLiteral("name"),
                     QString(pick(m_rng, kDealWords) + QStringLiteral(" #%1").arg(i + 1))},
                    {QStringLiteral("budget"), qint64(uniform(5, 2000)) * 10000},
                    {QStringLiteral("stage_id"), pl.stages[0].id},
                    {QStringLiteral("responsible_id"), responsible},
                    {QStringLiteral("source"), pick(m_rng, kSources)},
                    {QStringLiteral("sort_order"), double(i)},
                    {QStringLiteral("cf.%1").arg(productId),
                     product.options[int(m_rng() % product.options.size())]}};
        if (!companies.isEmpty() && chance(70))
            patch.insert(QStringLiteral("company_id"), companies[int(m_rng() % companies.size())]);
        if (!contacts.isEmpty())
            patch.insert(QStringLiteral("contacts"),
                         QVariantList{contacts[int(i % contacts.size())]});
        if (chance(10))
            patch.insert(QStringLiteral("tags"), QStringList{pick(m_rng, kTags)});
        // Some fresh leads wait in Incoming for someone to accept them.
        if (target == 0 && chance(30))
            patch.insert(QStringLiteral("stage_id"), pl.stages[7].id);
        Result<qint64> id = rec.create(EntityKind::Deal, patch);
        if (!id)
            return fail(id.error()).error();
        ++m_sum.deals;
        // Walk the open stages up to the target (Won/Lost are reached from a random open stage).
        const int lastOpen = target < 5 ? target : (target == 5 ? 4 : uniform(1, 4));
        qint64 t = created0;
        const qint64 maxT = m_o.nowMs - 3600 * 1000LL;
        auto moveTo = [&](const StageInfo &st, Patch extra) -> Status {
            t = std::min(maxT, t + uniform(1, 20) * day / 2);
            m_clock.set(std::max(t, created0 + 60000));
            extra.insert(QStringLiteral("stage_id"), st.id);
            if (Status s = rec.update(EntityKind::Deal, *id, extra); !s)
                return s;
            ++m_sum.stageMoves;
            return Ok{};
        };
        for (int st = 1; st <= lastOpen; ++st) {
            Patch extra;
            if (pl.id == created[0].id && st == 3)
                extra.insert(QStringLiteral("cf.%1").arg(contractId),
                             QStringLiteral("Д-%1/%2").arg(i + 1).arg(2025 + int(i % 2)));
            if (Status s = moveTo(pl.stages[st], extra); !s)
                return fail(s.error()).error();
        }
        if (target == 5) {
            if (Status s = moveTo(pl.stages[5], {}); !s)
                return fail(s.error()).error();
        } else if (target == 6) {
            if (Status s = moveTo(pl.stages[6], {{QStringLiteral("loss_reason_id"),
                                                  lossReasons[int(m_rng() % lossReasons.size())]}});
                !s)
                return fail(s.error()).error();
        }

        // Tasks: a past one (mostly done) and, for open deals, a next step around today, in
        // working hours (09:00-18:00 UTC) of a day from ten days back to thirty ahead. A past
        // task that would fall after "now" goes to one of the last five days instead of piling
        // up at the same minute.
        const qint64 midnight = m_o.nowMs - m_o.nowMs % day;
        for (qint64 k = 0; k < spec.tasksPerDeal; ++k) {
            const bool past = k == 0 || target >= 5;
            qint64 due = past ? t + uniform(0, 5) * day
                              : midnight + (uniform(-10, 30) * day) +
                                    uniform(9, 17) * 3600 * 1000LL + (*id % 4) * 15 * 60 * 1000LL;
            if (past && due >= maxT)
                due = maxT - (1 + *id % 5) * day + (*id / 5 % 8) * 3600 * 1000LL;
            m_clock.set(std::max(created0, std::min(due, m_o.nowMs) - 2 * day));
            const QString text = pick(m_rng, kTaskTexts);
            Patch task{{QStringLiteral("text"), text},
                       {QStringLiteral("due_at"), due - due % (15 * 60 * 1000)},
                       {QStringLiteral("duration_min"), chance(30) ? 60 : 30},
                       {QStringLiteral("responsible_id"), responsible},
                       {QStringLiteral("entity_kind"), int(EntityKind::Deal)},
                       {QStringLiteral("entity_id"), *id}};
            if (const qint64 type = typeOfText.value(text))
                task.insert(QStringLiteral("type_id"), type);
            if (past && chance(85)) {
                task.insert(QStringLiteral("status"), int(TaskStatus::Done));
                task.insert(QStringLiteral("result"), pick(m_rng, kResults));
            }
            Result<qint64> tid = rec.create(EntityKind::Task, task);
            if (!tid)
                return fail(tid.error()).error();
            ++m_sum.tasks;
        }
        if (chance(10)) {
            m_clock.set(std::min(maxT, t));
            if (Result<qint64> n = rec.addNote(EntityKind::Deal, *id, pick(m_rng, kNotes)); !n)
                return fail(n.error()).error();
            ++m_sum.notes;
        }
        progress(QStringLiteral("deals"), i + 1, spec.deals);
        if (Status st = flush(i + 1); !st)
            return fail(st.error()).error();
    }
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
