// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "rawdemo.h"

#include "rawdb.h"

#include "core/util/text.h"

#include <random>
#include <string>
#include <vector>

namespace Voronka::Bench {

namespace {

const char *const kRuWords[] = {"Вектор", "Гранит", "Меридиан", "Импульс", "Альянс", "Восток"};
const char *const kEnWords[] = {"Northwind", "Summit", "Atlas", "Pioneer", "Harbor", "Keystone"};
const char *const kPeople[] = {"Анна Иванова", "Дмитрий Смирнов", "Ольга Кузнецова",
                               "James Smith",  "Emma Brown",      "Сергей Попов"};
const char *const kDeals[] = {"Поставка оборудования", "Внедрение CRM", "Annual licence",
                              "Consulting project"};

// Everything one generator needs: the statements, the clock and the random source.
class Writer
{
public:
    Writer(sqlite3 *db, quint64 seed, qint64 now)
        : m_db(db)
        , m_rng(seed)
        , m_now(now)
        , m_company(db, "INSERT INTO companies(name, phones, emails, website, address, "
                        "responsible_id, uid, created_at, updated_at, author_id, hlc) "
                        "VALUES(?1, ?2, ?3, ?4, NULL, ?5, ?6, ?7, ?7, 1, ?8)")
        , m_contact(db, "INSERT INTO contacts(name, position, company_id, phones, emails, "
                        "responsible_id, uid, created_at, updated_at, author_id, hlc) "
                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, 1, ?9)")
        , m_deal(db, "INSERT INTO deals(name, budget, currency, responsible_id, pipeline_id, "
                     "stage_id, company_id, source, close_date, loss_reason_id, loss_detail, "
                     "sort_order, uid, created_at, updated_at, author_id, hlc, stage_entered_at) "
                     "VALUES(?1, ?2, 'RUB', ?3, ?4, ?5, ?6, ?7, NULL, NULL, NULL, ?8, ?9, ?10, "
                     "?10, 1, ?11, ?10)")
        , m_task(db, "INSERT INTO tasks(type_id, text, due_at, all_day, duration_min, "
                     "responsible_id, entity_kind, entity_id, status, result, uid, created_at, "
                     "updated_at, author_id, hlc) VALUES(1, ?1, ?2, 0, 30, ?3, 1, ?4, ?5, ?6, "
                     "?7, ?8, ?8, 1, ?9)")
        , m_note(db, "INSERT INTO notes(uid, entity_kind, entity_id, text, created_at, "
                     "updated_at, author_id, hlc) VALUES(?1, 1, ?2, ?3, ?4, ?4, 1, ?5)")
        , m_move(db, "UPDATE deals SET stage_id = ?1, stage_entered_at = ?2, updated_at = ?2 "
                     "WHERE id = ?3")
        , m_link(db, "INSERT INTO deal_contacts(deal_id, contact_id, position) VALUES(?1, ?2, 0)")
        , m_value(db, "INSERT INTO field_values(kind, entity_id, field_id, value) "
                      "VALUES(?1, ?2, ?3, ?4)")
        , m_search(db, "INSERT INTO search(rowid, name, phones, emails, company, extra) "
                       "VALUES(?1, ?2, ?3, ?4, ?5, ?6)")
        , m_outbox(db, "INSERT INTO outbox(mutation_uid, kind, entity_id, op, fields, hlc) "
                       "VALUES(?1, ?2, ?3, ?4, ?5, ?6)")
        , m_history(db, "INSERT INTO history(kind, entity_id, at, user_id, event, field, "
                        "old_value, new_value) VALUES(1, ?1, ?2, 1, ?3, ?4, ?5, ?6)")
        , m_clock(db, "INSERT INTO field_clock(kind, entity_id, field, hlc) VALUES(1, ?1, "
                      "'stage_id', ?2) ON CONFLICT(kind, entity_id, field) DO UPDATE SET hlc = "
                      "excluded.hlc")
    {
    }

