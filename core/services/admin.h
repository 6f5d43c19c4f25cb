// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/automation/stageautomation.h"
#include "core/fields/fieldtypes.h"
#include "core/permissions/permissions.h"
#include "core/services/auth.h"
#include "core/services/session.h"

#include <QHash>

#include <functional>

namespace Voronka::Core {

// The keys of the database-wide options the General page edits (Admin::setSetting).
namespace SettingKey {
inline constexpr char kCompanyName[] = "company_name";
inline constexpr char kDefaultCurrency[] = "default_currency"; // "RUB", see Money
inline constexpr char kWeekStart[] = "week_start";             // 1 Monday ... 7 Sunday
inline constexpr char kWorkStart[] = "work_start";             // minutes after midnight
inline constexpr char kWorkEnd[] = "work_end";
inline constexpr char kTimeZone[] = "time_zone";               // IANA id; empty: the system's
inline constexpr char kDefaultLanguage[] = "default_language"; // "ru", "en"
} // namespace SettingKey

// Settings the admin manages: departments, roles, users, pipelines and stages, task types,
// loss reasons, custom field definitions and database-wide options. Every call requires an
// admin, runs in one transaction, appends to the outbox, and refreshes the session caches.
class Admin
{
public:
    // origin: why its changes happen (WriteMode::Undo when an undo step replays one); history
    // records it.
    explicit Admin(Session &s, const Origin &origin = {})
        : m_s(s)
        , m_origin(origin)
    {
    }

    // Fills a new, empty database: the Administrator role, the first admin user, the
    // built-in task types and a default sales pipeline. Returns the admin's user id.
    static Result<qint64> initialize(Database &db, const Clock &clock, const QString &email,
                                     const QString &name, const QString &password,
                                     Auth::Strength strength = Auth::Strength::Interactive,
                                     bool defaultPipeline = true);

    // --- Departments ---
    struct DepartmentInfo
    {
        qint64 id = 0;
        QString name;
        int members = 0; // users of any state
    };
    Result<QList<DepartmentInfo>> departments(); // by name; readable by everyone
    Result<qint64> createDepartment(const QString &name);
    Status renameDepartment(qint64 id, const QString &name);
    // Members move to moveTo (0: no department) in the same transaction.
    Status deleteDepartment(qint64 id, qint64 moveTo);

    // --- Roles ---
    struct RoleOptions
    {
        // Deals: a cap per pipeline id lowering every deal scope there (None hides the
        // pipeline, Own keeps only the user's deals); pipelines not listed follow the matrix.
        QHash<qint64, Scope> pipelineCaps;
        Scope analytics = Scope::Own; // whose figures the role's users see in Analytics
        bool canImport = false;
        bool operator==(const RoleOptions &) const = default;
    };
    struct RoleInfo
    {
        qint64 id = 0;
        QString name;
        bool admin = false;
        RoleMatrix matrix;
        RoleOptions options;
        int users = 0; // active users with the role
    };
    Result<QList<RoleInfo>> roles(); // by name; readable by everyone
    Result<RoleInfo> role(qint64 id);
    Result<qint64> createRole(const QString &name, const RoleMatrix &matrix, bool isAdmin = false);
    Status renameRole(qint64 roleId, const QString &name);
    Status setRoleMatrix(qint64 roleId, const RoleMatrix &matrix);
    Status setRoleOptions(qint64 roleId, const RoleOptions &options);
    // Refused when it would leave no active administrator.
    Status setRoleAdmin(qint64 roleId, bool admin);
    // The whole of a role's rights as the Roles page saves them, in one transaction: the
    // parts that differ from the file are written, a refused part leaves the role as it was.
    Status setRoleRights(qint64 roleId, const RoleMatrix &matrix, const RoleOptions &options,
                         bool admin);
    // A copy with its matrix and options under a new name.
    Result<qint64> cloneRole(qint64 roleId, const QString &newName);
    // Its users move to moveTo in the same transaction; refused for the last admin role.
    Status deleteRole(qint64 roleId, qint64 moveTo);
    // What a user would see under this matrix and options (a draft, before saving): counts of
    // the deals, contacts, companies and tasks the View right lets through.
    struct Preview
    {
        qint64 deals = 0, contacts = 0, companies = 0, tasks = 0;
    };
    Result<Preview> preview(qint64 userId, const RoleMatrix &matrix, const RoleOptions &options,
                            bool isAdmin = false);