    void run(const Core::DemoSummary &n);

private:
    qint64 rowid() const { return qint64(sqlite3_last_insert_rowid(m_db)); }
    qint64 nextHlc() { return (m_now << 16) + ++m_counter; }
    const unsigned char *uid()
    {
        const quint64 a = m_rng(), b = m_rng();
        for (int i = 0; i < 8; ++i) {
            m_uid[i] = static_cast<unsigned char>(a >> (8 * i));
            m_uid[8 + i] = static_cast<unsigned char>(b >> (8 * i));
        }
        return m_uid;
    }
    std::string phone()
    {
        return cat("+7 9", std::to_string(10 + m_rng() % 90), " ",
                   std::to_string(100 + m_rng() % 900), "-", std::to_string(10 + m_rng() % 90), "-",
                   std::to_string(10 + m_rng() % 90));
    }
    static std::string digits(const std::string &s)
    {
        std::string d;
        for (char c : s)
            if (c >= '0' && c <= '9')
                d += c;
        // As phoneSearchTerms: the whole number, its last ten digits and their endings.
        std::string terms = d;
        const std::string tail = d.size() > 10 ? d.substr(d.size() - 10) : d;
        for (size_t n = tail.size(); n >= size_t(Core::Text::kPhoneSuffixMin); --n)
            if (n < d.size())
                terms += cat(" ", tail.substr(tail.size() - n));
        return terms;
    }
    void outbox(int kind, qint64 id, int op, std::string_view fields)
    {
        m_outbox.bindBlob(1, uid(), 16).bind(2, sqlite3_int64(kind)).bind(3, sqlite3_int64(id));
        m_outbox.bind(4, sqlite3_int64(op)).bind(5, fields).bind(6, sqlite3_int64(nextHlc())).run();
    }
    void history(qint64 dealId, int event, std::string_view field, qint64 oldValue, qint64 newValue)
    {
        m_history.bind(1, sqlite3_int64(dealId))
            .bind(2, sqlite3_int64(m_now))
            .bind(3, sqlite3_int64(event));
        m_history.bind(4, field)
            .bind(5, sqlite3_int64(oldValue))
            .bind(6, sqlite3_int64(newValue))
            .run();
    }
    void search(qint64 rowid, const std::string &name, const std::string &phones,
                const std::string &emails, const std::string &company, const std::string &extra)
    {
        m_search.bind(1, sqlite3_int64(rowid)).bind(2, name).bind(3, phones).bind(4, emails);
        m_search.bind(5, company).bind(6, extra).run();
    }