    // --- Users ---
    // passwordHash: from Auth::hashPassword (hashing is slow on purpose; callers may reuse).
    Result<qint64> createUser(const QString &email, const QString &name,
                              const QString &passwordHash, qint64 roleId, qint64 departmentId);
    struct UserEdit
    {
        QString email;
        QString name;
        qint64 roleId = 0;
        qint64 departmentId = 0; // 0: none
    };
    // The fields that differ, in one transaction; refused when it would leave no active admin.
    Status updateUser(qint64 userId, const UserEdit &edit);
    Status setUserRole(qint64 userId, qint64 roleId);
    Status setUserDepartment(qint64 userId, qint64 departmentId);
    // An administrator sets a new password for anyone (a reset).
    Status setPassword(qint64 userId, const QString &passwordHash);
    // A readable random password to hand a new colleague once (letters and digits).
    static QString generatePassword(int length = 12);

    // Deactivation with a handover: the user's open deals, contacts, companies and open tasks
    // move to `handoverTo` (0: they stay), each with history and outbox, and the user can no
    // longer sign in, all in one transaction. What moved is returned so the step can be undone.
    struct Handover
    {
        qint64 userId = 0;
        qint64 toUserId = 0;
        QList<qint64> deals, contacts, companies, tasks;
        int total() const
        {
            return int(deals.size() + contacts.size() + companies.size() + tasks.size());
        }
    };
    // Counts of what a handover would move, for the dialog.
    Result<Handover> handoverPlan(qint64 userId);
    Result<Handover> deactivateUser(qint64 userId, qint64 handoverTo);
    // Reactivates; with the handover of a deactivation, moves back what still belongs to its
    // receiver (a record a colleague reassigned since stays where it is): the undo.
    Status reactivateUser(qint64 userId);
    Status reactivateUser(qint64 userId, const Handover &giveBack);
    // Kept for callers that only flip the flag (no handover).
    Status setUserActive(qint64 userId, bool active);

    // --- My profile: the acting user's own, no admin right needed ---
    struct Profile
    {
        QString name;
        QString avatarColor; // "#RRGGBB" or empty
        QString language;    // "ru", "en" or empty
        int reminderLeadMin = 15;
    };
    Status updateProfile(const Profile &profile);
    Status changeOwnPassword(const QString &oldPassword, const QString &newPassword,
                             Auth::Strength strength = Auth::Strength::Interactive);

    // --- Tags ---
    struct TagInfo
    {
        qint64 id = 0;
        QString name;
        int uses = 0; // records carrying it
    };
    Result<QList<TagInfo>> tags();
    Status renameTag(qint64 id, const QString &name);
    // Every record with `from` gets `into` instead; `from` goes to the recycle bin.
    Status mergeTags(qint64 from, qint64 into);
    Status deleteTag(qint64 id);
    // The records carrying a tag (read before a merge or a deletion, in its transaction), and
    // which of them also carried `alsoWith` (the tag a merge goes into).
    struct RecordTag
    {
        int kind = 0;
        qint64 id = 0;
        bool operator==(const RecordTag &) const = default;
    };
    struct TagCarriers
    {
        QList<RecordTag> records;
        QList<RecordTag> hadOther;
    };
    Result<TagCarriers> tagCarriers(qint64 id, qint64 alsoWith = 0);
    // The undo of deleteTag (mergedInto 0) and of mergeTags: the tag comes back onto its
    // records, which lose the tag it was merged into unless they had it before.
    Status restoreTag(qint64 id, const TagCarriers &carriers, qint64 mergedInto = 0);

    // --- Loss reasons (the list a lost deal picks from) ---
    struct LossReasonInfo
    {
        qint64 id = 0;
        QString name;
        bool archived = false;
    };
    // Every reason the settings page lists: the offered ones in order, then the archived.
    Result<QList<LossReasonInfo>> lossReasonList();
    Status renameLossReason(qint64 id, const QString &name);
    // The reasons in this order (ids of the active ones).
    Status reorderLossReasons(const QList<qint64> &ids);
    // Archived reasons stay on the deals that have them but are no longer offered.
    Status setLossReasonArchived(qint64 id, bool archived);

    struct StageSpec
    {
        QString name;
        QString color;
        int probability = 0;
    };
    // A pipeline with its open stages in order, plus the system stages Won and Lost.
    Result<qint64> createPipeline(const QString &name, const QList<StageSpec> &stages);
    Result<qint64> createTaskType(const QString &name, const QString &icon, const QString &color,
                                  BuiltinTaskType builtin = BuiltinTaskType::Custom);
    // A task type's name and colour ("#RRGGBB"); the built-in ones may be renamed and
    // recoloured but not deleted. Tasks of a deleted type keep it (shown, not offered).
    Status updateTaskType(qint64 id, const QString &name, const QString &color);
    Status removeTaskType(qint64 id);
    // Brings a removed type back as it was (the undo of a removal, the redo of a creation).
    Status restoreTaskType(qint64 id);
    // A task type's icon, one of taskTypeIcons(); the UI draws it tinted with the type's colour.
    Status setTaskTypeIcon(qint64 id, const QString &icon);
    // The icon names a task type may have, in the order a picker offers them. "task" is the
    // plain one: new types start with it and a name no longer known is drawn as it.
    static const QStringList &taskTypeIcons();
    Result<qint64> createLossReason(const QString &name);
    Result<qint64> createFieldDef(const FieldDef &def);
    Result<qint64> createAutomation(const StageAutomation &automation);
    // A database-wide option (SettingKey, kTaskResultRequired...), with history and outbox.
    Status setSetting(const QString &key, const QVariant &value);
    // Several of them as one transaction (or part of the caller's batch): all or none.
    Status setSettings(const QList<std::pair<QString, QVariant>> &values);
    struct General
    {
        QString companyName;
        QString currency = QStringLiteral("RUB");
        int weekStart = 1;
        int workStartMin = 9 * 60;
        int workEndMin = 18 * 60;
        QString timeZone;
        QString language;
        bool sharedFile = false; // Database::kSharedFileSetting: shared-file mode everywhere
        bool operator==(const General &) const = default;
    };
    static General general(Database &db); // defaults for what was never set
    // The options that differ, in one transaction; validated (an unknown currency or time
    // zone, a working day that ends before it starts are refused, naming the field).
    Status setGeneral(const General &general);

private:
    Status requireAdmin();
    // Whether at least one active user with an admin role remains if `userId` stops being
    // one (userId 0 with roleId: if the role stops being an admin role).
    Status keepsAnAdmin(qint64 userId, qint64 roleId = 0);
    Status rename(EntityKind kind, qint64 id, const QString &name);
    // Moves every listed record still held by `from` to `to`; ids are filled with what moved.
    void reassign(class Change &c, EntityKind kind, qint64 from, qint64 to, QList<qint64> &ids,
                  bool onlyListed);
    // One column of a settings row, with history and outbox; an admin's call.
    Status setColumn(EntityKind kind, qint64 id, const QString &column, const QVariant &value);
    // The same without the admin check (a user's own profile). secret: history records that
    // the column changed but not its values (password hashes).
    Status writeColumn(EntityKind kind, qint64 id, const QString &column, const QVariant &value,
                       bool secret = false);
    // Runs `step` as one transaction (or as part of the caller's batch): all or nothing.
    Status atomically(const std::function<Status()> &step);
    Result<qint64> createPipelineRows(const QString &name, const QList<StageSpec> &stages);
    Result<qint64> insertNamed(const char *table, EntityKind kind, const QString &name,
                               const QStringList &extraCols, const QVariantList &extraValues);
    Session &m_s;
    Origin m_origin;
    bool m_bootstrap = false;
};

} // namespace Voronka::Core