    sqlite3 *m_db;
    std::mt19937_64 m_rng;
    qint64 m_now;
    qint64 m_counter = 0;
    unsigned char m_uid[16] = {};
    RawStmt m_company, m_contact, m_deal, m_task, m_note, m_move, m_link, m_value, m_search,
        m_outbox, m_history, m_clock;
};

void Writer::run(const Core::DemoSummary &n)
{
    std::vector<std::string> companyNames;
    std::vector<qint64> companies, contacts;
    for (qint64 i = 0; i < n.companies; ++i) {
        const bool ru = m_rng() % 10 < 7;
        const std::string word = ru ? kRuWords[m_rng() % 6] : kEnWords[m_rng() % 6];
        const std::string name = ru ? cat("ООО «", word, "» ", std::to_string(i))
                                    : cat(word, " Ltd ", std::to_string(i));
        const std::string ph = phone(), mail = cat("info@company", std::to_string(i), ".ru");
        const std::string phones = cat("[\"", ph, "\"]"), emails = cat("[\"", mail, "\"]");
        const std::string site = cat("https://www.company", std::to_string(i), ".ru");
        m_company.bind(1, name).bind(2, phones).bind(3, emails).bind(4, site);
        m_company.bind(5, sqlite3_int64(1 + m_rng() % 10)).bindBlob(6, uid(), 16);
        m_company.bind(7, sqlite3_int64(m_now)).bind(8, sqlite3_int64(nextHlc())).run();
        const qint64 id = rowid();
        m_value.bind(1, sqlite3_int64(3)).bind(2, sqlite3_int64(id)).bind(3, sqlite3_int64(4));
        m_value.bind(4, std::string_view("IT")).run();
        search(id * 4 + 3, name, digits(ph), mail, {}, cat(site, " "));
        outbox(3, id, 1, "name,phones,emails,website,responsible_id,cf.4");
        companies.push_back(id);
        companyNames.push_back(name);
    }
    for (qint64 i = 0; i < n.contacts; ++i) {
        const std::string name = kPeople[m_rng() % 6];
        const std::string ph = phone(), mail = cat("person", std::to_string(i), "@mail.ru");
        const std::string phones = cat("[\"", ph, "\"]"), emails = cat("[\"", mail, "\"]");
        const size_t c = companies.empty() ? 0 : size_t(m_rng() % companies.size());
        m_contact.bind(1, name).bind(2, std::string_view("Менеджер по закупкам"));
        if (companies.empty())
            m_contact.bindNull(3);
        else
            m_contact.bind(3, sqlite3_int64(companies[c]));
        m_contact.bind(4, phones).bind(5, emails).bind(6, sqlite3_int64(1 + m_rng() % 10));
        m_contact.bindBlob(7, uid(), 16)
            .bind(8, sqlite3_int64(m_now))
            .bind(9, sqlite3_int64(nextHlc()))
            .run();
        const qint64 id = rowid();
        if (i % 5 == 0) {
            m_value.bind(1, sqlite3_int64(2)).bind(2, sqlite3_int64(id)).bind(3, sqlite3_int64(3));
            m_value.bind(4, std::string_view("1980-05-17")).run();
        }
        search(id * 4 + 2, name, digits(ph), mail,
               companies.empty() ? std::string() : companyNames[c], "Менеджер по закупкам");
        outbox(2, id, 1, "name,position,company_id,phones,emails,responsible_id");
        contacts.push_back(id);
    }
    // Stage moves and tasks are spread over the deals as generateDemo spreads them.
    const qint64 deals = std::max<qint64>(1, n.deals);
    for (qint64 i = 0; i < n.deals; ++i) {
        const std::string name = cat(kDeals[m_rng() % 4], " #", std::to_string(i + 1));
        const size_t c = companies.empty() ? 0 : size_t(m_rng() % companies.size());
        m_deal.bind(1, name).bind(2, sqlite3_int64((5 + m_rng() % 1996) * 10000));
        m_deal.bind(3, sqlite3_int64(1 + m_rng() % 10)).bind(4, sqlite3_int64(1 + i % 3));
        m_deal.bind(5, sqlite3_int64(1 + (i % 3) * 7));
        if (companies.empty())
            m_deal.bindNull(6);
        else
            m_deal.bind(6, sqlite3_int64(companies[c]));
        m_deal.bind(7, std::string_view("Сайт")).bind(8, double(i)).bindBlob(9, uid(), 16);
        m_deal.bind(10, sqlite3_int64(m_now)).bind(11, sqlite3_int64(nextHlc())).run();
        const qint64 id = rowid();
        if (!contacts.empty())
            m_link.bind(1, sqlite3_int64(id))
                .bind(2, sqlite3_int64(contacts[size_t(i) % contacts.size()]))
                .run();
        m_value.bind(1, sqlite3_int64(1)).bind(2, sqlite3_int64(id)).bind(3, sqlite3_int64(1));
        m_value.bind(4, std::string_view("CRM Pro")).run();
        search(id * 4 + 1, name, {}, {}, companies.empty() ? std::string() : companyNames[c],
               "Сайт");
        outbox(1, id, 1,
               "name,budget,currency,responsible_id,pipeline_id,stage_id,company_id,"
               "source,sort_order,contacts,cf.1");
        const qint64 moves = n.stageMoves / deals + (i < n.stageMoves % deals ? 1 : 0);
        qint64 stage = 1 + (i % 3) * 7;
        for (qint64 m = 0; m < moves; ++m) {
            m_move.bind(1, sqlite3_int64(stage + 1))
                .bind(2, sqlite3_int64(m_now))
                .bind(3, sqlite3_int64(id))
                .run();
            history(id, 2, "stage_id", stage, stage + 1);
            outbox(1, id, 2, "stage_id");
            m_clock.bind(1, sqlite3_int64(id)).bind(2, sqlite3_int64(nextHlc())).run();
            ++stage;
        }
        const qint64 tasks = n.tasks / deals + (i < n.tasks % deals ? 1 : 0);
        for (qint64 k = 0; k < tasks; ++k) {
            const bool done = k == 0;
            m_task.bind(1, std::string_view("Позвонить и уточнить потребность"));
            m_task.bind(2, sqlite3_int64(m_now + k * 86400000))
                .bind(3, sqlite3_int64(1 + m_rng() % 10));
            m_task.bind(4, sqlite3_int64(id)).bind(5, sqlite3_int64(done ? 1 : 0));
            if (done)
                m_task.bind(6, std::string_view("Договорились о встрече"));
            else
                m_task.bindNull(6);
            m_task.bindBlob(7, uid(), 16)
                .bind(8, sqlite3_int64(m_now))
                .bind(9, sqlite3_int64(nextHlc()))
                .run();
            const qint64 tid = rowid();
            outbox(4, tid, 1,
                   "type_id,text,due_at,duration_min,responsible_id,entity_kind,entity_id");
            history(id, 6, "task", 0, tid);
        }
        if (i < n.notes) {
            m_note.bindBlob(1, uid(), 16).bind(2, sqlite3_int64(id));
            m_note.bind(3, std::string_view("Клиент просил связаться после обеда."));
            m_note.bind(4, sqlite3_int64(m_now)).bind(5, sqlite3_int64(nextHlc())).run();
            const qint64 nid = rowid();
            history(id, 5, "note", 0, nid);
            outbox(5, nid, 1, "entity_kind,entity_id,text");
        }
    }
}

} // namespace

void rawDemoInsert(sqlite3 *db, const Core::DemoSummary &counts, quint64 seed, qint64 nowMs)
{
    RawStmt(db, "BEGIN IMMEDIATE").run();
    try {
        {
            Writer w(db, seed, nowMs);
            w.run(counts);
        } // statements finalized before COMMIT
        RawStmt(db, "COMMIT").run();
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

} // namespace Voronka::Bench
