<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Tr</name>
    <message>
        <location filename="../core/services/duplicates.cpp" line="+157"/>
        <location line="+107"/>
        <location line="+34"/>
        <source>Duplicates are found among contacts and companies.</source>
        <translation>Дубли ищутся среди контактов и компаний.</translation>
    </message>
</context>
<context>
    <name>Voronka::CommandLine</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+61"/>
        <source>Open the database FILE.</source>
        <translation>Открыть базу данных FILE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in as EMAIL (password from VORONKA_PASSWORD).</source>
        <translation>Войти как EMAIL (пароль берётся из VORONKA_PASSWORD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language: ru or en.</source>
        <translation>Язык интерфейса: ru или en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour theme: light or dark.</source>
        <translation>Цветовая тема: light (светлая) или dark (тёмная).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the section SECTION, or a page of it: settings/users; &quot;about&quot; shows the About box.</source>
        <translation>Открыть раздел SECTION или его страницу: settings/users; «about» показывает окно «О программе».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the window as OUT.png and exit; without a database, the start screen.</source>
        <translation>Сохранить окно в OUT.png и выйти; без базы данных — начальный экран.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size, e.g. 1400x900.</source>
        <translation>Размер окна, например 1400x900.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the card of a record, e.g. deal:42.</source>
        <translation>Открыть карточку записи, например deal:42.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database to open (the same as --db FILE).</source>
        <translation>База данных, которую открыть (то же, что --db FILE).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give one database: FILE or --db FILE.</source>
        <translation>укажите одну базу данных: FILE или --db FILE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown language &quot;%1&quot;; use ru or en.</source>
        <translation>неизвестный язык «%1»; укажите ru или en.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown theme &quot;%1&quot;; use light or dark.</source>
        <translation>неизвестная тема «%1»; укажите light или dark.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 1400x900.</source>
        <translation>--size принимает ШИРИНАxВЫСОТА, например 1400x900.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the &quot;%1&quot; section is not available in this version; available: %2.</source>
        <translation>раздел «%1» в этой версии пока недоступен; доступны: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown section &quot;%1&quot;; available: %2.</source>
        <translation>неизвестный раздел «%1»; доступны: %2.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Admin</name>
    <message>
        <location filename="../core/services/admin.cpp" line="+28"/>
        <source>Only an administrator may change settings.</source>
        <translation>Изменять настройки может только администратор.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/services/adminroles.cpp" line="+58"/>
        <source>%1: the name must have between 1 and 255 characters.</source>
        <translation>%1: название должно содержать от 1 до 255 символов.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../core/services/adminroles.cpp" line="+7"/>
        <location line="+27"/>
        <location line="+111"/>
        <source>%1 &quot;%2&quot; already exists.</source>
        <translation>%1 «%2» уже есть.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database already has users.</source>
        <translation>В базе данных уже есть пользователи.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The administrator needs a password.</source>
        <translation>Администратору нужен пароль.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up</source>
        <translation>Связаться</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First contact</source>
        <translation>Первичный контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Принятие решения</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+153"/>
        <location filename="../core/services/adminlists.cpp" line="+21"/>
        <location line="+210"/>
        <location filename="../core/services/adminroles.cpp" line="-8"/>
        <location line="+157"/>
        <location filename="../core/services/adminusers.cpp" line="+23"/>
        <source>%1 #%2 does not exist.</source>
        <translation>%1 №%2 не существует.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../core/services/adminlists.cpp" line="-69"/>
        <source>%1 #%2 is not deleted.</source>
        <translation>%1 №%2 не удалён.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>A setting needs a name.</source>
        <translation>У настройки должно быть имя.</translation>
    </message>
    <message>
        <location filename="../core/services/adminusers.cpp" line="+59"/>
        <location line="+43"/>
        <source>User &quot;%1&quot;: &quot;%2&quot; is not an email address.</source>
        <translation>Пользователь «%1»: «%2» — не адрес электронной почты.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>User &quot;%1&quot; needs a password.</source>
        <translation>Пользователю «%1» нужен пароль.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source>A user with the email %1 already exists.</source>
        <translation>Пользователь с адресом %1 уже есть.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+45"/>
        <source>User &quot;%1&quot;: choose a role.</source>
        <translation>Пользователь «%1»: выберите роль.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>User %1: the name must have between 1 and 255 characters.</source>
        <translation>Пользователь %1: имя должно содержать от 1 до 255 символов.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>User &quot;%1&quot;: the department no longer exists.</source>
        <translation>Пользователь «%1»: отдела больше нет.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The new password is empty.</source>
        <translation>Новый пароль пуст.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>You cannot deactivate yourself.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already deactivated.</source>
        <translation>%1 уже деактивирован(а).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&apos;s records can only go to another active user.</source>
        <translation>Записи пользователя %1 можно передать только другому активному пользователю.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Sign in to change your profile.</source>
        <translation>Войдите, чтобы изменить свой профиль.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name must have between 1 and 255 characters.</source>
        <translation>Имя должно содержать от 1 до 255 символов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a colour like #2F80ED.</source>
        <translation>«%1» — не цвет вида #2F80ED.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders come between 0 minutes and a week before a task.</source>
        <translation>Напоминание приходит не раньше чем за неделю и не позже начала задачи.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sign in to change your password.</source>
        <translation>Войдите, чтобы сменить пароль.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new password needs at least 4 characters.</source>
        <translation>В новом пароле должно быть не меньше 4 символов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password could not be hashed.</source>
        <translation>Не удалось вычислить хеш пароля.</translation>
    </message>
    <message>
        <location filename="../core/services/admin.cpp" line="-233"/>
        <source>Pipeline &quot;%1&quot; needs at least one stage.</source>
        <translation>В воронке «%1» должен быть хотя бы один этап.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Won</source>
        <translation>Успешно реализовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Закрыто и не реализовано</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not a task type icon; choose one of: %2.</source>
        <translation>«%1» — не значок типа задачи; выберите один из: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A task type needs a name.</source>
        <translation>У типа задачи должно быть название.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Task type &quot;%1&quot;: &quot;%2&quot; is not a colour like #2F80ED.</source>
        <translation>Тип задачи «%1»: «%2» — не цвет вида #2F80ED.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;%1&quot; is built in and cannot be deleted; rename it instead.</source>
        <translation>«%1» — встроенный тип, его нельзя удалить; переименуйте его.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Custom field &quot;%1&quot;: fields belong to deals, contacts or companies.</source>
        <translation>Дополнительное поле «%1»: поля бывают только у сделок, контактов и компаний.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custom field &quot;%1&quot;: a list needs at least one choice.</source>
        <translation>Дополнительное поле «%1»: в списке должен быть хотя бы один вариант.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom field &quot;%1&quot;: only deal fields can be required from an existing stage.</source>
        <translation>Дополнительное поле «%1»: обязательными с определённого этапа могут быть только поля сделок.</translation>
    </message>
    <message>
        <location filename="../core/services/adminlists.cpp" line="-75"/>
        <source>Choose two different tags to merge.</source>
        <translation>Для объединения выберите два разных тега.</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>The company name may have at most 200 characters.</source>
        <translation>Название компании — не больше 200 символов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a currency code like RUB or EUR.</source>
        <translation>«%1» — не код валюты вроде RUB или EUR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week starts on a day from 1 to 7.</source>
        <translation>Неделя начинается с дня от 1 до 7.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The working day must end after it starts, within one day.</source>
        <translation>Рабочий день должен заканчиваться позже, чем начинается, в пределах суток.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a time zone like Europe/Moscow.</source>
        <translation>«%1» — не часовой пояс вроде Europe/Moscow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/services/adminusers.cpp" line="-53"/>
        <source>Voronka speaks Russian (ru) and English (en), not &quot;%1&quot;.</source>
        <translation>Воронка говорит по-русски (ru) и по-английски (en), но не «%1».</translation>
    </message>
    <message>
        <location filename="../core/services/adminroles.cpp" line="-307"/>
        <source>Voronka needs at least one active administrator: make someone else an administrator first.</source>
        <translation>В Воронке должен остаться хотя бы один активный администратор: сначала назначьте администратором кого-то другого.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Choose another department for the members of this one.</source>
        <translation>Выберите другой отдел для сотрудников этого отдела.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The department no longer exists; reload the list.</source>
        <translation>Этого отдела больше нет; обновите список.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Role &quot;%1&quot;: a pipeline may be hidden or limited to the user&apos;s own deals, nothing else.</source>
        <translation>Роль «%1»: воронку можно только скрыть или ограничить своими сделками.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Role &quot;%1&quot;: choose another role for its users.</source>
        <translation>Роль «%1»: выберите другую роль для её пользователей.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::AdminStep</name>
    <message>
        <location filename="../core/services/adminstep.cpp" line="+142"/>
        <source>%1 was changed by someone else since; left as it is.</source>
        <translation>%1: с тех пор изменено кем-то другим; оставлено как есть.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Aggregates</name>
    <message>
        <location filename="../core/analytics/aggregates.cpp" line="+109"/>
        <source>%1 (%2) holds %3 where the records give %4; check --repair rebuilds it.</source>
        <translation>%1 (%2): записано %3, а по записям выходит %4; check --repair пересчитает.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Analytics aggregates: %1 more rows differ.</source>
        <translation>Итоги аналитики: расходятся ещё %1 строк.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Analytics</name>
    <message>
        <location filename="../core/analytics/reports.cpp" line="+96"/>
        <source>The pipeline of the report no longer exists.</source>
        <translation>Воронки этого отчёта больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no pipeline to report on.</source>
        <translation>Нет воронки для отчёта.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>No reason given</source>
        <translation>Причина не указана</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The month of a goal is written YYYY-MM, not &quot;%1&quot;.</source>
        <translation>Месяц цели записывается как ГГГГ-ММ, а не «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A goal cannot be negative.</source>
        <translation>Цель не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user of the goal does not exist.</source>
        <translation>Пользователя этой цели не существует.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 may not set the plan of %2: only an administrator or the head of %2&apos;s department may.</source>
        <translation>%1 не может задавать план пользователя %2: это может только администратор или руководитель отдела, в котором работает %2.</translation>
    </message>
    <message>
        <location filename="../core/analytics/drill.cpp" line="+78"/>
        <source>Choose a pipeline to list the deals of a funnel stage.</source>
        <translation>Выберите воронку, чтобы открыть сделки этапа.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The list was cancelled.</source>
        <translation>Список отменён.</translation>
    </message>
    <message>
        <location filename="../core/analytics/goals.cpp" line="+55"/>
        <source>%1 may not change the plan of %2: only an administrator or the head of %2&apos;s department may.</source>
        <translation>%1 не может менять план сотрудника %2: это может администратор или руководитель отдела, где работает %2.</translation>
    </message>
    <message>
        <location filename="../core/analytics/dealscan.cpp" line="+119"/>
        <source>%1 was switched to read-only while open, so a report cannot be filtered by tags or source; reopen the file to filter.</source>
        <translation>Файл %1 переключился в режим только для чтения, пока был открыт, поэтому отчёт нельзя отфильтровать по тегам или источнику; откройте файл заново, чтобы применить фильтр.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+29"/>
        <source>The report was cancelled.</source>
        <translation>Отчёт отменён.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Auth</name>
    <message>
        <location filename="../core/services/auth.cpp" line="+48"/>
        <source>Unknown user or wrong password.</source>
        <translation>Неизвестный пользователь или неверный пароль.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Too many failed sign-in attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n минут.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Automations</name>
    <message>
        <location filename="../core/automation/stageautomation.cpp" line="+43"/>
        <source>Stage #%1 does not exist.</source>
        <translation>Этап №%1 не существует.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automation of the stage &quot;%1&quot;: %2</source>
        <translation>Автоматизация этапа «%1»: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the task needs a text.</source>
        <translation>у задачи должен быть текст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the task&apos;s responsible is not an active user.</source>
        <translation>ответственный за задачу — не активный пользователь.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose an active user.</source>
        <translation>выберите активного пользователя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose a tag.</source>
        <translation>выберите тег.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose an existing stage to move to.</source>
        <translation>выберите существующий этап, куда переносить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a stage cannot move deals to itself.</source>
        <translation>этап не может переносить сделки сам в себя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown action.</source>
        <translation>неизвестное действие.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Backups</name>
    <message>
        <location filename="../core/services/backups.cpp" line="+91"/>
        <source>Backups are made every 1 to 365 days, not every %1.</source>
        <translation>Резервные копии делаются раз в 1–365 дней, а не раз в %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep 1 to 1000 backups, not %1.</source>
        <translation>Хранить можно от 1 до 1000 копий, а не %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup folder %1 is not a full path.</source>
        <translation>Папка для резервных копий %1 указана не полным путём.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Cannot make the backup folder %1.</source>
        <translation>Не удалось создать папку для резервных копий %1.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Board</name>
    <message>
        <location filename="../core/services/board.cpp" line="+117"/>
        <source>Pipeline #%1 does not exist.</source>
        <translation>Воронки №%1 не существует.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Stage #%1 does not exist.</source>
        <translation>Этапа №%1 не существует.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deal #%1 is not in that stage.</source>
        <translation>Сделка №%1 не находится на этом этапе.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+390"/>
        <location line="+142"/>
        <location line="+366"/>
        <source>%1 is not a Voronka database.</source>
        <translation>%1 — не база данных Voronka.</translation>
    </message>
    <message>
        <location line="-498"/>
        <source>%1 is locked by another program. Try again when it is done.</source>
        <translation>Файл %1 заблокирован другой программой. Повторите попытку, когда она завершит работу.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is damaged: part of it cannot be read. Restore it from a backup.</source>
        <translation>Файл %1 повреждён: часть его не читается. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>%1 is open in local mode by another program. Close Voronka everywhere else, then open the file again to use it as a shared file.</source>
        <translation>%1 открыт другой программой в локальном режиме. Закройте Воронку на остальных компьютерах и откройте файл снова, чтобы работать с ним как с общим файлом.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is in a folder that %2 synchronises: it copies the file while Voronka writes it, which damages it or loses changes. Move the file to a folder of this computer or to a network share.</source>
        <translation>%1 лежит в папке, которую синхронизирует %2: служба копирует файл, пока Воронка в него пишет, и портит его или теряет изменения. Перенесите файл в папку этого компьютера или в сетевую папку.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 is read-only here: it can be viewed but not changed.</source>
        <translation>Файл %1 здесь доступен только для чтения: его можно просматривать, но не изменять.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding %1 is full: free some space and try again.</source>
        <translation>Диск с файлом %1 заполнен: освободите место и повторите попытку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk or network holding %1 reported an input/output error. Check it and try again.</source>
        <translation>Диск или сеть, где лежит файл %1, сообщили об ошибке ввода-вывода. Проверьте их и повторите попытку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open %1: check that it exists and that its folder may be written.</source>
        <translation>Не удаётся открыть %1: проверьте, что файл существует и в его папку можно писать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database error in %1 (%2).</source>
        <translation>Ошибка базы данных в %1 (%2).</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+9"/>
        <location line="+461"/>
        <location line="+9"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>Файл %1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <location line="-275"/>
        <location line="+203"/>
        <source>%1 does not exist.</source>
        <translation>Файл %1 не найден.</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>%1 was written by a newer version of Voronka (schema %2; this version reads up to %3). Update Voronka to open it.</source>
        <translation>Файл %1 создан более новой версией Voronka (схема %2; эта версия читает схемы до %3). Обновите Voronka, чтобы открыть его.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no Voronka schema version (%2): it was never finished or its header is damaged. Restore it from a backup.</source>
        <translation>У файла %1 нет версии схемы Voronka (%2): он не был создан до конца или его заголовок повреждён. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is marked as a Voronka database, but its tables are not Voronka&apos;s (table &quot;%2&quot; does not match schema %3). It was left untouched.</source>
        <translation>Файл %1 помечен как база Voronka, но его таблицы — не таблицы Voronka (таблица «%2» не соответствует схеме %3). Файл не изменён.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 uses an older schema and must be opened for writing once to be upgraded.</source>
        <translation>Файл %1 использует старую схему: откройте его один раз с правом записи, чтобы обновить.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1 is open read-only: file locks on its network share do not reach the other computers using it (%2 on %3 has it open), and writing without them would damage it. Ask your administrator to enable locking on the share.</source>
        <translation>%1 открыт только для чтения: блокировки файлов в его сетевой папке не доходят до других компьютеров, где он открыт (его открыл %2 на %3), а запись без них испортит файл. Попросите администратора включить блокировки в сетевой папке.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Cannot restore from %1: it does not exist.</source>
        <translation>Нельзя восстановить из %1: такого файла нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <source>Cannot restore from %1: it is not a Voronka database.</source>
        <translation>Нельзя восстановить из %1: это не база данных Воронки.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Cannot restore from %1: it is damaged (it does not pass the integrity check).</source>
        <translation>Нельзя восстановить из %1: файл повреждён (не проходит проверку целостности).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot restore from %1: it was written by a newer version of Voronka (schema %2; this version reads up to %3).</source>
        <translation>Нельзя восстановить из %1: он записан более новой версией Воронки (схема %2; эта версия читает до %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot restore from %1: it has no Voronka schema version (it was never finished or its header is damaged).</source>
        <translation>Нельзя восстановить из %1: в нём нет версии схемы Воронки (файл не был дописан или его заголовок повреждён).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot restore from %1: it is damaged (part of it cannot be read).</source>
        <translation>Нельзя восстановить из %1: копия повреждена (часть её не читается).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot restore from %1: %2</source>
        <translation>Нельзя восстановить из %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot restore %1 from itself.</source>
        <translation>Нельзя восстановить %1 из него самого.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is open by %2: close it there before restoring.</source>
        <translation>Файл %1 открыт у: %2. Закройте его там, прежде чем восстанавливать.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The backup was cancelled.</source>
        <translation>Резервное копирование отменено.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Demo</name>
    <message>
        <location filename="../core/demo/demo.cpp" line="+900"/>
        <location line="+47"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>Файл %1 уже существует; выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Entity</name>
    <message>
        <location filename="../core/domain/types.cpp" line="+64"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task type</source>
        <translation>Тип задачи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom field</source>
        <translation>Дополнительное поле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage automation</source>
        <translation>Автоматизация этапа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales goal</source>
        <translation>План продаж</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Exporter</name>
    <message>
        <location filename="../core/importexport/exporter.cpp" line="+95"/>
        <source>Only contacts and companies are exported here.</source>
        <translation>Здесь экспортируются только контакты и компании.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vCard holds contacts; export companies as CSV.</source>
        <translation>В vCard сохраняются только контакты; компании экспортируйте в CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You may not export contacts: your role has no export right for contacts. Ask an administrator.</source>
        <translation>Вы не можете экспортировать контакты: у вашей роли нет права на их экспорт. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not export companies: your role has no export right for companies. Ask an administrator.</source>
        <translation>Вы не можете экспортировать компании: у вашей роли нет права на их экспорт. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+169"/>
        <source>Could not write the export: %1</source>
        <translation>Не удалось записать файл экспорта: %1</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+126"/>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::FieldSetup</name>
    <message>
        <location filename="../core/services/fieldsetup.cpp" line="+19"/>
        <source>Custom field &quot;%1&quot;: %2</source>
        <translation>Дополнительное поле «%1»: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an administrator may change custom fields.</source>
        <translation>Изменять дополнительные поля может только администратор.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a name needs between 1 and 100 characters.</source>
        <translation>название должно содержать от 1 до 100 символов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+97"/>
        <location line="+14"/>
        <source>Custom field #%1 does not exist.</source>
        <translation>Дополнительного поля №%1 не существует.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>a field&apos;s type cannot change after creation; create a new field of the type you need.</source>
        <translation>тип поля нельзя изменить после создания; создайте новое поле нужного типа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a list needs at least one choice.</source>
        <translation>в списке должен быть хотя бы один вариант.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only deal fields can be required from an existing stage.</source>
        <translation>обязательными с определённого этапа могут быть только поля сделок.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Fields</name>
    <message>
        <location filename="../core/services/entityspec.cpp" line="+29"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+10"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Emails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+13"/>
        <location line="+10"/>
        <location line="+27"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../core/fields/fieldtypes.cpp" line="+26"/>
        <location filename="../core/importexport/importrow.cpp" line="+174"/>
        <location filename="../core/services/recordvalidator.cpp" line="+57"/>
        <source>%1, field &quot;%2&quot;: %3</source>
        <translation>%1, поле «%2»: %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Long text</source>
        <translation>Многострочный текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag</source>
        <translation>Флажок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple choice</source>
        <translation>Мультисписок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web address</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/services/entityspec.cpp" line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal entity</source>
        <translation>Юр. лицо</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>at most 1000 characters</source>
        <translation>не более 1000 символов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most 20000 characters</source>
        <translation>не более 20000 символов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../core/services/recordvalidator.cpp" line="+2"/>
        <source>&quot;%1&quot; is not an amount of money</source>
        <translation>«%1» — не денежная сумма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency must be a three-letter code</source>
        <translation>валюта указывается трёхбуквенным кодом</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>«%1» — не «да» и не «нет»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a birthday cannot be in the future</source>
        <translation>день рождения не может быть в будущем</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>«%1» — не дата и время (ГГГГ-ММ-ДДTЧЧ:ММ)</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+85"/>
        <source>&quot;%1&quot; is not one of the choices</source>
        <translation>«%1» нет среди вариантов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a web address</source>
        <translation>«%1» — не веб-адрес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>«%1» — не номер телефона</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«%1» — не адрес электронной почты</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the legal name is required</source>
        <translation>нужно указать юридическое название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tax id must be digits</source>
        <translation>ИНН должен состоять из цифр</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown field type</source>
        <translation>неизвестный тип поля</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../core/services/entityspec.cpp" line="+10"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss details</source>
        <translation>Подробности отказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../core/fields/fieldtypes.cpp" line="-227"/>
        <location filename="../core/services/entityspec.cpp" line="+2"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../core/services/entityspec.cpp" line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked record type</source>
        <translation>Тип связанной записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked record</source>
        <translation>Связанная запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Icalendar</name>
    <message>
        <location filename="../core/importexport/icalendar.cpp" line="+153"/>
        <source>Responsible: %1</source>
        <translation>Ответственный: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>You may not export tasks.</source>
        <translation>У вас нет прав на экспорт задач.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write the calendar file: %1</source>
        <translation>Не удалось записать файл календаря: %1</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Import</name>
    <message>
        <location filename="../core/importexport/importer.cpp" line="+209"/>
        <source>row %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1, column «%2»: %3</source>
        <translation>строка %1, столбец «%2»: %3</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>Only contacts, companies and deals can be imported.</source>
        <translation>Импортировать можно только контакты, компании и сделки.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the failed rows: %1</source>
        <translation>Не удалось записать строки с ошибками: %1</translation>
    </message>
    <message>
        <location filename="../core/importexport/importrow.cpp" line="-120"/>
        <source>&quot;%1&quot; is not a web address</source>
        <translation>«%1» — не веб-адрес</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>«%1» — не номер телефона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«%1» — не адрес электронной почты</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there is no active user &quot;%1&quot;</source>
        <translation>нет активного пользователя «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+48"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>«%1» — не дата</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+35"/>
        <source>&quot;%1&quot; is not an amount of money</source>
        <translation>«%1» — не денежная сумма</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>there is no pipeline &quot;%1&quot;</source>
        <translation>нет воронки «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no loss reason &quot;%1&quot;</source>
        <translation>нет причины отказа «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no such custom field</source>
        <translation>такого дополнительного поля нет</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>«%1» — не дата и время</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>«%1» — не «да» и не «нет»</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>there is no stage &quot;%1&quot;</source>
        <translation>нет этапа «%1»</translation>
    </message>
    <message>
        <location filename="../core/importexport/importhistory.cpp" line="+147"/>
        <source>There is no import #%1.</source>
        <translation>Импорта №%1 нет.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Import #%1 is %2; only an interrupted import can be finished.</source>
        <translation>Импорт №%1 в состоянии %2; дозавершить можно только прерванный импорт.</translation>
    </message>
    <message>
        <location filename="../core/importexport/importer.cpp" line="-107"/>
        <location filename="../core/importexport/importhistory.cpp" line="+5"/>
        <source>You may not import records: your role lacks the import right.</source>
        <translation>Вы не можете импортировать записи: у вашей роли нет права на импорт.</translation>
    </message>
    <message>
        <location filename="../core/importexport/importhistory.cpp" line="+22"/>
        <source>You may not undo imports: your role lacks the import right.</source>
        <translation>Вы не можете отменять импорт: у вашей роли нет права на импорт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import #%1 is %2 and cannot be undone.</source>
        <translation>Импорт №%1 в состоянии %2, его нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../core/importexport/importmapping.cpp" line="+352"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss details</source>
        <translation>Подробности отказа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id</source>
        <translation>Внешний ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact: </source>
        <translation>Контакт: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: </source>
        <translation>Компания: </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The mapping is for &quot;%1&quot;, not for contacts, companies or deals.</source>
        <translation>Сопоставление для «%1», а не для контактов, компаний или сделок.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the mapping to %1: %2</source>
        <translation>Не удалось сохранить сопоставление в %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Не удалось прочитать сопоставление %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a saved mapping: %2</source>
        <translation>%1 — не сохранённое сопоставление: %2</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::ImportReader</name>
    <message>
        <location filename="../core/importexport/csvreader.cpp" line="+133"/>
        <location line="+9"/>
        <source>line %1: a quote is never closed</source>
        <translation>строка %1: кавычка не закрыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1: the record is longer than 16 million characters</source>
        <translation>строка %1: запись длиннее 16 миллионов символов</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../core/importexport/importsource.cpp" line="+45"/>
        <location filename="../core/importexport/textdecoding.cpp" line="+117"/>
        <location filename="../core/importexport/vcardreader.cpp" line="+411"/>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is empty.</source>
        <translation>Файл %1 пуст.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/importexport/textdecoding.cpp" line="+5"/>
        <location filename="../core/importexport/vcardreader.cpp" line="+13"/>
        <source>Cannot read %1: the encoding &quot;%2&quot; is not known.</source>
        <translation>Не удаётся прочитать %1: кодировка «%2» неизвестна.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a text file in %2: it holds binary data.</source>
        <translation>%1 — не текстовый файл в кодировке %2: в нём двоичные данные.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../core/importexport/vcardreader.cpp" line="+172"/>
        <source>%1: reading stopped: %2</source>
        <translation>%1: чтение прервано: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>line %1: %2 fields, but the header has %3: the last ones are left out</source>
        <translation>строка %1: полей %2, а в заголовке %3: лишние пропущены</translation>
    </message>
    <message>
        <location filename="../core/importexport/headerguess.cpp" line="+96"/>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <location filename="../core/importexport/importsource.cpp" line="-9"/>
        <source>%1 does not exist.</source>
        <translation>Файл %1 не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 — это папка, а не файл.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is an Excel 97-2003 workbook (.xls), which cannot be read: save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>%1 — книга Excel 97–2003 (.xls), её прочитать нельзя: сохраните её как книгу Excel (.xlsx) или как CSV.</translation>
    </message>
    <message>
        <location filename="../core/importexport/vcardreader.cpp" line="-167"/>
        <source>%1 is not a vCard file: it has no BEGIN:VCARD.</source>
        <translation>%1 — не файл vCard: в нём нет BEGIN:VCARD.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+47"/>
        <source>%1: line %2 is longer than 64 MB.</source>
        <translation>%1: строка %2 длиннее 64 МБ.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: vCard %2 (line %3) has no END:VCARD: the file is cut short.</source>
        <translation>%1: у карточки vCard %2 (строка %3) нет END:VCARD — файл обрезан.</translation>
    </message>
    <message>
        <location filename="../core/importexport/xlsxparts.cpp" line="+142"/>
        <location filename="../core/importexport/xlsxreader.cpp" line="+72"/>
        <location line="+61"/>
        <source>the part is missing</source>
        <translation>этой части нет</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/importexport/xlsxreader.cpp" line="-55"/>
        <location line="+65"/>
        <source>the part cannot be unpacked (zip error %1)</source>
        <translation>часть не распаковывается (ошибка zip %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected content</source>
        <translation>неожиданное содержимое</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/importexport/xlsxreader.cpp" line="+138"/>
        <source>the part is damaged (zip error %1)</source>
        <translation>часть повреждена (ошибка zip %1)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>a text of more than %1 characters</source>
        <translation>текст длиннее %1 символов</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the shared strings are larger than 256 MB</source>
        <translation>общие строки занимают больше 256 МБ</translation>
    </message>
    <message>
        <location filename="../core/importexport/xlsxreader.cpp" line="-215"/>
        <source>%1 is not a readable Excel workbook: %2: %3</source>
        <translation>Книгу Excel %1 прочитать нельзя: %2: %3</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>row %1: a cell beyond the last column</source>
        <translation>строка %1: ячейка за последним столбцом</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>row %1: cell %2 refers to a shared string that does not exist</source>
        <translation>строка %1: ячейка %2 ссылается на несуществующую общую строку</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>row %1: a value beyond the header&apos;s %2 columns is left out</source>
        <translation>строка %1: значение за пределами %2 столбцов заголовка пропущено</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is not an Excel workbook: it is not a zip archive, or a damaged one.</source>
        <translation>%1 — не книга Excel: это не zip-архив или он повреждён.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not an Excel workbook: it has no %2.</source>
        <translation>%1 — не книга Excel: в нём нет %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no sheets.</source>
        <translation>В книге %1 нет листов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no sheet %2: it has %3.</source>
        <translation>В книге %1 нет листа %2: листов в ней %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sheet &quot;%1&quot; has no part</source>
        <translation>у листа «%1» нет своей части</translation>
    </message>
    <message>
        <location filename="../core/importexport/xlsxxml.h" line="+30"/>
        <source>broken XML at line %1: %2</source>
        <translation>испорченный XML в строке %1: %2</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Integrity</name>
    <message>
        <location filename="../core/services/integrity.cpp" line="+127"/>
        <source>SQLite structure: %1</source>
        <translation>Структура SQLite: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 rows point at missing records.</source>
        <translation>%1: строк, ссылающихся на несуществующие записи: %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 records have no sync outbox entry.</source>
        <translation>%1: записей без элемента в очереди синхронизации: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 records have no clock.</source>
        <translation>%1: записей без метки времени синхронизации: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field_clock: %1 field clocks have no outbox entry.</source>
        <translation>field_clock: меток времени полей без элемента в очереди синхронизации: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>search index: %1 %2 are not indexed.</source>
        <translation>поисковый индекс: не проиндексировано записей в %2: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>search index: %1 entries for %2 records.</source>
        <translation>поисковый индекс: %1 элементов на %2 записей.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>search index: its entries do not match the records (%1).</source>
        <translation>поисковый индекс: его записи не совпадают с данными (%1).</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Journal</name>
    <message>
        <location filename="../core/services/journal.cpp" line="+31"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved to a stage</source>
        <translation>Перемещено на этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note added</source>
        <translation>Добавлено примечание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task created</source>
        <translation>Создана задача</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task completed</source>
        <translation>Выполнена задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge undone</source>
        <translation>Объединение отменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked</source>
        <translation>Связано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked</source>
        <translation>Связь удалена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in failed</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in refused: locked out</source>
        <translation>Вход отклонён: блокировка</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Any action</source>
        <translation>Любое действие</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Only an administrator may read the journal.</source>
        <translation>Журнал доступен только администратору.</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record id</source>
        <translation>Номер записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old value</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot write the journal: %1</source>
        <translation>Не удалось записать журнал: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export was cancelled.</source>
        <translation>Выгрузка отменена.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Merge</name>
    <message>
        <location filename="../core/services/merge.cpp" line="+58"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+180"/>
        <location line="+93"/>
        <source>Only contacts and companies are merged.</source>
        <translation>Объединять можно только контакты и компании.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A record cannot be merged with itself.</source>
        <translation>Запись нельзя объединить саму с собой.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 «%2» or «%3» is in the recycle bin; restore it before merging.</source>
        <translation>%1 «%2» или «%3» находится в корзине; восстановите запись перед объединением.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You may not merge «%1» into «%2»: merging needs the right to edit the first and to delete the second.</source>
        <translation>У вас нет прав объединить «%1» с «%2»: для объединения нужны права на изменение первой записи и на удаление второй.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>There is no merge #%1.</source>
        <translation>Объединения №%1 нет.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This merge was already undone.</source>
        <translation>Это объединение уже отменено.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>«%1» was merged with «%2» after this merge; undo that merge first (merges are undone newest first).</source>
        <translation>«%1» был объединён с «%2» после этого объединения; сначала отмените то объединение (объединения отменяются начиная с последнего).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 «%2» was changed by someone else since the merge (%3); left as it is.</source>
        <translation>%1 «%2»: после объединения изменено кем-то другим (%3); оставлено как есть.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 «%2» is in the recycle bin; restore it before undoing the merge.</source>
        <translation>%1 «%2» находится в корзине; восстановите запись, прежде чем отменять объединение.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The merged %1 #%2 was purged from the recycle bin; the merge can no longer be undone.</source>
        <translation>Объединённая запись (%1 №%2) удалена из корзины навсегда; отменить объединение уже нельзя.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Notes</name>
    <message>
        <location filename="../core/services/notes.cpp" line="+37"/>
        <location line="+4"/>
        <source>Note #%1 does not exist.</source>
        <translation>Примечания №%1 не существует.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+135"/>
        <source>You may not change the notes of %1 #%2.</source>
        <translation>У вас нет прав на изменение примечаний: %1 №%2.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Only the author may edit note #%1.</source>
        <translation>Изменять примечание №%1 может только его автор.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note #%1: a note needs between 1 and 20000 characters.</source>
        <translation>Примечание №%1: примечание должно содержать от 1 до 20000 символов.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Notes belong to deals, contacts and companies.</source>
        <translation>Примечания можно добавлять только к сделкам, контактам и компаниям.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 #%2 does not exist.</source>
        <translation>%1 №%2 не существует.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::PipelineSetup</name>
    <message>
        <location filename="../core/services/pipelinesetup.cpp" line="+53"/>
        <source>%1 &quot;%2&quot;: the name must have between 1 and 255 characters.</source>
        <translation>%1 «%2»: название должно содержать от 1 до 255 символов.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only an administrator may set up pipelines.</source>
        <translation>Настраивать воронки может только администратор.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stage #%1 does not exist.</source>
        <translation>Этапа №%1 не существует.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 #%2 does not exist.</source>
        <translation>%1 №%2 не существует.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+122"/>
        <location line="+237"/>
        <location line="+46"/>
        <source>Pipeline #%1 does not exist.</source>
        <translation>Воронки №%1 не существует.</translation>
    </message>
    <message>
        <location line="-400"/>
        <source>Pipeline &quot;%1&quot;: a new stage needs a name of 1 to 255 characters.</source>
        <translation>Воронка «%1»: у нового этапа должно быть название от 1 до 255 символов.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+61"/>
        <source>Stage &quot;%1&quot;: &quot;%2&quot; is not a color; use #RRGGBB.</source>
        <translation>Этап «%1»: «%2» — не цвет; укажите его в формате #RRGGBB.</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+74"/>
        <source>Stage &quot;%1&quot;: the probability must be between 0 and 100 %.</source>
        <translation>Этап «%1»: вероятность должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Stage &quot;%1&quot;: won and lost stages have a fixed probability.</source>
        <translation>Этап «%1»: у этапов «Успешно реализовано» и «Закрыто и не реализовано» вероятность фиксированная.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stage &quot;%1&quot;: closed deals never idle.</source>
        <translation>Этап «%1»: закрытые сделки не считаются «без движения».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage &quot;%1&quot;: idle days must be between 0 (off) and %2.</source>
        <translation>Этап «%1»: число дней без движения должно быть от 0 (выключено) до %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pipeline &quot;%1&quot;: the new order must list each open stage once; won, lost and incoming stages keep their place.</source>
        <translation>Воронка «%1»: в новом порядке каждый открытый этап должен быть указан один раз; этапы «Неразобранное», «Успешно реализовано» и «Закрыто и не реализовано» остаются на своих местах.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: choose a stage of another pipeline for its deals.</source>
        <translation>%1: выберите этап другой воронки, куда перенести сделки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: choose another existing stage for its deals.</source>
        <translation>%1: выберите другой существующий этап, куда перенести сделки.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Stage &quot;%1&quot; is a fixed stage: it can be renamed and recolored but not deleted.</source>
        <translation>Этап «%1» — системный: его можно переименовать и перекрасить, но нельзя удалить.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stage &quot;%1&quot; is the last open stage of the pipeline &quot;%2&quot;; add another stage before deleting it.</source>
        <translation>Этап «%1» — последний открытый этап воронки «%2»; чтобы удалить его, сначала добавьте другой этап.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage &quot;%1&quot;</source>
        <translation>Этап «%1»</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The new order of pipelines must list each pipeline once.</source>
        <translation>В новом порядке воронок каждая воронка должна быть указана один раз.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pipeline &quot;%1&quot; is the only pipeline; create another one before deleting it.</source>
        <translation>Воронка «%1» — единственная; чтобы удалить её, сначала создайте другую.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pipeline &quot;%1&quot;</source>
        <translation>Воронка «%1»</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+52"/>
        <source>Stage automation #%1 does not exist.</source>
        <translation>Автоматизации этапа №%1 не существует.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stage automation #%1 cannot be brought back: it or its stage is gone.</source>
        <translation>Автоматизацию этапа №%1 нельзя вернуть: её или её этапа больше нет.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Stage «%1» has deals, automations or required fields now; left as it is (delete it instead, choosing where they go).</source>
        <translation>У этапа «%1» теперь есть сделки, автоматизации или обязательные поля; оставлен как есть (удалите его, выбрав, куда их перенести).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Stage «%1» cannot be taken back.</source>
        <translation>Этап «%1» нельзя убрать.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+94"/>
        <source>Stage #%1 cannot be brought back: it or its pipeline is gone.</source>
        <translation>Этап №%1 нельзя вернуть: его или его воронки больше нет.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Pipeline #%1 cannot be taken back.</source>
        <translation>Воронку №%1 нельзя убрать.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+28"/>
        <source>Pipeline #%1 is not deleted.</source>
        <translation>Воронка №%1 не удалена.</translation>
    </message>
    <message numerus="yes">
        <location line="+149"/>
        <source>%n deal(s) moved since stayed where they are: %1.</source>
        <translation>
            <numerusform>%n сделка, перемещённая с тех пор, осталась на месте: %1.</numerusform>
            <numerusform>%n сделки, перемещённые с тех пор, остались на месте: %1.</numerusform>
            <numerusform>%n сделок, перемещённых с тех пор, остались на месте: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Core::RecordList</name>
    <message>
        <location filename="../core/services/recordlist.cpp" line="+190"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+34"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <location line="+14"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name</source>
        <comment>the name of a company or a deal</comment>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>This list shows contacts, companies or deals.</source>
        <translation>В этом списке показываются только контакты, компании или сделки.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Stage #%1 does not exist.</source>
        <translation>Этап №%1 не существует.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Your role does not allow exporting deals. Ask an administrator for the export right.</source>
        <translation>Ваша роль не позволяет экспортировать сделки. Попросите администратора выдать право на экспорт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role does not allow exporting these records. Ask an administrator for the export right.</source>
        <translation>Ваша роль не позволяет экспортировать эти записи. Попросите администратора выдать право на экспорт.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Excel file could not be written: %1</source>
        <translation>Не удалось записать файл Excel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file could not be written: %1</source>
        <translation>Не удалось записать CSV-файл: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/services/bulkedit.cpp" line="+24"/>
        <source>%n contact(s) changed.</source>
        <translation>
            <numerusform>%n контакт изменён.</numerusform>
            <numerusform>%n контакта изменено.</numerusform>
            <numerusform>%n контактов изменено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n company(s) changed.</source>
        <translation>
            <numerusform>%n компания изменена.</numerusform>
            <numerusform>%n компании изменено.</numerusform>
            <numerusform>%n компаний изменено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deal(s) changed.</source>
        <translation>
            <numerusform>%n сделка изменена.</numerusform>
            <numerusform>%n сделки изменены.</numerusform>
            <numerusform>%n сделок изменено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n contact(s) changed, </source>
        <translation>
            <numerusform>%n контакт изменён, </numerusform>
            <numerusform>%n контакта изменено, </numerusform>
            <numerusform>%n контактов изменено, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) not changed:</source>
        <translation>
            <numerusform>%n контакт не изменён:</numerusform>
            <numerusform>%n контакта не изменено:</numerusform>
            <numerusform>%n контактов не изменено:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n company(s) changed, </source>
        <translation>
            <numerusform>%n компания изменена, </numerusform>
            <numerusform>%n компании изменено, </numerusform>
            <numerusform>%n компаний изменено, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n company(s) not changed:</source>
        <translation>
            <numerusform>%n компания не изменена:</numerusform>
            <numerusform>%n компании не изменено:</numerusform>
            <numerusform>%n компаний не изменено:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deal(s) changed, </source>
        <translation>
            <numerusform>%n сделка изменена, </numerusform>
            <numerusform>%n сделки изменены, </numerusform>
            <numerusform>%n сделок изменено, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deal(s) not changed:</source>
        <translation>
            <numerusform>%n сделка не изменена:</numerusform>
            <numerusform>%n сделки не изменены:</numerusform>
            <numerusform>%n сделок не изменено:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Records</name>
    <message>
        <location filename="../core/services/records.cpp" line="+71"/>
        <source>%1 #%2 does not exist.</source>
        <translation>%1 №%2 не существует.</translation>
    </message>
    <message>
        <location filename="../core/services/recordvalidator.cpp" line="+40"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, field &quot;%2&quot;: %3 #%4 does not exist.</source>
        <translation>%1, поле «%2»: %3 №%4 не существует.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, field &quot;%2&quot;: %3</source>
        <translation>%1, поле «%2»: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this field is required.</source>
        <translation>поле обязательно для заполнения.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>at most %1 characters.</source>
        <translation>не более %1 символов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>«%1» — не целое число.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be negative.</source>
        <translation>не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most %1.</source>
        <translation>должно быть не больше %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>«%1» — не веб-адрес.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a three-letter currency code.</source>
        <translation>«%1» — не трёхбуквенный код валюты.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsupported value.</source>
        <translation>неподдерживаемое значение.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the tag &quot;%2&quot; is longer than 50 characters.</source>
        <translation>%1: тег «%2» длиннее 50 символов.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: there is no tag &quot;%2&quot;; only administrators may create new tags.</source>
        <translation>%1: тега «%2» нет; создавать новые теги могут только администраторы.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: there is no custom field %2.</source>
        <translation>%1: дополнительного поля %2 нет.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, field &quot;%2&quot;: the field is read-only.</source>
        <translation>%1, поле «%2»: поле доступно только для чтения.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1: неизвестное поле «%2».</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1, field &quot;%2&quot;: choose an existing stage; there are no pipelines yet.</source>
        <translation>%1, поле «%2»: выберите существующий этап; воронок пока нет.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, field &quot;%2&quot;: the stage &quot;%3&quot; is not in the chosen pipeline.</source>
        <translation>%1, поле «%2»: этапа «%3» нет в выбранной воронке.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, field &quot;%2&quot;: choose why the deal was lost.</source>
        <translation>%1, поле «%2»: укажите, почему сделка не состоялась.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, field &quot;%2&quot;: required from the stage &quot;%3&quot; on.</source>
        <translation>%1, поле «%2»: обязательно начиная с этапа «%3».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, field &quot;%2&quot;: give both the kind and the id of the linked record, or neither.</source>
        <translation>%1, поле «%2»: укажите и тип, и номер связанной записи либо не указывайте ни того, ни другого.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, field &quot;%2&quot;: a task links to a deal, contact or company.</source>
        <translation>%1, поле «%2»: задачу можно связать только со сделкой, контактом или компанией.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, field &quot;%2&quot;: write the result to complete the task.</source>
        <translation>%1, поле «%2»: чтобы завершить задачу, напишите результат.</translation>
    </message>
    <message>
        <location filename="../core/services/recordautomation.cpp" line="+41"/>
        <source>Deal #%1: the stage automations loop (%2); nothing was changed. Ask an administrator to fix the automations.</source>
        <translation>Сделка №%1: автоматизации этапов зациклились (%2); ничего не изменено. Попросите администратора исправить автоматизации.</translation>
    </message>
    <message>
        <location filename="../core/services/records.cpp" line="+218"/>
        <location filename="../core/services/recordstaging.cpp" line="+70"/>
        <source>Records of this kind cannot be created here.</source>
        <translation>Записи этого типа здесь создавать нельзя.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>%1, field &quot;%2&quot;: this field is required.</source>
        <translation>%1, поле «%2»: поле обязательно для заполнения.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You may not create this %1 (%2).</source>
        <translation>У вас нет прав на создание записи «%1» (%2).</translation>
    </message>
    <message>
        <location line="+244"/>
        <location line="+108"/>
        <location line="+213"/>
        <source>Records of this kind cannot be edited here.</source>
        <translation>Записи этого типа здесь изменять нельзя.</translation>
    </message>
    <message>
        <location line="-311"/>
        <source>%1 is in the recycle bin; restore it first.</source>
        <translation>%1 в корзине; сначала восстановите запись.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You may not edit %1.</source>
        <translation>У вас нет прав на изменение: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You may not move %1 to that pipeline.</source>
        <translation>Вам нельзя переносить %1 в эту воронку.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Records of this kind cannot be deleted here.</source>
        <translation>Записи этого типа здесь удалять нельзя.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You may not delete %1.</source>
        <translation>У вас нет прав на удаление: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may not restore %1.</source>
        <translation>У вас нет прав на восстановление: %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Read-only: it is in the recycle bin; restore it first.</source>
        <translation>Только чтение: запись в корзине; сначала восстановите её.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read-only: your role does not let you edit deals.</source>
        <translation>Только чтение: ваша роль не позволяет изменять сделки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: your role does not let you edit contacts.</source>
        <translation>Только чтение: ваша роль не позволяет изменять контакты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: your role does not let you edit tasks.</source>
        <translation>Только чтение: ваша роль не позволяет изменять задачи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: your role does not let you edit companies.</source>
        <translation>Только чтение: ваша роль не позволяет изменять компании.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: your role lets you edit only your own deals.</source>
        <translation>Только чтение: ваша роль позволяет изменять только ваши сделки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: your role lets you edit only your own contacts.</source>
        <translation>Только чтение: ваша роль позволяет изменять только ваши контакты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: your role lets you edit only your own tasks.</source>
        <translation>Только чтение: ваша роль позволяет изменять только ваши задачи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: your role lets you edit only your own companies.</source>
        <translation>Только чтение: ваша роль позволяет изменять только ваши компании.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: your role lets you edit only your department&apos;s records.</source>
        <translation>Только чтение: ваша роль позволяет изменять только записи вашего отдела.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records of this kind cannot be read here.</source>
        <translation>Записи этого типа здесь читать нельзя.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You may not view %1 #%2.</source>
        <translation>У вас нет прав на просмотр: %1 №%2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stage #%1 does not exist.</source>
        <translation>Этап №%1 не существует.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Notes belong to deals, contacts and companies.</source>
        <translation>Примечания можно добавлять только к сделкам, контактам и компаниям.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a note needs between 1 and 20000 characters.</source>
        <translation>%1: примечание должно содержать от 1 до 20000 символов.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You may not add notes to %1.</source>
        <translation>У вас нет прав добавлять примечания: %1.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 (#%2)</source>
        <translation>%1 (№%2)</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::RecycleBin</name>
    <message>
        <location filename="../core/services/recyclebin.cpp" line="+62"/>
        <source>The recycle bin holds deals, contacts and companies.</source>
        <translation>В корзине лежат сделки, контакты и компании.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Only an administrator may purge records from the recycle bin.</source>
        <translation>Удалять записи из корзины навсегда может только администратор.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 #%2 does not exist.</source>
        <translation>%1 №%2 не существует.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 «%2» is not in the recycle bin; delete it first.</source>
        <translation>%1 «%2» не в корзине; сначала удалите запись.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::SavedMappings</name>
    <message>
        <location filename="../core/importexport/savedmappings.cpp" line="+29"/>
        <source>You may not save import mappings: your role lacks the import right.</source>
        <translation>Вы не можете сохранять сопоставления для импорта: у вашей роли нет права на импорт.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A saved mapping needs a name of 1 to %1 characters.</source>
        <translation>У сохранённого сопоставления должно быть название длиной от 1 до %1 символов.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no saved mapping &quot;%1&quot;.</source>
        <translation>Сохранённого сопоставления «%1» нет.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Schema</name>
    <message>
        <location filename="../core/storage/schema.cpp" line="+945"/>
        <location filename="../ui/widgets/stagename.cpp" line="+17"/>
        <source>Incoming</source>
        <translation>Неразобранное</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Session</name>
    <message>
        <location filename="../core/services/session.cpp" line="+348"/>
        <source>A change failed part-way through its writes, so nothing of this batch was saved.</source>
        <translation>Изменение прервалось посреди записи, поэтому ничего из этого пакета не сохранено.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Sync</name>
    <message>
        <location filename="../core/sync/wirereader.h" line="+62"/>
        <source>&quot;%1&quot; is not a field of this request.</source>
        <translation>«%1» — не поле этого запроса.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is required.</source>
        <translation>Поле «%1» обязательно.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A string is expected.</source>
        <translation>Ожидается строка.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A string may have at most %1 bytes.</source>
        <translation>Строка может занимать не больше %1 байт.</translation>
    </message>
    <message>
        <location filename="../core/sync/pullwire.cpp" line="+84"/>
        <source>&quot;%1&quot; is not a kind of change.</source>
        <translation>«%1» — не вид изменения.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A page may carry at most %1 items.</source>
        <translation>Страница может содержать не больше %1 элементов.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>true or false is expected.</source>
        <translation>Ожидается true или false.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Changes must come in seq order.</source>
        <translation>Изменения должны идти по возрастанию seq.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A change lies beyond the page&apos;s next cursor.</source>
        <translation>Изменение лежит за курсором next этой страницы.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../core/sync/wirereader.h" line="+11"/>
        <source>An id is 32 lowercase hexadecimal digits.</source>
        <translation>Идентификатор — 32 строчные шестнадцатеричные цифры.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Records must come in uid order.</source>
        <translation>Записи должны идти по возрастанию uid.</translation>
    </message>
    <message>
        <location filename="../core/sync/wirereader.h" line="+8"/>
        <source>A whole number is expected.</source>
        <translation>Ожидается целое число.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number must be at least %1.</source>
        <translation>Число должно быть не меньше %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A clock is an unsigned 64-bit number written as a string.</source>
        <translation>Часы — беззнаковое 64-битное число, записанное строкой.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A field value is a scalar or a list of scalars.</source>
        <translation>Значение поля — простое значение или список простых значений.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A list holds scalars only.</source>
        <translation>Список может содержать только простые значения.</translation>
    </message>
    <message>
        <location filename="../core/sync/serverapi.cpp" line="+117"/>
        <source>The server failed to answer this request.</source>
        <translation>Серверу не удалось ответить на этот запрос.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/sync/wirereader.cpp" line="+47"/>
        <source>The body may have at most %1 bytes.</source>
        <translation>Тело запроса может занимать не больше %1 байт.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no such endpoint.</source>
        <translation>Такого адреса у сервера нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This endpoint does not take that method.</source>
        <translation>Этот адрес не принимает такой метод.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request must say X-Protocol: %1.</source>
        <translation>В запросе должен быть заголовок X-Protocol: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A GET request has no body.</source>
        <translation>У запроса GET не бывает тела.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body must be application/json.</source>
        <translation>Тело запроса должно быть application/json.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The email or device name is too long.</source>
        <translation>Адрес электронной почты или имя устройства слишком длинные.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The request needs an access token.</source>
        <translation>Для запроса нужен токен доступа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/sync/serverauth.cpp" line="+190"/>
        <location line="+24"/>
        <location line="+28"/>
        <location line="+6"/>
        <source>The token is not valid.</source>
        <translation>Токен недействителен.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The push names another device than the token&apos;s.</source>
        <translation>Отправка указывает не то устройство, которому выдан токен.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+62"/>
        <source>&quot;%1&quot; is given twice.</source>
        <translation>«%1» указан дважды.</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+45"/>
        <source>&quot;%1&quot; is not a parameter of this request.</source>
        <translation>«%1» — не параметр этого запроса.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;type&quot; must be deal, contact, company, task or note.</source>
        <translation>«type» должен быть deal, contact, company, task или note.</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+17"/>
        <location line="+50"/>
        <source>&quot;%1&quot; is out of range.</source>
        <translation>«%1» вне допустимого диапазона.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&quot;since&quot; is required.</source>
        <translation>Параметр «since» обязателен.</translation>
    </message>
    <message>
        <location filename="../core/sync/serverstore.cpp" line="+330"/>
        <source>The cursor is ahead of this server; bootstrap again.</source>
        <translation>Курсор впереди этого сервера; загрузите данные заново.</translation>
    </message>
    <message>
        <location filename="../core/sync/serverapi.cpp" line="+74"/>
        <source>The snapshot is ahead of this server; bootstrap again.</source>
        <translation>Снимок новее, чем данные этого сервера; начните первичную загрузку заново.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The server has no room for a settings copy.</source>
        <translation>На сервере нет места для копии настроек.</translation>
    </message>
    <message>
        <location filename="../core/sync/wirereader.cpp" line="+5"/>
        <source>The body is not UTF-8.</source>
        <translation>Тело запроса не в кодировке UTF-8.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON may nest at most %1 levels.</source>
        <translation>Вложенность JSON — не больше %1 уровней.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>Тело запроса — не JSON: %1 в байте %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body must be a JSON object.</source>
        <translation>Тело запроса должно быть объектом JSON.</translation>
    </message>
    <message>
        <location filename="../core/sync/protocol.cpp" line="+44"/>
        <location line="+13"/>
        <location line="+22"/>
        <location line="+175"/>
        <location line="+20"/>
        <location filename="../core/sync/pullwire.cpp" line="-200"/>
        <location line="+8"/>
        <location line="+30"/>
        <location line="+151"/>
        <source>An object is expected.</source>
        <translation>Ожидается объект.</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>A mutation may change at most %1 fields.</source>
        <translation>Одно изменение может затрагивать не больше %1 полей.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/sync/pullwire.cpp" line="-183"/>
        <source>&quot;%1&quot; is not a field of a %2.</source>
        <translation>«%1» — не поле записи типа %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../core/sync/pullwire.cpp" line="+25"/>
        <source>&quot;%1&quot; is not a record type.</source>
        <translation>«%1» — не тип записи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an operation.</source>
        <translation>«%1» — не операция.</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+36"/>
        <location filename="../core/sync/pullwire.cpp" line="+30"/>
        <source>A list is expected.</source>
        <translation>Ожидается список.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>A push may carry at most %1 mutations.</source>
        <translation>Одна отправка может содержать не больше %1 изменений.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>client_seq must increase within a push.</source>
        <translation>client_seq должен возрастать в пределах одной отправки.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&quot;%1&quot; is not a push result.</source>
        <translation>«%1» — не результат отправки.</translation>
    </message>
    <message>
        <location filename="../core/sync/serverapply.cpp" line="+219"/>
        <source>Records of type &quot;%1&quot; are not synced yet.</source>
        <translation>Записи типа «%1» пока не синхронизируются.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+175"/>
        <location line="+16"/>
        <location line="+49"/>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 не существует.</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Unknown operation.</source>
        <translation>Неизвестная операция.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A record is deleted and restored by its own operations.</source>
        <translation>Запись удаляется и восстанавливается отдельными операциями.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <source>The record was deleted.</source>
        <translation>Запись была удалена.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A tag operation names the tags or multiselect fields of a record that exists.</source>
        <translation>Операция с тегами указывает теги или поля со множественным выбором существующей записи.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+44"/>
        <source>A note is only added, edited, pinned or moved.</source>
        <translation>Примечание можно только добавить, изменить, закрепить или перенести.</translation>
    </message>
    <message>
        <location filename="../core/sync/serverapi.cpp" line="-335"/>
        <location filename="../core/sync/serverstore.cpp" line="-232"/>
        <source>%1 has no active admin to serve it.</source>
        <translation>В %1 нет активного администратора, от имени которого его можно обслуживать.</translation>
    </message>
    <message>
        <location filename="../core/sync/serverstore.cpp" line="+44"/>
        <source>The device&apos;s clock is more than two minutes ahead of the server&apos;s (server time %1 ms).</source>
        <translation>Часы устройства спешат относительно сервера больше чем на две минуты (время сервера: %1 мс).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This user may not sync.</source>
        <translation>Этому пользователю синхронизация недоступна.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mutation %1 was already received with another body.</source>
        <translation>Изменение %1 уже было получено с другим содержимым.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The team server was restored from a backup; this device downloads its data again and sends its recent changes again.</source>
        <translation>Командный сервер восстановлен из резервной копии; это устройство заново загружает данные и повторно отправляет недавние изменения.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This user&apos;s role or department changed; this device downloads its data again.</source>
        <translation>Роль или отдел этого пользователя изменились; это устройство заново загружает данные.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Records of type &quot;%1&quot; after &quot;%2&quot; cannot be listed.</source>
        <translation>Записи типа «%1» после «%2» нельзя перечислить.</translation>
    </message>
    <message>
        <location filename="../core/sync/wirevalues.cpp" line="+145"/>
        <source>Field &quot;%1&quot;: %2 does not exist.</source>
        <translation>Поле «%1»: %2 не существует.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the custom field</source>
        <translation>дополнительное поле</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Field &quot;%1&quot;: a task links to a deal, contact or company.</source>
        <translation>Поле «%1»: задачу можно связать только со сделкой, контактом или компанией.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the linked record %1</source>
        <translation>связанная запись %1</translation>
    </message>
    <message>
        <location filename="../core/sync/httptransport.cpp" line="+52"/>
        <source>The server answered %1 without a protocol error.</source>
        <translation>Сервер ответил %1 без ошибки протокола.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s answer is larger than %1 bytes.</source>
        <translation>Ответ сервера больше %1 байт.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Сервер не ответил за %1 с.</translation>
    </message>
    <message>
        <location filename="../core/sync/serverauth.cpp" line="-178"/>
        <source>The cryptography library did not start.</source>
        <translation>Не удалось запустить криптографическую библиотеку.</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Too many failed sign-in attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The token was revoked.</source>
        <translation>Токен отозван.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token was used before; the device is signed out.</source>
        <translation>Токен уже был использован; устройство отключено от сервера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>The token expired.</source>
        <translation>Срок действия токена истёк.</translation>
    </message>
    <message>
        <location filename="../core/sync/serverfile.cpp" line="+57"/>
        <source>%1 is not an administrator of %2.</source>
        <translation>%1 — не администратор %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 already exists; init makes a new store.</source>
        <translation>%1 уже существует; init создаёт новое хранилище.</translation>
    </message>
    <message>
        <location filename="../core/sync/syncclient.cpp" line="+70"/>
        <source>The team server cannot be reached; changes stay queued.</source>
        <translation>Сервер команды недоступен; изменения ждут отправки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team server refused the request (%1 %2): %3</source>
        <translation>Сервер команды отклонил запрос (%1 %2): %3</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>%1 #%2 is no longer in this file.</source>
        <translation>%1 №%2 больше нет в этом файле.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+31"/>
        <source>This change is not synced.</source>
        <translation>Это изменение не синхронизируется.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>%1 is no longer in this file.</source>
        <translation>Этой записи (%1) больше нет в этом файле.</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>The team server keeps refusing this device&apos;s changes.</source>
        <translation>Сервер команды продолжает отклонять изменения с этого устройства.</translation>
    </message>
    <message>
        <location line="+265"/>
        <source>The team server does not have this record.</source>
        <translation>На сервере команды нет этой записи.</translation>
    </message>
    <message>
        <location line="+604"/>
        <source>The record is no longer yours to see.</source>
        <translation>Эта запись вам больше не видна.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The team server no longer has this record for you.</source>
        <translation>Для вас этой записи на командном сервере больше нет.</translation>
    </message>
    <message>
        <location filename="../core/sync/replicasetup.cpp" line="+88"/>
        <source>%1 cannot be created: %2</source>
        <translation>Не удаётся создать %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The team server at %1 cannot be reached: %2</source>
        <translation>Сервер команды %1 недоступен: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team server at %1 refuses to sign this account in for now: %2</source>
        <translation>Сервер команды %1 временно не пускает эту учётную запись: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team server at %1 does not know this email or password.</source>
        <translation>Сервер команды %1 не знает такой почты или пароля.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team server at %1 refused (%2 %3): %4</source>
        <translation>Сервер команды %1 отказал (%2 %3): %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting was cancelled; %1 was not created.</source>
        <translation>Подключение отменено; файл %1 не создан.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a team server&apos;s address, such as https://crm.example.com.</source>
        <translation>«%1» — не адрес сервера команды (пример: https://crm.example.com).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists and is not empty; a replica starts in a new file.</source>
        <translation>%1 уже существует и не пуст; реплика создаётся в новом файле.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The team server at %1 sent no settings.</source>
        <translation>Сервер команды %1 не прислал настройки.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 cannot sign in to the new replica %2 with this password.</source>
        <translation>%1 не может войти в новую реплику %2 с этим паролем.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not a team server&apos;s replica; connect it first.</source>
        <translation>%1 — не реплика сервера команды; сначала подключите её.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no room for the team&apos;s settings in the temporary folder.</source>
        <translation>Во временной папке нет места для настроек команды.</translation>
    </message>
    <message>
        <location filename="../core/sync/seed.cpp" line="+146"/>
        <source>The team&apos;s settings take %1 MB, more than the %2 MB a new replica may download.</source>
        <translation>Настройки команды занимают %1 МБ — больше %2 МБ, которые может загрузить новая реплика.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings copy %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать копию настроек %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The team server&apos;s settings are not of this version of Voronka; update the app on this computer or the server.</source>
        <translation>Настройки сервера команды — от другой версии Voronka; обновите приложение на этом компьютере или сервер.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Sync::ConflictLog</name>
    <message>
        <location filename="../core/sync/conflictlog.cpp" line="+100"/>
        <location line="+102"/>
        <source>The conflict was already resolved elsewhere.</source>
        <translation>Этот конфликт уже разрешён в другом месте.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 #%2 is no longer in this file, so your value cannot be written again.</source>
        <translation>%1 №%2 больше нет в этом файле, поэтому ваше значение нельзя записать снова.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your value of &quot;%1&quot; refers to something this file no longer has, so it cannot be written again.</source>
        <translation>Ваше значение поля «%1» ссылается на то, чего в этом файле уже нет, поэтому его нельзя записать снова.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Note %1 is no longer in this file and the conflict log does not have its text, so it cannot be added again.</source>
        <translation>Примечания %1 больше нет в этом файле, а в журнале конфликтов нет его текста, поэтому добавить его снова нельзя.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note %1 is no longer in this file, nor is the record it was on, so it cannot be added again.</source>
        <translation>Примечания %1 больше нет в этом файле, как и записи, к которой оно относилось, поэтому добавить его снова нельзя.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The record note %1 was on is no longer in this file, so the note cannot be moved back to it.</source>
        <translation>Записи, к которой относилось примечание %1, больше нет в этом файле, поэтому вернуть примечание к ней нельзя.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note %1 is only added, edited, pinned or moved, so &quot;%2&quot; cannot be written again.</source>
        <translation>Примечание можно только добавить, изменить, закрепить или перенести, поэтому «%2» для примечания %1 записать снова нельзя.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::TaskExport</name>
    <message>
        <location filename="../core/importexport/taskexport.cpp" line="+23"/>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deal: %1</source>
        <translation>Сделка: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact: %1</source>
        <translation>Контакт: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You may not export tasks.</source>
        <translation>У вас нет прав на экспорт задач.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration, min</source>
        <translation>Длительность, мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to</source>
        <translation>Связанная запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write the Excel file: %1</source>
        <translation>Не удалось записать файл Excel: %1</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Tasks</name>
    <message>
        <location filename="../core/tasks/duebuckets.cpp" line="+120"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week</source>
        <translation>На следующей неделе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier, closed</source>
        <translation>Ранее, завершённые</translation>
    </message>
    <message>
        <location filename="../core/tasks/taskquery.cpp" line="+325"/>
        <source>Task #%1 does not exist or is not visible to you.</source>
        <translation>Задача №%1 не существует или вам недоступна.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A task cannot be moved into &quot;%1&quot;; pick a day from today on.</source>
        <translation>Задачу нельзя перенести в «%1»; выберите сегодняшний или более поздний день.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::XlsxTableWriter</name>
    <message>
        <location filename="../core/importexport/xlsxwriter.cpp" line="+110"/>
        <source>the Excel library (%1) could not be loaded: %2</source>
        <translation>не удалось загрузить библиотеку Excel (%1): %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the workbook could not be created</source>
        <translation>не удалось создать книгу Excel</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>a sheet holds at most %1 rows</source>
        <translation>на листе помещается не более %1 строк</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::AboutDialog</name>
    <message>
        <location filename="../ui/mainwindow/aboutdialog.cpp" line="+29"/>
        <source>About Voronka</source>
        <translation>О программе Voronka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A fast, local-first CRM for small sales teams.</source>
        <translation>Быстрая CRM для небольших отделов продаж, которая работает без облака.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit</source>
        <translation>Коммит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (собрано с %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>License</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later)</source>
        <translation>GNU GPL версии 3 или более поздней (GPL-3.0-or-later)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy all of this as text, e.g. for a bug report</source>
        <translation>Скопировать всё это текстом, например для сообщения об ошибке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder does not exist yet; the first backup makes it.</source>
        <translation>Папки ещё нет: её создаст первая резервная копия.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::AdminCommand</name>
    <message>
        <location filename="../ui/widgets/admincommand.cpp" line="+70"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::AnalyticsView</name>
    <message>
        <location filename="../ui/analytics/analyticsview.cpp" line="+64"/>
        <source>Set the goal of %1 for %2</source>
        <translation>План %1 на %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <location filename="../ui/analytics/analyticsworkspace.cpp" line="+25"/>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Whose figures</source>
        <translation>Чьи показатели</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+407"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>Table as CSV…</source>
        <translation>Таблица в CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart and table as PNG…</source>
        <translation>График и таблица в PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart and table as PDF…</source>
        <translation>График и таблица в PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Everyone</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Department: %1</source>
        <translation>Отдел: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My department</source>
        <translation>Мой отдел</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Whose figures the reports show</source>
        <translation>Чьи показатели показывают отчёты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role shows your own figures only.</source>
        <translation>Ваша роль видит только ваши показатели.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All pipelines</source>
        <translation>Все воронки</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>No deals are behind this figure any more.</source>
        <translation>За этим числом больше нет сделок.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Filters · %1</source>
        <translation>Фильтры · %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only deals with some tags or from a source: read from every matching deal, which takes longer on a large file</source>
        <translation>Только сделки с тегами или из источника: считается по каждой подходящей сделке, на большой базе дольше</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No deal carries a tag</source>
        <translation>Ни у одной сделки нет тегов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled: the figures shown were read for the previous choice.</source>
        <translation>Отменено: показаны показатели для прежнего выбора.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not write %1: check the folder exists and you may write to it.</source>
        <translation>Не удалось записать %1: проверьте, что папка существует и в неё можно писать.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::AttentionModel</name>
    <message>
        <location filename="../ui/tasks/attentionmodel.cpp" line="+130"/>
        <source>No open task</source>
        <translation>Нет открытой задачи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Task overdue today</source>
        <translation>Задача просрочена сегодня</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Task overdue by %n day(s)</source>
        <translation>
            <numerusform>Задача просрочена на %n день</numerusform>
            <numerusform>Задача просрочена на %n дня</numerusform>
            <numerusform>Задача просрочена на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::AttentionView</name>
    <message>
        <location filename="../ui/tasks/attentionview.cpp" line="+45"/>
        <source>Add task…</source>
        <translation>Добавить задачу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open deal</source>
        <translation>Открыть сделку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which deals</source>
        <translation>Какие сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open task or an overdue one</source>
        <translation>Без открытой задачи или с просроченной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open task</source>
        <translation>Без открытой задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue task</source>
        <translation>С просроченной задачей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan the next step for this deal</source>
        <translation>Запланируйте следующий шаг по этой сделке</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>counting deals…</source>
        <translation>подсчёт сделок…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>looking for deals…</source>
        <translation>поиск сделок…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deal(s) need attention</source>
        <translation>
            <numerusform>%Ln сделка требует внимания</numerusform>
            <numerusform>%Ln сделки требуют внимания</numerusform>
            <numerusform>%Ln сделок требуют внимания</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No deals need attention: every open deal has a next step, and none is late.</source>
        <translation>Нет сделок, требующих внимания: у каждой открытой сделки есть следующий шаг, и ни один не просрочен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every open deal has an open task.</source>
        <translation>У каждой открытой сделки есть открытая задача.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No open deal has an overdue task.</source>
        <translation>Ни у одной открытой сделки нет просроченной задачи.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::AutomationEditorDialog</name>
    <message numerus="yes">
        <location filename="../ui/settings/automationeditordialog.cpp" line="+48"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>через %n час</numerusform>
            <numerusform>через %n часа</numerusform>
            <numerusform>через %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>через %n минуту</numerusform>
            <numerusform>через %n минуты</numerusform>
            <numerusform>через %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at once</source>
        <translation>сразу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Also when a deal is created in this stage</source>
        <translation>Также при создании сделки на этом этапе</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit automation</source>
        <translation>Изменение автоматизации</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New automation</source>
        <translation>Новая автоматизация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a deal enters “%1”</source>
        <translation>Когда сделка попадает на этап «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Create a task</source>
        <translation>Создать задачу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the responsible</source>
        <translation>Сменить ответственного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to a stage</source>
        <translation>Перенести на этап</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>What to do, e.g. Call the client</source>
        <translation>Что сделать, например: позвонить клиенту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After</source>
        <translation>Через</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the end of the day</source>
        <translation>До конца дня</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>minutes</source>
        <translation>мин.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>ч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deal&apos;s responsible</source>
        <translation>Ответственный за сделку</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Task type</source>
        <translation>Тип задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New responsible</source>
        <translation>Новый ответственный</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A tag, new or existing</source>
        <translation>Тег, новый или существующий</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move the deal to</source>
        <translation>Перенести сделку на этап</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the deal&apos;s responsible</source>
        <translation>ответственный за сделку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by the end of the day</source>
        <translation>до конца дня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create task «%1» due %2 for %3</source>
        <translation>Создать задачу «%1» (срок: %2; ответственный: %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make %1 responsible</source>
        <translation>Назначить ответственным: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the tag «%1»</source>
        <translation>Добавить тег «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move to %1 → %2</source>
        <translation>Перенести: %1 → %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to a deleted stage</source>
        <translation>Перенести на удалённый этап</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (also for new deals)</source>
        <translation> (и для новых сделок)</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::BackupsPage</name>
    <message>
        <location filename="../ui/settings/backupspage.cpp" line="+39"/>
        <location line="+62"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Back up this file automatically</source>
        <translation>Делать резервные копии этого файла автоматически</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backups in this folder yet.</source>
        <translation>В этой папке пока нет резервных копий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Каждую неделю</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups to keep</source>
        <translation>Сколько копий хранить</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+176"/>
        <source>Backup folder</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Empty: a Backups folder beside the file.</source>
        <translation>Если пусто — папка Backups рядом с файлом.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>newest backups; older ones are deleted</source>
        <translation>последних копий; более старые удаляются</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How often</source>
        <translation>Как часто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Хранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups in the folder</source>
        <translation>Резервные копии в папке</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Backup saved to %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Каждый %n день</numerusform>
            <numerusform>Каждые %n дня</numerusform>
            <numerusform>Каждые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing to save: the options are as they were.</source>
        <translation>Нечего сохранять: настройки не менялись.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit the backup schedule</source>
        <translation>Изменение расписания резервных копий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A backup is already being made.</source>
        <translation>Резервная копия уже создаётся.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from the main window&apos;s File menu.</source>
        <translation>Восстановите через меню «Файл» главного окна.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::BoardColumnWidget</name>
    <message>
        <location filename="../ui/board/boardcolumnwidget.cpp" line="+73"/>
        <source>Add a deal to this stage (Ctrl+N)</source>
        <translation>Добавить сделку на этот этап (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a deal</source>
        <translation>Добавить сделку</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::BoardFilterButton</name>
    <message>
        <location filename="../ui/board/boardfilterbutton.cpp" line="+54"/>
        <location line="+140"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Any</source>
        <translation>Любые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open task</source>
        <translation>Без открытых задач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue task</source>
        <translation>С просроченной задачей</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as preset…</source>
        <translation>Сохранить как шаблон…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete preset</source>
        <translation>Удалить шаблон</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preset</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No tags on deals yet</source>
        <translation>У сделок пока нет тегов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Filters · %1</source>
        <translation>Фильтры · %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::BoardMover</name>
    <message>
        <location filename="../ui/board/boardmover.cpp" line="+58"/>
        <source>Move «%1» to «%2»</source>
        <translation>перенос «%1» на этап «%2»</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n deal(s) to «%1»</source>
        <translation>
            <numerusform>перенос %n сделки на этап «%1»</numerusform>
            <numerusform>перенос %n сделок на этап «%1»</numerusform>
            <numerusform>перенос %n сделок на этап «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete «%1»</source>
        <translation>удаление «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n deal(s)</source>
        <translation>
            <numerusform>удаление %n сделки</numerusform>
            <numerusform>удаление %n сделок</numerusform>
            <numerusform>удаление %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::BoardView</name>
    <message>
        <location filename="../ui/board/boardview.cpp" line="+79"/>
        <location filename="../ui/deals/deallistview.cpp" line="+107"/>
        <location filename="../ui/deals/dealsworkspace.cpp" line="+220"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show won and lost</source>
        <translation>Показать закрытые</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter deals</source>
        <translation>Фильтр сделок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter deals…</source>
        <translation>Фильтр сделок…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set up pipelines and stages</source>
        <translation>Настроить воронки и этапы</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The deal was not moved</source>
        <translation>Сделка не перемещена</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>All deals</source>
        <translation>Все сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My deals</source>
        <translation>Мои сделки</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save filter preset</source>
        <translation>Сохранить шаблон фильтра</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the preset:</source>
        <translation>Название шаблона:</translation>
    </message>
    <message numerus="yes">
        <location line="+174"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Delete deals</source>
        <translation>Удаление сделок</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n deal(s) to the recycle bin? Undo brings them back.</source>
        <translation>
            <numerusform>Переместить %n сделку в корзину? Действие можно отменить.</numerusform>
            <numerusform>Переместить %n сделки в корзину? Действие можно отменить.</numerusform>
            <numerusform>Переместить %n сделок в корзину? Действие можно отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add «%1»</source>
        <translation>добавление «%1»</translation>
    </message>
    <message>
        <location filename="../ui/deals/dealsworkspace.cpp" line="-134"/>
        <location line="+1"/>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::CalendarView</name>
    <message>
        <location filename="../ui/calendar/calendarview.cpp" line="+63"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hide done</source>
        <translation>Без выполненных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only open tasks: completed and cancelled ones are hidden</source>
        <translation>Только открытые задачи: выполненные и отменённые скрыты</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Everyone</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Department: %1</source>
        <translation>Отдел: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role lets you see only your own tasks.</source>
        <translation>Ваша роль позволяет видеть только ваши задачи.</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Some days have more than %L1 tasks: the first %L1 of each are shown. Pick a person or a department to see them all.</source>
        <translation>В некоторых днях больше %L1 задач: показаны первые %L1 за каждый день. Выберите сотрудника или отдел, чтобы увидеть все.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 at %2</source>
        <comment>a day, a time of it</comment>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/calendarworkspace.cpp" line="+24"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::CardDelegate</name>
    <message numerus="yes">
        <location filename="../ui/board/carddelegate.cpp" line="+65"/>
        <source>%Ln d</source>
        <comment>idle days on a narrow card</comment>
        <translation>
            <numerusform>%Ln дн.</numerusform>
            <numerusform>%Ln дн.</numerusform>
            <numerusform>%Ln дн.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+143"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+137"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>No budget</source>
        <translation>Бюджет не указан</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No contact</source>
        <translation>Нет контакта</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No task</source>
        <translation>Нет задачи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMM</source>
        <comment>date of the next task on a card</comment>
        <translation>d MMM</translation>
    </message>
    <message numerus="yes">
        <location line="-199"/>
        <source>Idle %Ln d</source>
        <comment>days in the stage past its threshold</comment>
        <translation>
            <numerusform>Без движения %Ln дн.</numerusform>
            <numerusform>Без движения %Ln дн.</numerusform>
            <numerusform>Без движения %Ln дн.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::CardEditor</name>
    <message>
        <location filename="../ui/cards/cardheader.cpp" line="+79"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the card (%1)</source>
        <translation>Сохранить карточку (%1)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Tags, separated by commas</source>
        <translation>Теги через запятую</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../ui/cards/carddetails.cpp" line="+29"/>
        <source>Details</source>
        <translation>Основное</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Several: separate with commas</source>
        <translation>Несколько значений — через запятую</translation>
    </message>
    <message>
        <location filename="../ui/cards/cardcustomfields.cpp" line="+26"/>
        <source>More fields</source>
        <translation>Другие поля</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read-only: set by the administrator or an integration.</source>
        <translation>Только чтение: значение задаёт администратор или интеграция.</translation>
    </message>
    <message>
        <location filename="../ui/cards/cardeditor.cpp" line="+102"/>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>Move to %1</source>
        <translation>перенос на этап «%1»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Required in this stage</source>
        <translation>Обязательно на этом этапе</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Save «%1»</source>
        <translation>Сохранение «%1»</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New company «%1»</source>
        <translation>Новая компания «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New deal «%1»</source>
        <translation>Новая сделка «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact «%1»</source>
        <translation>Новый контакт «%1»</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1”?</source>
        <translation>Сохранить изменения в «%1»?</translation>
    </message>
    <message>
        <location filename="../ui/cards/cardundo.h" line="+23"/>
        <source>Edit</source>
        <translation>изменение</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::CardHost</name>
    <message>
        <location filename="../ui/cards/cardhost.cpp" line="+62"/>
        <source>Cards</source>
        <translation>Карточки</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open in window</source>
        <translation>Открыть в окне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this card in a window of its own</source>
        <translation>Открыть эту карточку в отдельном окне</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::CardLinks</name>
    <message>
        <location filename="../ui/cards/cardlinks.cpp" line="+72"/>
        <location line="+33"/>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Create company</source>
        <translation>Создать компанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create contact</source>
        <translation>Создать контакт</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Link “%1”</source>
        <translation>Привязать «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This looks like a record that already exists. Link it instead, or create a new one anyway.</source>
        <translation>Похоже, такая запись уже есть. Привяжите её или всё же создайте новую.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create anyway</source>
        <translation>Всё равно создать</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::CardList</name>
    <message>
        <location filename="../ui/board/cardlist.cpp" line="+265"/>
        <source>No deals</source>
        <translation>Нет сделок</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::CardTimeline</name>
    <message>
        <location filename="../ui/cards/cardtimeline.cpp" line="+63"/>
        <source>Timeline</source>
        <translation>Лента событий</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Write a note…</source>
        <translation>Напишите примечание…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add note</source>
        <translation>Добавить примечание</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New task…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add task</source>
        <translation>Добавить задачу</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pinned</source>
        <translation>Закреплённые</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing has happened here yet. Add a note or a task above.</source>
        <translation>Здесь пока ничего не происходило. Добавьте примечание или задачу выше.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show earlier</source>
        <translation>Показать более ранние</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Undo merge</source>
        <translation>Отменить объединение</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Split the records again as they were before the merge</source>
        <translation>Снова разделить записи, как они были до объединения</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo the merge with «%1»? Both records return as they were before it, each with its own deals, tasks, notes and history.</source>
        <translation>Отменить объединение с «%1»? Обе записи вернутся в состояние до объединения, каждая со своими сделками, задачами, примечаниями и историей.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> · edited</source>
        <translation> · изменено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save note</source>
        <translation>Сохранить примечание</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 → %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved from &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Перенесено с этапа &lt;b&gt;%1&lt;/b&gt; на этап &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved to the recycle bin</source>
        <translation>Перемещено в корзину</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored from the recycle bin</source>
        <translation>Восстановлено из корзины</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed the task “%1”</source>
        <translation>Выполнена задача «%1»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed a task</source>
        <translation>Выполнена задача</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merged into another record</source>
        <translation>Объединено с другой записью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with «%1»</source>
        <translation>Объединено с «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A merge was undone</source>
        <translation>Объединение отменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked %1</source>
        <translation>Привязано: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlinked %1</source>
        <translation>Отвязано: %1</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ChartStyle</name>
    <message>
        <location filename="../ui/analytics/chartstyle.cpp" line="+90"/>
        <source>million %1</source>
        <translation>млн %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thousand %1</source>
        <translation>тыс. %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not write %1: check the folder exists and you may write to it.</source>
        <translation>Не удалось записать %1: проверьте, что папка существует и у вас есть право записи в неё.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ClientPicker</name>
    <message>
        <location filename="../ui/widgets/clientpicker.cpp" line="+33"/>
        <source>Any client</source>
        <translation>Любой клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deal, contact or company: type three letters of its name</source>
        <translation>Сделка, контакт или компания: введите три буквы названия</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::CompleteBar</name>
    <message>
        <location filename="../ui/tasks/completebar.cpp" line="+25"/>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Complete “%1”</source>
        <translation>Завершить «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result (required)</source>
        <translation>Результат (обязательно)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result (optional)</source>
        <translation>Результат (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A result is required to complete a task in this database.</source>
        <translation>В этой базе задачу можно завершить, только указав результат.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ConflictsView</name>
    <message>
        <location filename="../ui/sync/conflictsview.cpp" line="+28"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open record</source>
        <translation>Открыть запись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your value</source>
        <translation>Ваше значение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Winning value</source>
        <translation>Победившее значение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write your value again as a new edit; it is sent to the team and wins over the other value.</source>
        <translation>Записать ваше значение снова как новую правку: она уйдёт команде и победит другое значение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the value as it is now and take the entry off the list.</source>
        <translation>Оставить значение как есть и убрать запись из списка.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 no longer in your copy</source>
        <translation>%1 больше нет в вашей копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>(cannot be shown)</source>
        <translation>(нельзя показать)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Refused by the server</source>
        <translation>Отклонено сервером</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the server: %1</source>
        <translation>Отклонено сервером: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No conflicts: every change of yours reached the team server as you made it.</source>
        <translation>Конфликтов нет: все ваши изменения дошли до командного сервера такими, как вы их сделали.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These fields were changed by someone else at the same time as by you, or the team server refused your change. Keep your value or accept the one that won.</source>
        <translation>Эти поля одновременно с вами изменил кто-то другой, или командный сервер отклонил ваше изменение. Оставьте своё значение или примите победившее.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ConnectDialog</name>
    <message>
        <location filename="../ui/sync/connectdialog.cpp" line="+67"/>
        <location line="+3"/>
        <location line="+242"/>
        <source>Connect to a team server</source>
        <translation>Подключение к командному серверу</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Voronka downloads what you may see into a file on this computer and keeps it in step with the server. You can work in it without the network; your changes are sent when it is back.</source>
        <translation>Воронка загрузит доступные вам данные в файл на этом компьютере и будет синхронизировать его с сервером. В нём можно работать и без сети: изменения отправятся, когда связь вернётся.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name@company.com</source>
        <translation>имя@компания.ru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The replica: a Voronka file that holds your copy of the team&apos;s data.</source>
        <translation>Реплика — файл Воронки с вашей копией данных команды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the data in:</source>
        <translation>Где хранить данные:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Remember me on this computer</source>
        <translation>Запомнить меня на этом компьютере</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps your password in the system keychain, so the replica opens and syncs without asking after a restart.</source>
        <translation>Хранит ваш пароль в системном хранилище паролей: после перезапуска реплика откроется и синхронизируется без вопросов.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Keep the team&apos;s data in</source>
        <translation>Где хранить данные команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voronka databases (*.voronka)</source>
        <translation>Базы данных Voronka (*.voronka)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the team server&apos;s address, such as https://crm.example.com.</source>
        <translation>Введите адрес командного сервера, например https://crm.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s address starts with https:// (or http:// on a trusted network), such as https://crm.example.com.</source>
        <translation>Адрес сервера начинается с https:// (или http:// в доверенной сети), например https://crm.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a server&apos;s address, such as https://crm.example.com.</source>
        <translation>«%1» — не адрес сервера; пример адреса: https://crm.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the email you sign in to the team server with.</source>
        <translation>Введите эл. почту, с которой вы входите на командный сервер.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password on the team server.</source>
        <translation>Введите ваш пароль на командном сервере.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to keep the team&apos;s data on this computer.</source>
        <translation>Выберите, где хранить данные команды на этом компьютере.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; the team&apos;s data goes into a new file.</source>
        <translation>%1 уже существует; данные команды сохраняются в новый файл.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in to %1…</source>
        <translation>Вход на %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Downloading the team&apos;s users, pipelines and fields…</source>
        <translation>Загрузка пользователей, воронок и полей команды…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading companies: %L1</source>
        <translation>Загрузка компаний: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading contacts: %L1</source>
        <translation>Загрузка контактов: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading deals: %L1</source>
        <translation>Загрузка сделок: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading tasks: %L1</source>
        <translation>Загрузка задач: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading %1: %L2</source>
        <translation>Загрузка: %1: %L2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connecting was cancelled; nothing was saved.</source>
        <translation>Подключение отменено; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::CreatedPeriod</name>
    <message>
        <location filename="../ui/widgets/createdperiod.cpp" line="+13"/>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>В этом месяце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>За последние 30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>За последние 90 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>В этом году</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::CustomFieldsPage</name>
    <message>
        <location filename="../ui/settings/customfieldspage.cpp" line="+13"/>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fields the cards of deals, contacts and companies have beyond the built-in ones.</source>
        <translation>Поля карточек сделок, контактов и компаний сверх встроенных.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DashboardPage</name>
    <message>
        <location filename="../ui/analytics/dashboardpage.cpp" line="+189"/>
        <source>Won against the plan</source>
        <translation>Выиграно к плану</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+251"/>
        <location line="+6"/>
        <source>Incoming leads</source>
        <translation>Новые заявки</translation>
    </message>
    <message>
        <location line="-256"/>
        <location line="+262"/>
        <source>Deals without a task</source>
        <translation>Сделки без задач</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+264"/>
        <location line="+3"/>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <location line="-266"/>
        <location line="+271"/>
        <source>Tasks done today</source>
        <translation>Выполнено задач сегодня</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+282"/>
        <source>Forecast for this month</source>
        <translation>Прогноз на месяц</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Open deals by stage</source>
        <translation>Открытые сделки по этапам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity per manager</source>
        <translation>Активность менеджеров</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Customize</source>
        <translation>Настроить</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Restore the default layout</source>
        <translation>Вернуть исходное расположение</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Won — %1</source>
        <translation>Выиграно — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>of %1 planned · %n deal(s)</source>
        <translation>
            <numerusform>из %1 по плану · %n сделка</numerusform>
            <numerusform>из %1 по плану · %n сделки</numerusform>
            <numerusform>из %1 по плану · %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>no plan for this period · %n deal(s)</source>
        <translation>
            <numerusform>плана на период нет · %n сделка</numerusform>
            <numerusform>плана на период нет · %n сделки</numerusform>
            <numerusform>плана на период нет · %n сделок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waiting to be taken · %1</source>
        <translation>ждут разбора · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open deals without a task</source>
        <translation>Открытые сделки без задач</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open deals with no next step planned</source>
        <translation>открытые сделки без запланированного шага</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open and past their due time</source>
        <translation>открыты, срок прошёл</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+88"/>
        <source>Tasks done</source>
        <translation>Выполнено задач</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>completed since midnight</source>
        <translation>выполнено с полуночи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expected to close this month</source>
        <translation>Ожидают закрытия в этом месяце</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open deals closing this month, weighted by their stage&apos;s probability</source>
        <translation>сделки, закрывающиеся в этом месяце, с учётом вероятности этапа</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>Open in “%1”</source>
        <translation>Открыто на этапе «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n open deal(s) · %1</source>
        <translation>
            <numerusform>%n открытая сделка · %1</numerusform>
            <numerusform>%n открытые сделки · %1</numerusform>
            <numerusform>%n открытых сделок · %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage moves</source>
        <translation>Переходы этапов</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: tasks done</source>
        <translation>%1: выполненные задачи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — tasks done, notes and stage moves</source>
        <translation>%1 — выполненные задачи, примечания и переходы этапов</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Activity (tasks done, notes, stage moves)</source>
        <translation>Активность (задачи, примечания, переходы)</translation>
    </message>
    <message>
        <location filename="../ui/analytics/dashboardpage.h" line="+30"/>
        <source>Dashboard</source>
        <translation>Рабочий стол</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DashboardTile</name>
    <message>
        <location filename="../ui/analytics/dashboardpage.cpp" line="-517"/>
        <source>Tile options</source>
        <translation>Действия с плиткой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move earlier</source>
        <translation>Переместить выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move later</source>
        <translation>Переместить ниже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide this tile</source>
        <translation>Скрыть плитку</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DayTasksDialog</name>
    <message>
        <location filename="../ui/calendar/daytasksdialog.cpp" line="+33"/>
        <source>New task…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2, %3–%4</source>
        <comment>who, the day, the hour&apos;s start and end</comment>
        <translation>%1 — %2, %3–%4</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n задача</numerusform>
            <numerusform>%n задачи</numerusform>
            <numerusform>%n задач</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DeactivateDialog</name>
    <message>
        <location filename="../ui/settings/deactivatedialog.cpp" line="+20"/>
        <source>Deactivate %1</source>
        <translation>Деактивировать: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 will no longer be able to sign in. Their history stays; you can reactivate them later.</source>
        <translation>%1 больше не сможет входить в программу. История сохранится; позже пользователя можно снова активировать.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave them with %1</source>
        <translation>Оставить у пользователя %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hand over to</source>
        <translation>Передать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deactivate</source>
        <translation>Деактивировать</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DealBulkFieldDialog</name>
    <message>
        <location filename="../ui/deals/dealbulkfielddialog.cpp" line="+29"/>
        <source>Set a field</source>
        <translation>Изменение поля</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Set a field on %n deal(s)</source>
        <translation>
            <numerusform>Изменить поле у %n сделки</numerusform>
            <numerusform>Изменить поле у %n сделок</numerusform>
            <numerusform>Изменить поле у %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Set a field on %n contact(s)</source>
        <translation>
            <numerusform>Изменить поле у %n контакта</numerusform>
            <numerusform>Изменить поле у %n контактов</numerusform>
            <numerusform>Изменить поле у %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set a field on %n company(s)</source>
        <translation>
            <numerusform>Изменить поле у %n компании</numerusform>
            <numerusform>Изменить поле у %n компаний</numerusform>
            <numerusform>Изменить поле у %n компаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An amount, e.g. %1.</source>
        <translation>Сумма, например %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A date as YYYY-MM-DD; empty clears it.</source>
        <translation>Дата в формате ГГГГ-ММ-ДД; пустое значение очищает поле.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to clear the field.</source>
        <translation>Оставьте пустым, чтобы очистить поле.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DealListDelegate</name>
    <message>
        <location filename="../ui/deals/deallistdelegate.cpp" line="+105"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DealListView</name>
    <message>
        <location filename="../ui/deals/deallistview.cpp" line="+116"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All pipelines</source>
        <translation>Все воронки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the selected deals, or all deals of the list when none are selected</source>
        <translation>Экспортировать выбранные сделки, а если ничего не выбрано — все сделки списка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recycle bin</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted deals: restore them, with their tasks, notes and history</source>
        <translation>Удалённые сделки: восстановите их вместе с задачами, примечаниями и историей</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The deal was not changed</source>
        <translation>Сделка не изменена</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Show all deals</source>
        <translation>Показать все сделки</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1: %n deal(s)</source>
        <translation>
            <numerusform>%1: %n сделка</numerusform>
            <numerusform>%1: %n сделки</numerusform>
            <numerusform>%1: %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No deals here yet.</source>
        <translation>Сделок пока нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deals match the filter.</source>
        <translation>Нет сделок, подходящих под фильтр.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Move %n deal(s) to «%1»</source>
        <translation>
            <numerusform>перенос %n сделки на этап «%1»</numerusform>
            <numerusform>перенос %n сделок на этап «%1»</numerusform>
            <numerusform>перенос %n сделок на этап «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some deals were not moved</source>
        <translation>Некоторые сделки не перенесены</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The deals were not exported</source>
        <translation>Сделки не экспортированы</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Your role does not allow exporting deals. Ask an administrator for the export right.</source>
        <translation>Ваша роль не позволяет экспортировать сделки. Попросите администратора выдать право на экспорт.</translation>
    </message>
    <message>
        <location line="-380"/>
        <location line="+259"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export selection…</source>
        <translation>Экспорт выбранного…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Export deals</source>
        <translation>Экспорт сделок</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+15"/>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting deals…</source>
        <translation>Экспорт сделок…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/deals/dealsworkspace.cpp" line="+22"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DealMoveJob</name>
    <message>
        <location filename="../ui/settings/dealmovejob.cpp" line="+54"/>
        <source>Bringing the stage back</source>
        <translation>Возвращение этапа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bringing the pipeline back</source>
        <translation>Возвращение воронки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting the stage</source>
        <translation>Удаление этапа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting the pipeline</source>
        <translation>Удаление воронки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving %1 deals…</source>
        <translation>Перенос сделок: %1…</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DepartmentsPage</name>
    <message>
        <location filename="../ui/settings/departmentspage.cpp" line="+38"/>
        <location line="+7"/>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+183"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New department</source>
        <translation>Новый отдел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Double-click a name to rename it. A role&apos;s &quot;department&quot; scope lets its users see their department&apos;s records.</source>
        <translation>Дважды щёлкните название, чтобы переименовать отдел. Доступ роли «отдел» открывает её пользователям записи их отдела.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Department: type the new department&apos;s name first.</source>
        <translation>Отдел: сначала введите название нового отдела.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add department %1</source>
        <translation>Добавить отдел %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Rename %1 to %2</source>
        <translation>Переименовать %1 в %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) of %1 move to:</source>
        <translation>
            <numerusform>%n пользователь отдела %1 перейдёт в:</numerusform>
            <numerusform>%n пользователя отдела %1 перейдут в:</numerusform>
            <numerusform>%n пользователей отдела %1 перейдут в:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No department</source>
        <translation>Без отдела</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete department %1</source>
        <translation>Удалить отдел %1</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DropZoneBar</name>
    <message>
        <location filename="../ui/board/dropzonebar.cpp" line="+25"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Move to the pipeline «%1»</source>
        <translation>Перенести в воронку «%1»</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DuplicateFinder</name>
    <message>
        <location filename="../ui/duplicates/duplicatefinder.cpp" line="+37"/>
        <source>Scan</source>
        <translation>Искать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo merge</source>
        <translation>Отменить объединение</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duplicate contacts</source>
        <translation>Дубли контактов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate companies</source>
        <translation>Дубли компаний</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts that share a phone number or an email, or whose names differ only in case, spelling of ё, punctuation or word order.</source>
        <translation>Контакты с общим телефоном или адресом почты, а также с именами, которые различаются только регистром, написанием «ё», знаками препинания или порядком слов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Companies that share a phone number or an email, or whose names differ only in case, spelling of ё, punctuation or word order.</source>
        <translation>Компании с общим телефоном или адресом почты, а также с названиями, которые различаются только регистром, написанием «ё», знаками препинания или порядком слов.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Similar names only within one company</source>
        <translation>Похожие имена — только внутри одной компании</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Common names repeat across a large base; off, every “Ivan Petrov” would be one group.</source>
        <translation>В большой базе распространённые имена повторяются; без этой настройки все «Иваны Петровы» оказались бы в одной группе.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>You may not merge these two: merging needs the right to edit one of them and to delete the other.</source>
        <translation>Эти две записи объединить нельзя: для объединения нужно право изменять одну из них и удалять другую.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select two records of a group to merge them; the first two are used otherwise.</source>
        <translation>Выберите две записи одной группы, чтобы объединить их; если ничего не выбрано, будут взяты первые две.</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Press Scan to look through the whole base.</source>
        <translation>Нажмите «Искать», чтобы проверить всю базу.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Scanning…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The scan failed: %1</source>
        <translation>Не удалось выполнить поиск: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scan was cancelled.</source>
        <translation>Поиск отменён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>among %1 contacts</source>
        <translation>(проверено контактов: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>among %1 companies</source>
        <translation>(проверено компаний: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No duplicates found %1.</source>
        <translation>Дубли не найдены %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln group(s) of likely duplicates %1.</source>
        <translation>
            <numerusform>%Ln группа вероятных дублей %1.</numerusform>
            <numerusform>%Ln группы вероятных дублей %1.</numerusform>
            <numerusform>%Ln групп вероятных дублей %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Merged «%1» into «%2». Undo merge (Ctrl+Z) puts both back as they were.</source>
        <translation>«%1» объединён с «%2». «Отменить объединение» (Ctrl+Z) вернёт обе записи как были.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merged again.</source>
        <translation>Объединено снова.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Отменить: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The merge was undone.</source>
        <translation>Объединение отменено.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DuplicateGroupModel</name>
    <message>
        <location filename="../ui/duplicates/duplicategroupmodel.cpp" line="+37"/>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same email</source>
        <translation>та же почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>similar name</source>
        <translation>похожее имя</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 — %Ln record(s): %2</source>
        <translation>
            <numerusform>%1 — %Ln запись: %2</numerusform>
            <numerusform>%1 — %Ln записи: %2</numerusform>
            <numerusform>%1 — %Ln записей: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::FieldEditor</name>
    <message>
        <location filename="../ui/widgets/fieldeditor.cpp" line="+63"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Legal name</source>
        <translation>Название юрлица</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reg. number</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write</source>
        <translation>Написать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the number and dial it</source>
        <translation>Скопировать номер, чтобы набрать его</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::FieldSetupDialog</name>
    <message>
        <location filename="../ui/settings/fieldsetupdialog.cpp" line="+17"/>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::FieldSetupWidget</name>
    <message>
        <location filename="../ui/settings/fieldsetupwidget.cpp" line="+48"/>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+182"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add field</source>
        <translation>Добавить поле</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A field&apos;s type cannot change after creation: to store another kind of value, create a new field and archive this one.</source>
        <translation>Тип поля нельзя изменить после создания: чтобы хранить значения другого вида, создайте новое поле, а это отправьте в архив.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One choice per line, in the order they are offered</source>
        <translation>По одному варианту в строке, в том порядке, в котором они предлагаются</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group (tab)</source>
        <translation>Группа (вкладка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required from stage</source>
        <translation>Обязательно с этапа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shown on cards, changed only by imports and integrations.</source>
        <translation>Показывается в карточках, меняется только импортом и интеграциями.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save field</source>
        <translation>Сохранить поле</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>  (archived)</source>
        <translation>  (в архиве)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit the field &quot;%1&quot;</source>
        <translation>Изменение поля «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the field a name.</source>
        <translation>Укажите название поля.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the field &quot;%1&quot;</source>
        <translation>Добавление поля «%1»</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Move the field &quot;%1&quot;</source>
        <translation>Перемещение поля «%1»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Archive the field &quot;%1&quot;</source>
        <translation>Архивация поля «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the field &quot;%1&quot;</source>
        <translation>Восстановление поля «%1»</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::FieldText</name>
    <message>
        <location filename="../ui/widgets/fieldtext.cpp" line="+23"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::FileActions</name>
    <message>
        <location filename="../ui/mainwindow/fileactions.cpp" line="+37"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;history…</source>
        <translation>&amp;История импорта…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Connect to a team server…</source>
        <translation>&amp;Подключиться к командному серверу…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Сделать резервную копию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up &amp;to…</source>
        <translation>Сохранить копию &amp;в…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator can back up or restore the database.</source>
        <translation>Делать резервные копии и восстанавливать базу данных может только администратор.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backup failed: %1</source>
        <translation>Резервная копия не создана: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your role has no right to import records.</source>
        <translation>У вашей роли нет права импортировать записи.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recent files</source>
        <translation>Недавних файлов нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+60"/>
        <source>Voronka databases (*.voronka);;All files (*)</source>
        <translation>Базы данных Voronka (*.voronka);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>Back up database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Voronka databases (*.voronka)</source>
        <translation>Базы данных Voronka (*.voronka)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>A backup is already being made; try again when it is done.</source>
        <translation>Резервная копия уже создаётся; повторите, когда она будет готова.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backing up %1</source>
        <translation>Резервное копирование %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+38"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot restore</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace %1 with the backup of %2 (%3)?

The current file is kept beside it as %4. Voronka closes the file, restores it and asks you to sign in again.</source>
        <translation>Заменить %1 резервной копией от %2 (%3)?

Текущий файл останется рядом под именем %4. Воронка закроет файл, восстановит его и попросит войти снова.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Backup saved to %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ForecastPage</name>
    <message>
        <location filename="../ui/analytics/lossespage.cpp" line="+85"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted</source>
        <translation>С учётом вероятности</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No close date</source>
        <translation>Без даты закрытия</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: expected %2</source>
        <translation>%1: ожидается %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Weighted forecast</source>
        <translation>Взвешенный прогноз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, sum</source>
        <translation>Открыто, сумма</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Weighted by stage probability</source>
        <translation>С учётом вероятности этапа</translation>
    </message>
    <message>
        <location filename="../ui/analytics/reportpages.h" line="+129"/>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::FunnelPage</name>
    <message>
        <location filename="../ui/analytics/funnelpage.cpp" line="+27"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Reached</source>
        <translation>Дошли</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To next stage</source>
        <translation>В следующий этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To won</source>
        <translation>В успех</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped off</source>
        <translation>Отсеялось</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered in period</source>
        <translation>Вошли за период</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time in stage</source>
        <translation>Время на этапе</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Created — %1</source>
        <translation>Создано — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Won — %1</source>
        <translation>Выиграно — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost — %1</source>
        <translation>Проиграно — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average cycle</source>
        <translation>Средний цикл</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reached “%1” — %2</source>
        <translation>Дошли до «%1» — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered “%1” — %2</source>
        <translation>Вошли в «%1» — %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The mean over %n stay(s) that ended in the period</source>
        <translation>
            <numerusform>Среднее по %n пребыванию, закончившемуся в периоде</numerusform>
            <numerusform>Среднее по %n пребываниям, закончившимся в периоде</numerusform>
            <numerusform>Среднее по %n пребываниям, закончившимся в периоде</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/reportpages.h" line="-105"/>
        <source>Sales analysis</source>
        <translation>Анализ продаж</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::GeneralPage</name>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="+38"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several computers open this file on a network share</source>
        <translation>Файл открывают несколько компьютеров в сетевой папке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown in the window title and on exports</source>
        <translation>Показывается в заголовке окна и при выгрузке</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working day starts</source>
        <translation>Начало рабочего дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working day ends</source>
        <translation>Конец рабочего дня</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The computer&apos;s time zone</source>
        <translation>Часовой пояс компьютера</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>For users who have not chosen their own; applies on their next start.</source>
        <translation>Для пользователей, не выбравших свой; применяется при их следующем запуске.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Safer writing, and a warning when the share&apos;s locks do not work.
On by itself on a network drive; applies when each computer next opens the file.</source>
        <translation>Надёжная запись и предупреждение о неработающих блокировках.
На сетевом диске включён сам; действует при следующем открытии.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default currency</source>
        <translation>Валюта по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the week</source>
        <translation>Первый день недели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours</source>
        <translation>Рабочие часы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default language</source>
        <translation>Язык по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared file</source>
        <translation>Общий файл</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing to save: the options are as they were.</source>
        <translation>Нечего сохранять: настройки не менялись.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit the general options</source>
        <translation>Изменить общие настройки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::GlobalSearch</name>
    <message>
        <location filename="../ui/search/globalsearch.cpp" line="+35"/>
        <source>Search contacts, companies and deals</source>
        <translation>Поиск по контактам, компаниям и сделкам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global search</source>
        <translation>Общий поиск</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Nothing found for “%1”</source>
        <translation>По запросу «%1» ничего не найдено</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::GoalDialog</name>
    <message>
        <location filename="../ui/analytics/goaldialog.cpp" line="+35"/>
        <location line="+18"/>
        <source>Set goal</source>
        <translation>Задать план</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum to win, %1</source>
        <translation>Сумма продаж, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals to win</source>
        <translation>Число сделок</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>There is nobody whose goal you may set.</source>
        <translation>Нет сотрудников, которым вы можете задать план.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sum “%1” is not an amount of money.</source>
        <translation>«%1» — не денежная сумма.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::GuardedApplication</name>
    <message>
        <location filename="../ui/startup/guardedapplication.cpp" line="+34"/>
        <source>%1

Voronka closes so that nothing more is written to it. &quot;voronka-cli check&quot; tells what is damaged; a backup can be restored.</source>
        <translation>%1

Воронка закрывается, чтобы больше ничего в неё не записать. «voronka-cli check» покажет, что повреждено; можно восстановить резервную копию.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ImportCommand</name>
    <message>
        <location filename="../ui/importwizard/importcommand.cpp" line="+32"/>
        <source>Undoing the import…</source>
        <translation>Отмена импорта…</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Import of %1 company(s)</source>
        <translation>
            <numerusform>Импорт %1 компании</numerusform>
            <numerusform>Импорт %1 компаний</numerusform>
            <numerusform>Импорт %1 компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import of %1 deal(s)</source>
        <translation>
            <numerusform>Импорт %1 сделки</numerusform>
            <numerusform>Импорт %1 сделок</numerusform>
            <numerusform>Импорт %1 сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import of %1 contact(s)</source>
        <translation>
            <numerusform>Импорт %1 контакта</numerusform>
            <numerusform>Импорт %1 контактов</numerusform>
            <numerusform>Импорт %1 контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n record(s) changed since the import and were left as they are: %1</source>
        <translation>
            <numerusform>%n запись изменили после импорта, она оставлена как есть: %1</numerusform>
            <numerusform>%n записи изменили после импорта, они оставлены как есть: %1</numerusform>
            <numerusform>%n записей изменили после импорта, они оставлены как есть: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ImportHistoryDialog</name>
    <message>
        <location filename="../ui/importwizard/importhistorydialog.cpp" line="+32"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Остановлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted</source>
        <translation>Прерван</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Undo import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>С ошибками</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The import of %1 is undone.</source>
        <translation>Импорт %1 отменён.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The import of %1 is undone; %n record(s) changed since were left as they are: %2</source>
        <translation>
            <numerusform>Импорт %1 отменён; %n запись, изменённая с тех пор, оставлена как есть: %2</numerusform>
            <numerusform>Импорт %1 отменён; %n записи, изменённые с тех пор, оставлены как есть: %2</numerusform>
            <numerusform>Импорт %1 отменён; %n записей, изменённых с тех пор, оставлены как есть: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The import of %1 is finished.</source>
        <translation>Импорт %1 завершён.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard/importwizard.cpp" line="+96"/>
        <location line="+847"/>
        <location line="+33"/>
        <location line="+4"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="-859"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+837"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-777"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as:</source>
        <translation>Что импортировать:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A CSV, TSV, Excel or vCard file</source>
        <translation>Файл CSV, TSV, Excel или vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+340"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a file</source>
        <translation>Импорт из файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files to import (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard)</source>
        <translation>Файлы для импорта (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV or TSV</source>
        <translation>CSV или TSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+183"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Точка с запятой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar</source>
        <translation>Вертикальная черта</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header row:</source>
        <translation>Строка заголовков:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>CSV: %1, delimiter “%2”, header in row %3</source>
        <translation>CSV: %1, разделитель «%2», заголовки в строке %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excel workbook: sheet “%1”, header in row %2</source>
        <translation>Книга Excel: лист «%1», заголовки в строке %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 · the first %n row(s)</source>
        <translation>
            <numerusform>%1 · первая %n строка</numerusform>
            <numerusform>%1 · первые %n строки</numerusform>
            <numerusform>%1 · первые %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Any file</source>
        <translation>Любой файл</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported from:</source>
        <translation>Откуда выгружен:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save mapping…</source>
        <translation>Сохранить сопоставление…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load mapping…</source>
        <translation>Загрузить сопоставление…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved:</source>
        <translation>Сохранённые:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember…</source>
        <translation>Запомнить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this mapping in the database under a name, for the next file like this one</source>
        <translation>Сохранить это сопоставление в базе под названием — для следующего такого же файла</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose where each column of the file goes. Columns set to “Skip” are not imported.</source>
        <translation>Выберите, куда попадёт каждый столбец файла. Столбцы «Пропустить» не импортируются.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+252"/>
        <location line="+24"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Sample values</source>
        <translation>Примеры значений</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import into</source>
        <translation>Куда импортировать</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Remember the mapping</source>
        <translation>Запомнить сопоставление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the mapping:</source>
        <translation>Название сопоставления:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the mapping</source>
        <translation>Сохранение сопоставления</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Import mappings (*.json)</source>
        <translation>Сопоставления для импорта (*.json)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Load a mapping</source>
        <translation>Загрузка сопоставления</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Skip the row</source>
        <translation>Пропустить строку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the record found</source>
        <translation>Обновить найденную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new record anyway</source>
        <translation>Всё равно создать новую запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a record exists:</source>
        <translation>Если запись уже есть:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same email</source>
        <translation>Совпадает email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same phone number</source>
        <translation>Совпадает телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same name and company</source>
        <translation>Совпадают имя и компания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same external id (a column set to “External id”)</source>
        <translation>Совпадает внешний id (столбец «Внешний id»)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A row is that record when:</source>
        <translation>Строка — это та же запись, если:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Me (%1)</source>
        <translation>Я (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsible when the file names none:</source>
        <translation>Ответственный, если в файле не указан:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tag</source>
        <translation>Без тега</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag every imported record:</source>
        <translation>Тег для всех импортированных записей:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+24"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save failed rows…</source>
        <translation>Сохранить строки с ошибками…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the imported records</source>
        <translation>Открыть импортированные записи</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every row of %1; nothing is written.</source>
        <translation>Проверка всех строк %1; ничего не записывается.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Created: %1 · updated: %2 · skipped as duplicates: %3 · with errors: %4</source>
        <translation>Создано: %1 · обновлено: %2 · пропущено дублей: %3 · с ошибками: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New: %1 · to update: %2 · skipped as duplicates: %3 · with errors: %4</source>
        <translation>Новых: %1 · к обновлению: %2 · пропущено дублей: %3 · с ошибками: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The import was stopped after %n row(s); what it wrote can be undone.</source>
        <translation>
            <numerusform>Импорт остановлен после %n строки; записанное можно отменить.</numerusform>
            <numerusform>Импорт остановлен после %n строк; записанное можно отменить.</numerusform>
            <numerusform>Импорт остановлен после %n строк; записанное можно отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The check was stopped.</source>
        <translation>Проверка остановлена.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The check is done: %n row(s) read, nothing written.</source>
        <translation>
            <numerusform>Проверка закончена: прочитана %n строка, ничего не записано.</numerusform>
            <numerusform>Проверка закончена: прочитаны %n строки, ничего не записано.</numerusform>
            <numerusform>Проверка закончена: прочитано %n строк, ничего не записано.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check failed.</source>
        <translation>Проверка не удалась.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 - failed rows.csv</source>
        <translation>%1 - строки с ошибками.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save failed rows</source>
        <translation>Сохранение строк с ошибками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed rows saved to %1</source>
        <translation>Строки с ошибками сохранены в %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match the columns to fields</source>
        <translation>Сопоставьте столбцы с полями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates and defaults</source>
        <translation>Дубли и значения по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import companies</source>
        <translation>Импорт компаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import deals</source>
        <translation>Импорт сделок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · шаг %2 из %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+21"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::JournalModel</name>
    <message>
        <location filename="../ui/settings/journalmodel.cpp" line="+47"/>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::JournalPage</name>
    <message>
        <location filename="../ui/settings/journalpage.cpp" line="+55"/>
        <location line="+17"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>From the start</source>
        <translation>С начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until now</source>
        <translation>По сей день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Выгрузить в CSV…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (deactivated)</source>
        <translation>%1 (отключён)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All entities</source>
        <translation>Все объекты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ins</source>
        <translation>Входы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing in the journal matches these filters.</source>
        <translation>В журнале нет записей, подходящих под фильтры.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>journal</source>
        <translation>журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the journal</source>
        <translation>Выгрузка журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting the journal…</source>
        <translation>Выгружается журнал…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 journal entries to %2.</source>
        <translation>Записей журнала выгружено: %1, файл %2.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::Launcher</name>
    <message>
        <location filename="../ui/startup/launcher.cpp" line="+72"/>
        <source>--screenshot with --db needs --user and the VORONKA_PASSWORD environment variable.</source>
        <translation>--screenshot с --db требует --user и переменную окружения VORONKA_PASSWORD.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <location line="+93"/>
        <location line="+96"/>
        <location line="+69"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+69"/>
        <source>Restoring %1 from %2…</source>
        <translation>Восстановление %1 из %2…</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+66"/>
        <source>Cannot restore</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Restored from %1; the previous file is kept as %2</source>
        <translation>Восстановлено из %1; прежний файл сохранён как %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking for a good backup of %1…</source>
        <translation>Поиск исправной резервной копии %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Restore it from the backup of %2 (%3)? The damaged file is kept beside it as %4.</source>
        <translation>%1

Восстановить её из резервной копии от %2 (%3)? Повреждённый файл останется рядом под именем %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ListExport</name>
    <message>
        <location filename="../ui/duplicates/listexport.cpp" line="+54"/>
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>companies</source>
        <translation>компании</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vCard files (*.vcf)</source>
        <translation>Файлы vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+40"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+9"/>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 contacts to %2.</source>
        <translation>Экспортировано контактов: %1. Файл: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 companies to %2.</source>
        <translation>Экспортировано компаний: %1. Файл: %2.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ListTable</name>
    <message>
        <location filename="../ui/lists/listtable.cpp" line="+70"/>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ListTableModel</name>
    <message>
        <location filename="../ui/lists/listtablemodel.cpp" line="+32"/>
        <source>Click to sort by %1</source>
        <translation>Нажмите, чтобы отсортировать по столбцу «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This column cannot be sorted</source>
        <translation>Этот столбец не сортируется</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::LoginDialog</name>
    <message>
        <location filename="../ui/startup/logindialog.cpp" line="+53"/>
        <source>Sign in — %1</source>
        <translation>Вход — %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Choose your name in %1 and enter your password.</source>
        <translation>Выберите себя в списке пользователей %1 и введите пароль.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Sign in to Voronka</source>
        <translation>Вход в Voronka</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remember me on this computer</source>
        <translation>Запомнить меня на этом компьютере</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps your password for this file in the system keychain.</source>
        <translation>Хранит ваш пароль к этому файлу в системном хранилище паролей.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a user.</source>
        <translation>Выберите пользователя.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::LossReasonDialog</name>
    <message>
        <location filename="../ui/widgets/lossreasondialog.cpp" line="+22"/>
        <source>Deal lost</source>
        <translation>Сделка не реализована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why was “%1” lost?</source>
        <translation>Почему сделка «%1» не реализована?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loss reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Details (optional)</source>
        <translation>Подробности (необязательно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, in a few words</source>
        <translation>Что случилось — в двух словах</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark as lost</source>
        <translation>Закрыть как нереализованную</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::LossReasonsPage</name>
    <message>
        <location filename="../ui/settings/lossreasonspage.cpp" line="+22"/>
        <location line="+9"/>
        <source>Loss reasons</source>
        <translation>Причины отказа</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The reasons a salesperson picks from when a deal is lost, in this order. An archived reason stays on the deals that have it but is no longer offered.</source>
        <translation>Причины, из которых менеджер выбирает, когда сделка проиграна, — в этом порядке. Причина в архиве остаётся на сделках, где она указана, но больше не предлагается.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Archived: kept on its deals, no longer offered</source>
        <translation>В архиве: остаётся на своих сделках, но больше не предлагается</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unarchive</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+5"/>
        <source>New reason</source>
        <translation>Новая причина</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add the loss reason &quot;%1&quot;</source>
        <translation>Добавление причины отказа «%1»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rename the loss reason &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Переименование причины отказа «%1» в «%2»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move the loss reason &quot;%1&quot;</source>
        <translation>Перемещение причины отказа «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Archive the loss reason &quot;%1&quot;</source>
        <translation>Архивация причины отказа «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unarchive the loss reason &quot;%1&quot;</source>
        <translation>Возврат причины отказа «%1» из архива</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::LossesPage</name>
    <message>
        <location filename="../ui/analytics/lossespage.cpp" line="-140"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lost: %1 — %2</source>
        <translation>Проиграно: %1 — %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analytics/reportpages.h" line="+90"/>
        <source>Loss reasons</source>
        <translation>Причины отказа</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+147"/>
        <source>An administrator deactivated your account; Voronka closes.</source>
        <translation>Администратор отключил вашу учётную запись; Воронка закрывается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account deactivated</source>
        <translation>Учётная запись отключена</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search everywhere</source>
        <translation>&amp;Общий поиск</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sync &amp;conflicts…</source>
        <translation>&amp;Конфликты синхронизации…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team &amp;server…</source>
        <translation>Командный &amp;сервер…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User &amp;manual</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Voronka</source>
        <translation>&amp;О программе Voronka</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+46"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Undo %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>“%1” is no longer in the list.</source>
        <translation>«%1» больше нет в списке.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 “%2” cannot be opened in this version yet.</source>
        <translation>%1 «%2»: в этой версии такие записи пока не открываются.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This list cannot be shown here.</source>
        <translation>Этот список здесь не показать.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ManagersPage</name>
    <message>
        <location filename="../ui/analytics/managerspage.cpp" line="+31"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+55"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Open, sum</source>
        <translation>Открыто, сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+64"/>
        <source>Won, sum</source>
        <translation>Выиграно, сумма</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average deal</source>
        <translation>Средняя сделка</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+56"/>
        <source>Tasks done</source>
        <translation>Выполнено задач</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Tasks overdue</source>
        <translation>Просрочено задач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage moves</source>
        <translation>Переходы этапов</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: open deals</source>
        <translation>%1: открытые сделки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: won — %2</source>
        <translation>%1: выиграно — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: lost — %2</source>
        <translation>%1: проиграно — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: tasks done</source>
        <translation>%1: выполненные задачи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: open tasks</source>
        <translation>%1: открытые задачи</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>People</source>
        <translation>Сотрудников</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+2"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Won in the period: the %1 largest of %2</source>
        <translation>Выиграно за период: %1 крупнейших из %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won in the period</source>
        <translation>Выиграно за период</translation>
    </message>
    <message>
        <location filename="../ui/analytics/reportpages.h" line="-45"/>
        <source>Managers</source>
        <translation>Сотрудники</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ManualWindow</name>
    <message>
        <location filename="../ui/help/manualwindow.cpp" line="+18"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Voronka user manual</source>
        <translation>Руководство пользователя Voronka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::MergeCommand</name>
    <message>
        <location filename="../ui/duplicates/mergecommand.cpp" line="+14"/>
        <source>merge of «%1» into «%2»</source>
        <translation>объединение «%1» с «%2»</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::MergeWizard</name>
    <message>
        <location filename="../ui/duplicates/mergewizard.cpp" line="+36"/>
        <source>Merge contacts</source>
        <translation>Объединение контактов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge companies</source>
        <translation>Объединение компаний</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose the record that stays and, for each field, whose value it keeps. Everything linked to the other record moves to it.</source>
        <translation>Выберите запись, которая останется, и для каждого поля — чьё значение сохранить. Всё, что связано с другой записью, перейдёт к ней.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This record stays; the other goes to the recycle bin.</source>
        <translation>Эта запись останется, а другая переместится в корзину.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Keep every phone number, email and tag of both records</source>
        <translation>Сохранить все телефоны, адреса почты и теги обеих записей</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln задача</numerusform>
            <numerusform>%Ln задачи</numerusform>
            <numerusform>%Ln задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln примечание</numerusform>
            <numerusform>%Ln примечания</numerusform>
            <numerusform>%Ln примечаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln history entry(s)</source>
        <translation>
            <numerusform>%Ln запись истории</numerusform>
            <numerusform>%Ln записи истории</numerusform>
            <numerusform>%Ln записей истории</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is linked to «%1».</source>
        <translation>С записью «%1» ничего не связано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves to «%1»: %2.</source>
        <translation>К записи «%1» перейдут: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» goes to the recycle bin. The merge can be undone.</source>
        <translation>Запись «%1» будет перемещена в корзину. Объединение можно отменить.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::MonthView</name>
    <message numerus="yes">
        <location filename="../ui/calendar/monthview.cpp" line="+174"/>
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::MoveDealsDialog</name>
    <message>
        <location filename="../ui/settings/movedealsdialog.cpp" line="+30"/>
        <location line="+14"/>
        <source>Move the deals to</source>
        <translation>Перенести сделки на этап</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::NewDatabaseDialog</name>
    <message>
        <location filename="../ui/startup/newdatabasedialog.cpp" line="+222"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>A Voronka database is one file. You become its first administrator and can invite your team later.</source>
        <translation>База данных Voronka — это один файл. Вы станете её первым администратором и позже сможете добавить коллег.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+124"/>
        <source>crm</source>
        <translation>crm</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>name@company.com</source>
        <translation>name@company.ru</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>New company database</source>
        <translation>Новая база компании</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new company database</source>
        <translation>Создать базу данных компании</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Northwind Trading</source>
        <translation>например, ООО «Вектор»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at least 6 characters</source>
        <translation>не менее 6 символов</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Company name:</source>
        <translation>Название компании:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>Повтор пароля:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Voronka databases (*.voronka)</source>
        <translation>Базы данных Voronka (*.voronka)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your company&apos;s name.</source>
        <translation>Введите название компании.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose where to save the database file.</source>
        <translation>Выберите, где сохранить файл базы данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists. Choose another name, or open that file from the start screen.</source>
        <translation>%1 уже существует. Выберите другое имя или откройте этот файл с начального экрана.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Enter your name.</source>
        <translation>Введите ваше имя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your email address; you will sign in with it.</source>
        <translation>Введите адрес электронной почты: он понадобится для входа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must have at least 6 characters.</source>
        <translation>Пароль должен содержать не менее 6 символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::PasswordField</name>
    <message>
        <location filename="../ui/settings/passwordfield.cpp" line="+18"/>
        <source>Generate</source>
        <translation>Сгенерировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a random password to hand to the colleague</source>
        <translation>Создать случайный пароль для коллеги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the password to the clipboard</source>
        <translation>Скопировать пароль в буфер обмена</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::PasswordStore</name>
    <message>
        <location filename="../ui/startup/passwordstore.cpp" line="+62"/>
        <source>The system keychain does not answer, so passwords cannot be remembered.</source>
        <translation>Системное хранилище паролей не отвечает, поэтому пароли нельзя запомнить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keychain is available, so passwords cannot be remembered.</source>
        <translation>Системное хранилище паролей недоступно, поэтому пароли нельзя запомнить.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::PeriodPicker</name>
    <message>
        <location filename="../ui/analytics/periodpicker.cpp" line="+24"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates…</source>
        <translation>Свои даты…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::PermissionFlask</name>
    <message>
        <location filename="../ui/settings/permissionflask.cpp" line="+38"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own</source>
        <translation>Свои</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: %2 (an administrator has every right)</source>
        <translation>%1: %2 (у администратора есть все права)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2. Click, scroll or press the arrow keys to change.</source>
        <translation>%1: %2. Щёлкните, прокрутите колесо или нажмите стрелки, чтобы изменить.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::PipelineSetupDialog</name>
    <message>
        <location filename="../ui/settings/pipelinesetupdialog.cpp" line="+20"/>
        <source>Pipeline setup</source>
        <translation>Настройка воронок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes are saved as you make them.</source>
        <translation>Изменения сохраняются сразу.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::PipelineSetupWidget</name>
    <message>
        <location filename="../ui/settings/pipelinesetupwidget.cpp" line="+125"/>
        <location line="+20"/>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Add a pipeline</source>
        <translation>Добавить воронку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the pipeline…</source>
        <translation>Удалить воронку…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rename the pipeline “%1”</source>
        <translation>Переименование воронки «%1»</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+465"/>
        <source>Add a stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <location line="-463"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Переместить вверх (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Переместить вниз (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the stage…</source>
        <translation>Удалить этап…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+143"/>
        <source>Rename the stage “%1”</source>
        <translation>Переименование этапа «%1»</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Move the stage “%1”</source>
        <translation>Перемещение этапа «%1»</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+282"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+24"/>
        <source>Color</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark a deal on the board when it sat in this stage longer</source>
        <translation>Отмечать сделку на доске, если она находится на этом этапе дольше указанного срока</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle after, days</source>
        <translation>Порог «без движения», дн.</translation>
    </message>
    <message>
        <location line="+477"/>
        <source>Edit an automation of “%1”</source>
        <translation>Изменение автоматизации этапа «%1»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add an automation to “%1”</source>
        <translation>Добавление автоматизации к этапу «%1»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete an automation of “%1”</source>
        <translation>Удаление автоматизации этапа «%1»</translation>
    </message>
    <message>
        <location line="-565"/>
        <location line="+54"/>
        <source>Automations</source>
        <translation>Автоматизации</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No automations yet. Add one to create a task, change the responsible, add a tag or move the deal on.</source>
        <translation>Автоматизаций пока нет. Добавьте автоматизацию, чтобы создавать задачу, менять ответственного, добавлять тег или переносить сделку дальше.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Run when a deal enters this stage, whatever moved it.</source>
        <translation>Срабатывают, когда сделка попадает на этот этап, независимо от того, как её перенесли.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Change the probability of “%1”</source>
        <translation>Изменение вероятности этапа «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the idle days of “%1”</source>
        <translation>Изменение дней без движения этапа «%1»</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Stages of “%1”</source>
        <translation>Этапы воронки «%1»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stage “%1”</source>
        <translation>Этап «%1»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A fixed stage: it can be renamed and recolored, but not moved or deleted.</source>
        <translation>Системный этап: его можно переименовать и перекрасить, но нельзя переместить или удалить.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New pipeline</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the pipeline “%1”</source>
        <translation>Добавление воронки «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First contact</source>
        <translation>Первичный контакт</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Delete the pipeline “%1” with its stages and automations? Its %n deal(s), and those in the recycle bin, move to the stage you choose.</source>
        <translation>
            <numerusform>Удалить воронку «%1» вместе с её этапами и автоматизациями? Её %n сделка, а также сделки в корзине, будут перенесены на выбранный вами этап.</numerusform>
            <numerusform>Удалить воронку «%1» вместе с её этапами и автоматизациями? Её %n сделки, а также сделки в корзине, будут перенесены на выбранный вами этап.</numerusform>
            <numerusform>Удалить воронку «%1» вместе с её этапами и автоматизациями? Её %n сделок, а также сделки в корзине, будут перенесены на выбранный вами этап.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete pipeline</source>
        <translation>Удаление воронки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the pipeline “%1”</source>
        <translation>Удаление воронки «%1»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move the pipeline “%1”</source>
        <translation>Перемещение воронки «%1»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Delete the stage “%1”? Its %n deal(s), and those in the recycle bin, move to the stage you choose.</source>
        <translation>
            <numerusform>Удалить этап «%1»? Его %n сделка, а также сделки в корзине, будут перенесены на выбранный вами этап.</numerusform>
            <numerusform>Удалить этап «%1»? Его %n сделки, а также сделки в корзине, будут перенесены на выбранный вами этап.</numerusform>
            <numerusform>Удалить этап «%1»? Его %n сделок, а также сделки в корзине, будут перенесены на выбранный вами этап.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete stage</source>
        <translation>Удаление этапа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the stage “%1”</source>
        <translation>Удаление этапа «%1»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Recolour the stage “%1”</source>
        <translation>Смена цвета этапа «%1»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Other color…</source>
        <translation>Другой цвет…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage color</source>
        <translation>Цвет этапа</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::PipelinesPage</name>
    <message>
        <location filename="../ui/settings/pipelinespage.cpp" line="+13"/>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipelines and their stages, as the board shows them. Changes are saved as you make them.</source>
        <translation>Воронки и их этапы — так, как их показывает доска. Изменения сохраняются сразу.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::PlanPage</name>
    <message>
        <location filename="../ui/analytics/planpage.cpp" line="+80"/>
        <source>Set goal…</source>
        <translation>Задать план…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan by</source>
        <translation>План по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By quarter</source>
        <translation>По кварталам</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set a person&apos;s goal for a month</source>
        <translation>Задать сотруднику план на месяц</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only an administrator or the head of a department sets goals.</source>
        <translation>Планы задают администратор и руководители отделов.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+82"/>
        <source>Goal</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+73"/>
        <location line="+10"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+73"/>
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to be today</source>
        <translation>Ожидается на сегодня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deals: goal</source>
        <translation>Сделок по плану</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deals: won</source>
        <translation>Сделок выиграно</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: won — %2</source>
        <translation>%1: выиграно — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team goal</source>
        <translation>План команды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No goals are set for this period: choose Set goal… to set them.</source>
        <translation>На этот период планы не заданы: нажмите «Задать план…».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goals are set for this period.</source>
        <translation>На этот период планы не заданы.</translation>
    </message>
    <message>
        <location filename="../ui/analytics/reportpages.h" line="+16"/>
        <source>Sales plan</source>
        <translation>План продаж</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ProfilePage</name>
    <message>
        <location filename="../ui/settings/profilepage.cpp" line="+50"/>
        <source>My profile</source>
        <translation>Мой профиль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the name</source>
        <translation>По имени</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Use the colour your name gives, as before</source>
        <translation>Вернуть цвет, который даёт имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The company&apos;s default</source>
        <translation>Как принято в компании</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder lead time</source>
        <translation>За сколько напоминать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applies the next time Voronka starts.</source>
        <translation>Применится при следующем запуске Воронки.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long before a task&apos;s time its reminder appears.</source>
        <translation>За сколько минут до задачи появляется напоминание.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avatar colour</source>
        <translation>Цвет аватара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current</source>
        <translation>Текущий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Edit my profile</source>
        <translation>Изменить мой профиль</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved. The language applies the next time Voronka starts.</source>
        <translation>Сохранено. Язык применится при следующем запуске Воронки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeat password: the two new passwords differ.</source>
        <translation>Повтор пароля: новые пароли не совпадают.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your password has been changed. Use the new one the next time you sign in.</source>
        <translation>Пароль изменён. При следующем входе используйте новый.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::QuickAdd</name>
    <message>
        <location filename="../ui/board/quickadd.cpp" line="+34"/>
        <source>Deal name</source>
        <translation>Название сделки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact: a name, new or existing</source>
        <translation>Контакт: имя нового или существующего</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Name the deal.</source>
        <translation>Укажите название сделки.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The budget &quot;%1&quot; is not an amount.</source>
        <translation>Бюджет «%1» — не сумма.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RecordBulkBar</name>
    <message>
        <location filename="../ui/lists/recordbulkbar.cpp" line="+67"/>
        <source>Set responsible</source>
        <translation>Назначить ответственного</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+168"/>
        <source>Add tags…</source>
        <translation>Добавить теги…</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+168"/>
        <source>Remove tags…</source>
        <translation>Удалить теги…</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+168"/>
        <source>Set field…</source>
        <translation>Изменить поле…</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+168"/>
        <location line="+162"/>
        <location line="+5"/>
        <source>Move to recycle bin</source>
        <translation>В корзину</translation>
    </message>
    <message numerus="yes">
        <location line="-296"/>
        <source>%Ln contact(s) selected</source>
        <translation>
            <numerusform>Выбран %Ln контакт</numerusform>
            <numerusform>Выбрано %Ln контакта</numerusform>
            <numerusform>Выбрано %Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln company(s) selected</source>
        <translation>
            <numerusform>Выбрана %Ln компания</numerusform>
            <numerusform>Выбрано %Ln компании</numerusform>
            <numerusform>Выбрано %Ln компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln deal(s) selected</source>
        <translation>
            <numerusform>Выбрана %Ln сделка</numerusform>
            <numerusform>Выбрано %Ln сделки</numerusform>
            <numerusform>Выбрано %Ln сделок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>you may edit only your own contacts</source>
        <translation>вы можете изменять только свои контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you may edit only your own companies</source>
        <translation>вы можете изменять только свои компании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you may edit only your own deals</source>
        <translation>вы можете изменять только свои сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you may delete only your own contacts</source>
        <translation>вы можете удалять только свои контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you may delete only your own companies</source>
        <translation>вы можете удалять только свои компании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you may delete only your own deals</source>
        <translation>вы можете удалять только свои сделки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you may edit only your department&apos;s contacts</source>
        <translation>вы можете изменять только контакты своего отдела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you may edit only your department&apos;s companies</source>
        <translation>вы можете изменять только компании своего отдела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you may edit only your department&apos;s deals</source>
        <translation>вы можете изменять только сделки своего отдела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you may delete only your department&apos;s contacts</source>
        <translation>вы можете удалять только контакты своего отдела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you may delete only your department&apos;s companies</source>
        <translation>вы можете удалять только компании своего отдела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you may delete only your department&apos;s deals</source>
        <translation>вы можете удалять только сделки своего отдела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your role does not let you edit some of them</source>
        <translation>ваша роль не позволяет изменять некоторые из них</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your role does not let you delete some of them</source>
        <translation>ваша роль не позволяет удалять некоторые из них</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None of them may be changed: %1.</source>
        <translation>Ни одну из них изменить нельзя: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of %1 will be skipped: %2.</source>
        <translation>
            <numerusform>Будет пропущена %n запись из %1: %2.</numerusform>
            <numerusform>Будут пропущены %n записи из %1: %2.</numerusform>
            <numerusform>Будут пропущены %n записей из %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of them may be edited: %1.</source>
        <translation>Ни одну из них нельзя изменить: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Edits will skip %n of %1: %2.</source>
        <translation>
            <numerusform>Изменения пропустят %n запись из %1: %2.</numerusform>
            <numerusform>Изменения пропустят %n записи из %1: %2.</numerusform>
            <numerusform>Изменения пропустят %n записей из %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of them may be moved to the recycle bin: %1.</source>
        <translation>Ни одну из них нельзя переместить в корзину: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Moving to the recycle bin will skip %n of %1: %2.</source>
        <translation>
            <numerusform>В корзину не попадёт %n запись из %1: %2.</numerusform>
            <numerusform>В корзину не попадут %n записи из %1: %2.</numerusform>
            <numerusform>В корзину не попадут %n записей из %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set responsible…</source>
        <translation>Назначить ответственного…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Some contacts were not changed</source>
        <translation>Некоторые контакты не изменены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some companies were not changed</source>
        <translation>Некоторые компании не изменены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some deals were not changed</source>
        <translation>Некоторые сделки не изменены</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Some contacts were not put back</source>
        <translation>Некоторые контакты не возвращены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some companies were not put back</source>
        <translation>Некоторые компании не возвращены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some deals were not put back</source>
        <translation>Некоторые сделки не возвращены</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Set responsible of %n contact(s)</source>
        <translation>
            <numerusform>смена ответственного у %n контакта</numerusform>
            <numerusform>смена ответственного у %n контактов</numerusform>
            <numerusform>смена ответственного у %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set responsible of %n company(s)</source>
        <translation>
            <numerusform>смена ответственного у %n компании</numerusform>
            <numerusform>смена ответственного у %n компаний</numerusform>
            <numerusform>смена ответственного у %n компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set responsible of %n deal(s)</source>
        <translation>
            <numerusform>смена ответственного у %n сделки</numerusform>
            <numerusform>смена ответственного у %n сделок</numerusform>
            <numerusform>смена ответственного у %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Add tags to %n contact(s)</source>
        <translation>
            <numerusform>добавление тегов %n контакту</numerusform>
            <numerusform>добавление тегов %n контактам</numerusform>
            <numerusform>добавление тегов %n контактам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add tags to %n company(s)</source>
        <translation>
            <numerusform>добавление тегов %n компании</numerusform>
            <numerusform>добавление тегов %n компаниям</numerusform>
            <numerusform>добавление тегов %n компаниям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add tags to %n deal(s)</source>
        <translation>
            <numerusform>добавление тегов %n сделке</numerusform>
            <numerusform>добавление тегов %n сделкам</numerusform>
            <numerusform>добавление тегов %n сделкам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Remove tags from %n contact(s)</source>
        <translation>
            <numerusform>удаление тегов у %n контакта</numerusform>
            <numerusform>удаление тегов у %n контактов</numerusform>
            <numerusform>удаление тегов у %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove tags from %n company(s)</source>
        <translation>
            <numerusform>удаление тегов у %n компании</numerusform>
            <numerusform>удаление тегов у %n компаний</numerusform>
            <numerusform>удаление тегов у %n компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove tags from %n deal(s)</source>
        <translation>
            <numerusform>удаление тегов у %n сделки</numerusform>
            <numerusform>удаление тегов у %n сделок</numerusform>
            <numerusform>удаление тегов у %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Set a field of %n contact(s)</source>
        <translation>
            <numerusform>изменение поля у %n контакта</numerusform>
            <numerusform>изменение поля у %n контактов</numerusform>
            <numerusform>изменение поля у %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set a field of %n company(s)</source>
        <translation>
            <numerusform>изменение поля у %n компании</numerusform>
            <numerusform>изменение поля у %n компаний</numerusform>
            <numerusform>изменение поля у %n компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set a field of %n deal(s)</source>
        <translation>
            <numerusform>изменение поля у %n сделки</numerusform>
            <numerusform>изменение поля у %n сделок</numerusform>
            <numerusform>изменение поля у %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Move %n deal(s) to the recycle bin?</source>
        <translation>
            <numerusform>Переместить %n сделку в корзину?</numerusform>
            <numerusform>Переместить %n сделки в корзину?</numerusform>
            <numerusform>Переместить %n сделок в корзину?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n record(s) to the recycle bin?</source>
        <translation>
            <numerusform>Переместить %n запись в корзину?</numerusform>
            <numerusform>Переместить %n записи в корзину?</numerusform>
            <numerusform>Переместить %n записей в корзину?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Move %n contact(s) to the recycle bin</source>
        <translation>
            <numerusform>перемещение %n контакта в корзину</numerusform>
            <numerusform>перемещение %n контактов в корзину</numerusform>
            <numerusform>перемещение %n контактов в корзину</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n company(s) to the recycle bin</source>
        <translation>
            <numerusform>перемещение %n компании в корзину</numerusform>
            <numerusform>перемещение %n компаний в корзину</numerusform>
            <numerusform>перемещение %n компаний в корзину</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n deal(s) to the recycle bin</source>
        <translation>
            <numerusform>перемещение %n сделки в корзину</numerusform>
            <numerusform>перемещение %n сделок в корзину</numerusform>
            <numerusform>перемещение %n сделок в корзину</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln contact(s) moved to the recycle bin.</source>
        <translation>
            <numerusform>%Ln контакт перемещён в корзину.</numerusform>
            <numerusform>%Ln контакта перемещено в корзину.</numerusform>
            <numerusform>%Ln контактов перемещено в корзину.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln company(s) moved to the recycle bin.</source>
        <translation>
            <numerusform>%Ln компания перемещена в корзину.</numerusform>
            <numerusform>%Ln компании перемещено в корзину.</numerusform>
            <numerusform>%Ln компаний перемещено в корзину.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deal(s) moved to the recycle bin.</source>
        <translation>
            <numerusform>%Ln сделка перемещена в корзину.</numerusform>
            <numerusform>%Ln сделки перемещено в корзину.</numerusform>
            <numerusform>%Ln сделок перемещено в корзину.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add tags</source>
        <translation>Добавить теги</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove tags</source>
        <translation>Удалить теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags to add to the selected records (separate with commas):</source>
        <translation>Теги, которые нужно добавить выбранным записям (через запятую):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags to remove from the selected records (separate with commas):</source>
        <translation>Теги, которые нужно удалить у выбранных записей (через запятую):</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RecordFilterButton</name>
    <message>
        <location filename="../ui/lists/recordfilterbutton.cpp" line="+61"/>
        <location line="+65"/>
        <location line="+164"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No tags used yet</source>
        <translation>Тегов пока нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any field</source>
        <translation>Любое поле</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is on</source>
        <translation>включено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is off</source>
        <translation>выключено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>between</source>
        <translation>между</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>equals</source>
        <translation>равно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is filled</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>не заполнено</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>from YYYY-MM-DD</source>
        <translation>с ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to YYYY-MM-DD</source>
        <translation>по ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Filters · %1</source>
        <translation>Фильтры · %1</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RecordListModel</name>
    <message>
        <location filename="../ui/lists/recordlistmodel.cpp" line="+308"/>
        <source>Change %1 of «%2»</source>
        <translation>изменение поля «%1» сделки «%2»</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RecordListView</name>
    <message>
        <location filename="../ui/lists/recordlistview.cpp" line="+194"/>
        <source>Find contacts by name, phone or email</source>
        <translation>Найти контакт по имени, телефону или почте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find companies by name, phone or email</source>
        <translation>Найти компанию по названию, телефону или почте</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Find duplicates</source>
        <translation>Найти дубли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recycle bin</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vCard address book…</source>
        <translation>Адресная книга vCard…</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An empty card for a new contact (%1)</source>
        <translation>Пустая карточка нового контакта (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty card for a new company (%1)</source>
        <translation>Пустая карточка новой компании (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your role does not let you create contacts.</source>
        <translation>Ваша роль не позволяет создавать контакты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not let you create companies.</source>
        <translation>Ваша роль не позволяет создавать компании.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Spreadsheet (Excel or CSV)…</source>
        <translation>Таблица (Excel или CSV)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Default columns</source>
        <translation>Столбцы по умолчанию</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list could not be loaded</source>
        <translation>Не удалось загрузить список</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No access to contacts</source>
        <translation>Нет доступа к контактам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No access to companies</source>
        <translation>Нет доступа к компаниям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow viewing them. Ask an administrator if you need access.</source>
        <translation>Ваша роль не позволяет их просматривать. Если доступ нужен, обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts match the filters</source>
        <translation>Нет контактов, подходящих под фильтры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No companies match the filters</source>
        <translation>Нет компаний, подходящих под фильтры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change or reset the filters to see more.</source>
        <translation>Измените или сбросьте фильтры, чтобы увидеть больше.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contacts found</source>
        <translation>Контакты не найдены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No companies found</source>
        <translation>Компании не найдены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing matches “%1”. Check the spelling, or search by phone or email.</source>
        <translation>По запросу «%1» ничего нет. Проверьте написание или поищите по телефону либо почте.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts yet</source>
        <translation>Контактов пока нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No companies yet</source>
        <translation>Компаний пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts you add or import will appear here.</source>
        <translation>Здесь появятся контакты, которые вы добавите или импортируете.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies you add or import will appear here.</source>
        <translation>Здесь появятся компании, которые вы добавите или импортируете.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RecordPicker</name>
    <message>
        <location filename="../ui/cards/recordpicker.cpp" line="+31"/>
        <source>Find or add a company…</source>
        <translation>Найти или добавить компанию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find or add a contact…</source>
        <translation>Найти или добавить контакт…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Create “%1”</source>
        <translation>Создать «%1»</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RecordsCommand</name>
    <message>
        <location filename="../ui/widgets/recordscommand.cpp" line="+140"/>
        <source>Changed by someone else since, so left as it is: %1.</source>
        <translation>С тех пор изменено другим пользователем, поэтому оставлено как есть: %1.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RecycleBinDialog</name>
    <message>
        <location filename="../ui/duplicates/recyclebindialog.cpp" line="+28"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete for good…</source>
        <translation>Удалить навсегда…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recycle bin: contacts</source>
        <translation>Корзина: контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recycle bin: deals</source>
        <translation>Корзина: сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recycle bin: companies</source>
        <translation>Корзина: компании</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted records stay here until an administrator deletes them for good. Restoring brings a record back with its deals, tasks, notes and history.</source>
        <translation>Удалённые записи хранятся здесь, пока администратор не удалит их навсегда. Восстановленная запись возвращается вместе со сделками, задачами, примечаниями и историей.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The recycle bin is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Restore %n contact(s) from the recycle bin</source>
        <translation>
            <numerusform>восстановление %n контакта из корзины</numerusform>
            <numerusform>восстановление %n контактов из корзины</numerusform>
            <numerusform>восстановление %n контактов из корзины</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Restore %n deal(s) from the recycle bin</source>
        <translation>
            <numerusform>восстановление %n сделки из корзины</numerusform>
            <numerusform>восстановление %n сделок из корзины</numerusform>
            <numerusform>восстановление %n сделок из корзины</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Restore %n company(s) from the recycle bin</source>
        <translation>
            <numerusform>восстановление %n компании из корзины</numerusform>
            <numerusform>восстановление %n компаний из корзины</numerusform>
            <numerusform>восстановление %n компаний из корзины</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>Восстановлена %Ln запись.</numerusform>
            <numerusform>Восстановлены %Ln записи.</numerusform>
            <numerusform>Восстановлено %Ln записей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete «%1» for good? Its notes and history are deleted too, and it cannot be restored or unmerged afterwards.</source>
        <translation>Удалить «%1» навсегда? Примечания и история записи тоже будут удалены, а восстановить её или отменить объединение будет уже нельзя.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %Ln record(s) for good? Their notes and history are deleted too, and they cannot be restored or unmerged afterwards.</source>
        <translation>
            <numerusform>Удалить навсегда %Ln запись? Примечания и история тоже будут удалены, а восстановить записи или отменить объединение будет уже нельзя.</numerusform>
            <numerusform>Удалить навсегда %Ln записи? Примечания и история тоже будут удалены, а восстановить записи или отменить объединение будет уже нельзя.</numerusform>
            <numerusform>Удалить навсегда %Ln записей? Примечания и история тоже будут удалены, а восстановить записи или отменить объединение будет уже нельзя.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln record(s) deleted for good.</source>
        <translation>
            <numerusform>%Ln запись удалена навсегда.</numerusform>
            <numerusform>%Ln записи удалены навсегда.</numerusform>
            <numerusform>%Ln записей удалено навсегда.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RecycleBinModel</name>
    <message>
        <location filename="../ui/duplicates/recyclebinmodel.cpp" line="+62"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone or email</source>
        <translation>Телефон или эл. почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Дата удаления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted by</source>
        <translation>Кто удалил</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ReportPage</name>
    <message>
        <location filename="../ui/analytics/reportpage.cpp" line="+48"/>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>Open these tasks</source>
        <translation>Открыть эти задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open these deals</source>
        <translation>Открыть эти сделки</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RequiredFieldsDialog</name>
    <message>
        <location filename="../ui/widgets/requiredfieldsdialog.cpp" line="+34"/>
        <source>Required fields</source>
        <translation>Обязательные поля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To move “%1” to “%2”, fill in:</source>
        <translation>Чтобы перевести «%1» на этап «%2», заполните:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save and move</source>
        <translation>Сохранить и перевести</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required in this stage</source>
        <translation>Обязательно на этом этапе</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ResetPasswordDialog</name>
    <message>
        <location filename="../ui/settings/resetpassworddialog.cpp" line="+19"/>
        <source>Reset the password of %1</source>
        <translation>Сбросить пароль: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s old password stops working. Hand them the new one; they can change it in My profile.</source>
        <translation>Старый пароль пользователя %1 перестанет работать. Передайте ему новый; сменить его можно в «Моём профиле».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set password</source>
        <translation>Задать пароль</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RoleMatrixWidget</name>
    <message>
        <location filename="../ui/settings/rolematrixwidget.cpp" line="+65"/>
        <source>Point at a cell or move to it with Tab to read what it allows.</source>
        <translation>Наведите указатель на ячейку или перейдите к ней клавишей Tab — здесь появится, что она разрешает.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Users with the role &quot;%1&quot; are administrators: they have every right on every record and manage the settings.</source>
        <translation>Пользователи с ролью «%1» — администраторы: у них все права на все записи и доступ к настройкам.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>deals</source>
        <comment>object of a verb</comment>
        <translation>сделки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contacts</source>
        <comment>object of a verb</comment>
        <translation>контакты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>companies</source>
        <comment>object of a verb</comment>
        <translation>компании</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tasks</source>
        <comment>object of a verb</comment>
        <translation>задачи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users with the role &quot;%1&quot; do not see %2 at all.</source>
        <translation>Пользователи с ролью «%1» совсем не видят %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users with the role &quot;%1&quot; see only the %2 they are responsible for.</source>
        <translation>Пользователи с ролью «%1» видят только те %2, за которые отвечают.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users with the role &quot;%1&quot; see the %2 of everyone in their department.</source>
        <translation>Пользователи с ролью «%1» видят %2 всех сотрудников своего отдела.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users with the role &quot;%1&quot; see all %2.</source>
        <translation>Пользователи с ролью «%1» видят все %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users with the role &quot;%1&quot; cannot create %2.</source>
        <translation>Пользователи с ролью «%1» не могут создавать %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users with the role &quot;%1&quot; create %2 only with themselves responsible.</source>
        <translation>Пользователи с ролью «%1» создают %2, только назначая ответственными себя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users with the role &quot;%1&quot; create %2 for themselves and colleagues of their department.</source>
        <translation>Пользователи с ролью «%1» создают %2 на себя и на коллег по отделу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users with the role &quot;%1&quot; create %2 for anyone.</source>
        <translation>Пользователи с ролью «%1» создают %2 на любого сотрудника.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>edit</source>
        <comment>infinitive after &apos;can&apos;</comment>
        <translation>изменять</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete</source>
        <comment>infinitive after &apos;can&apos;</comment>
        <translation>удалять</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export</source>
        <comment>infinitive after &apos;can&apos;</comment>
        <translation>выгружать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users with the role &quot;%1&quot; cannot %3 %2.</source>
        <translation>Пользователи с ролью «%1» не могут %3 %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users with the role &quot;%1&quot; can %3 only the %2 they are responsible for.</source>
        <translation>Пользователи с ролью «%1» могут %3 только те %2, за которые отвечают.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users with the role &quot;%1&quot; can %3 the %2 of everyone in their department.</source>
        <translation>Пользователи с ролью «%1» могут %3 %2 всех сотрудников своего отдела.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users with the role &quot;%1&quot; can %3 all %2.</source>
        <translation>Пользователи с ролью «%1» могут %3 все %2.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RolesPage</name>
    <message>
        <location filename="../ui/settings/rolespage.cpp" line="+73"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clone</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+40"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Administrator: every right on every record, and the settings</source>
        <translation>Администратор: все права на все записи и настройки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In a local or shared file these rights are enforced by Voronka and its command line, not against someone who opens the file with another tool; the team server enforces them for everyone.</source>
        <translation>В локальном или общем файле эти права соблюдают Воронка и её командная строка, но не защищают от того, кто откроет файл другой программой; командный сервер обеспечивает их для всех.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Follow the matrix</source>
        <translation>Как в матрице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only own deals</source>
        <translation>Только свои сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden</source>
        <translation>Скрыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals in the pipeline %1</source>
        <translation>Сделки воронки %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody&apos;s</source>
        <translation>Ничьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their own</source>
        <translation>Свои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their department&apos;s</source>
        <translation>Своего отдела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s</source>
        <translation>Всех</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May import records from files</source>
        <translation>Может импортировать записи из файлов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analytics figures</source>
        <translation>Цифры аналитики</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deals by pipeline</source>
        <translation>Сделки по воронкам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other rights</source>
        <translation>Другие права</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message numerus="yes">
        <location line="+378"/>
        <source>Delete the role &quot;%1&quot;? Its %n active user(s) will have the role chosen below.</source>
        <translation>
            <numerusform>Удалить роль «%1»? Её %n активный пользователь получит роль, выбранную ниже.</numerusform>
            <numerusform>Удалить роль «%1»? Её %n активных пользователя получат роль, выбранную ниже.</numerusform>
            <numerusform>Удалить роль «%1»? Её %n активных пользователей получат роль, выбранную ниже.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete the role &quot;%1&quot;</source>
        <translation>Удаление роли «%1»</translation>
    </message>
    <message>
        <location line="-507"/>
        <location line="+216"/>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message numerus="yes">
        <location line="+118"/>
        <source>Administrator role, %n active user(s)</source>
        <translation>
            <numerusform>Роль администратора, %n активный пользователь</numerusform>
            <numerusform>Роль администратора, %n активных пользователя</numerusform>
            <numerusform>Роль администратора, %n активных пользователей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+35"/>
        <source>%n active user(s)</source>
        <translation>
            <numerusform>%n активный пользователь</numerusform>
            <numerusform>%n активных пользователя</numerusform>
            <numerusform>%n активных пользователей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The rights of &quot;%1&quot; have unsaved changes.</source>
        <translation>В правах роли «%1» есть несохранённые изменения.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What this user would see with the unsaved rights:</source>
        <translation>Что увидит этот пользователь с несохранёнными правами:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this user would see with these rights:</source>
        <translation>Что увидит этот пользователь с этими правами:</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Change the rights of &quot;%1&quot;</source>
        <translation>Изменение прав роли «%1»</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>New role</source>
        <translation>Новая роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the role &quot;%1&quot;</source>
        <translation>Добавление роли «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clone the role &quot;%1&quot;</source>
        <translation>Копирование роли «%1»</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Rename the role &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Переименование роли «%1» в «%2»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the role</source>
        <translation>Удаление роли</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move users to</source>
        <translation>Перевести пользователей в</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::Screenshot</name>
    <message>
        <location filename="../ui/startup/screenshot.cpp" line="+37"/>
        <source>The view did not finish loading in time.</source>
        <translation>Раздел не успел загрузиться.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+52"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Undo the last change on this page (Ctrl+Z)</source>
        <translation>Отменить последнее изменение на этой странице (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+10"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Повторить (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Отменить: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Повторить: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::SettingsPages</name>
    <message>
        <location filename="../ui/settings/settingspages.cpp" line="+30"/>
        <source>My profile</source>
        <translation>Мой профиль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task types</source>
        <translation>Типы задач</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss reasons</source>
        <translation>Причины отказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::SettingsView</name>
    <message>
        <location filename="../ui/settings/settingsview.cpp" line="+27"/>
        <source>Settings pages</source>
        <translation>Страницы настроек</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/settings/settingsworkspace.cpp" line="+27"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::SharedFileBanner</name>
    <message>
        <location filename="../ui/mainwindow/sharedfilebanner.cpp" line="+65"/>
        <source>Also open by: %1.</source>
        <translation>Также открыт у: %1.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::Sidebar</name>
    <message>
        <location filename="../ui/mainwindow/sidebar.cpp" line="+31"/>
        <source>Sales CRM</source>
        <translation>CRM для продаж</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::StageListWidget</name>
    <message>
        <location filename="../ui/settings/stagelistwidget.cpp" line="+89"/>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle %1 d</source>
        <translation>без движения %1 дн.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fixed stage: it can be renamed and recolored, not moved or deleted.</source>
        <translation>Системный этап: его можно переименовать и перекрасить, но нельзя переместить или удалить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to reorder, double-click to rename.</source>
        <translation>Перетащите, чтобы изменить порядок; дважды щёлкните, чтобы переименовать.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::StartDialog</name>
    <message>
        <location filename="../ui/startup/startdialog.cpp" line="+136"/>
        <source>Recent databases</source>
        <translation>Недавние базы данных</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How would you like to start?</source>
        <translation>С чего начнём?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a new company database</source>
        <translation>Создать базу данных компании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start empty: your company, your administrator account, your currency.</source>
        <translation>Пустая база: ваша компания, учётная запись администратора и валюта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an existing file</source>
        <translation>Открыть существующий файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Voronka database on this computer or a network share.</source>
        <translation>База Voronka на этом компьютере или в общей сетевой папке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a team server</source>
        <translation>Подключиться к серверу команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to your team&apos;s server and work on a copy that syncs.</source>
        <translation>Войти на сервер команды и работать с синхронизируемой копией.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <source>Try the demo</source>
        <translation>Попробовать демо</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>A sample company with deals, contacts and tasks to look around in.</source>
        <translation>Пример компании со сделками, контактами и задачами.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the demo database…</source>
        <translation>Создаём демонстрационную базу…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voronka databases (*.voronka);;All files (*)</source>
        <translation>Базы данных Voronka (*.voronka);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A demo database is already here:
%1

Open it as it is, or make a fresh one? A fresh demo replaces it, with any changes made in it.</source>
        <translation>Демонстрационная база уже есть:
%1

Открыть её как есть или создать заново? Новая демо-база заменит её вместе со всеми внесёнными изменениями.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it</source>
        <translation>Открыть её</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a fresh one</source>
        <translation>Создать заново</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not remove the old demo %1; is it open in another Voronka window?</source>
        <translation>Не удалось удалить старую демо-базу %1; может быть, она открыта в другом окне Voronka?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not make the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not make the demo: %1</source>
        <translation>Не удалось создать демо-базу: %1</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::SummaryPage</name>
    <message>
        <location filename="../ui/analytics/reportpages.h" line="-46"/>
        <source>Summary</source>
        <translation>Сводный отчёт</translation>
    </message>
    <message>
        <location filename="../ui/analytics/summarypage.cpp" line="+43"/>
        <source>Group by</source>
        <translation>Группировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of deals</source>
        <translation>Число сделок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of deals</source>
        <translation>Сумма сделок</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <location line="+60"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Created, sum</source>
        <translation>Создано, сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <location line="+60"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Won, sum</source>
        <translation>Выиграно, сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+60"/>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Lost, sum</source>
        <translation>Проиграно, сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>New contacts</source>
        <translation>Новые контакты</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>New companies</source>
        <translation>Новые компании</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Tasks created</source>
        <translation>Создано задач</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>Tasks done</source>
        <translation>Выполнено задач</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::SyncStatusDialog</name>
    <message>
        <location filename="../ui/sync/syncstatusdialog.cpp" line="+32"/>
        <location line="+97"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Show conflicts…</source>
        <translation>Показать конфликты…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team server</source>
        <translation>Командный сервер</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Password on the team server</source>
        <translation>Пароль на командном сервере</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as:</source>
        <translation>Вход выполнен как:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync:</source>
        <translation>Последняя синхронизация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent:</source>
        <translation>Ждут отправки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the server:</source>
        <translation>Отклонено сервером:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts:</source>
        <translation>Конфликты:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to look at</source>
        <translation>
            <numerusform>%n ждёт просмотра</numerusform>
            <numerusform>%n ждут просмотра</numerusform>
            <numerusform>%n ждут просмотра</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team server cannot be reached. You can keep working: your changes are kept in this file and sent when the server answers again.</source>
        <translation>Командный сервер недоступен. Можно продолжать работу: изменения хранятся в этом файле и уйдут, когда сервер снова ответит.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your password on the team server to sync.</source>
        <translation>Введите пароль на командном сервере, чтобы синхронизировать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in and sync</source>
        <translation>Войти и синхронизировать</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::SyncStatusItem</name>
    <message>
        <location filename="../ui/sync/syncstatusitem.cpp" line="+45"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to sync</source>
        <translation>Войдите для синхронизации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failed</source>
        <translation>Ошибка синхронизации</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online</source>
        <translation>На связи</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n изменение к отправке</numerusform>
            <numerusform>%n изменения к отправке</numerusform>
            <numerusform>%n изменений к отправке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Team server: %1</source>
        <translation>Командный сервер: %1</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TagsPage</name>
    <message>
        <location filename="../ui/settings/tagspage.cpp" line="+26"/>
        <location line="+9"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tags yet: they appear here once a card is tagged.</source>
        <translation>Тегов пока нет: они появятся здесь, когда в карточке поставят тег.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Double-click a name to rename it. Merging and deleting change the tagged records; Undo gives the records their tags back.</source>
        <translation>Дважды щёлкните имя, чтобы переименовать. Объединение и удаление меняют отмеченные записи; «Отменить» вернёт записям их теги.</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>Every record tagged &quot;%1&quot; (%n in all) gets the tag chosen below instead, and &quot;%1&quot; is removed.</source>
        <translation>
            <numerusform>Все записи с тегом «%1» (всего %n) получат выбранный ниже тег, а «%1» будет удалён.</numerusform>
            <numerusform>Все записи с тегом «%1» (всего %n) получат выбранный ниже тег, а «%1» будет удалён.</numerusform>
            <numerusform>Все записи с тегом «%1» (всего %n) получат выбранный ниже тег, а «%1» будет удалён.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Delete the tag &quot;%1&quot;? It is taken off %n record(s).</source>
        <translation>
            <numerusform>Удалить тег «%1»? Он будет снят с %n записи.</numerusform>
            <numerusform>Удалить тег «%1»? Он будет снят с %n записей.</numerusform>
            <numerusform>Удалить тег «%1»? Он будет снят с %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the tag &quot;%1&quot;</source>
        <translation>Удаление тега «%1»</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Rename the tag &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Переименование тега «%1» в «%2»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge tags</source>
        <translation>Объединение тегов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge into</source>
        <translation>Объединить с</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Merge the tag &quot;%1&quot;</source>
        <translation>Объединение тега «%1»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete the tag</source>
        <translation>Удаление тега</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TaskDialog</name>
    <message>
        <location filename="../ui/widgets/taskdialog.cpp" line="+35"/>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal, contact or company (optional)</source>
        <translation>Сделка, контакт или компания (необязательно)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Связанная запись</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TaskListModel</name>
    <message>
        <location filename="../ui/tasks/tasklistmodel.cpp" line="+29"/>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked to</source>
        <translation>Связанная запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TaskOutput</name>
    <message>
        <location filename="../ui/tasks/taskoutput.cpp" line="+62"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printing %1…</source>
        <translation>Печать %1…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Exporting tasks to %1…</source>
        <translation>Экспорт задач в %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <location line="+79"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TaskPrinter</name>
    <message>
        <location filename="../ui/tasks/taskprinter.cpp" line="+70"/>
        <location line="+102"/>
        <source>Printing was cancelled.</source>
        <translation>Печать отменена.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last done</source>
        <translation>Последняя выполненная</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tasks match the filter.</source>
        <translation>Нет задач, подходящих под фильтр.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/tasks/taskoutput.cpp" line="-98"/>
        <location filename="../ui/tasks/taskprinter.cpp" line="-73"/>
        <location line="+7"/>
        <location line="+35"/>
        <source>The task list could not be printed to %1.</source>
        <translation>Не удалось распечатать список задач в %1.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TaskTypeIcon</name>
    <message>
        <location filename="../ui/widgets/tasktypeicon.cpp" line="+239"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Веха</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Демонстрация</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TaskTypesDialog</name>
    <message>
        <location filename="../ui/settings/tasktypesdialog.cpp" line="+17"/>
        <source>Task types</source>
        <translation>Типы задач</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TaskTypesPage</name>
    <message>
        <location filename="../ui/settings/tasktypespage.cpp" line="+13"/>
        <source>Task types</source>
        <translation>Типы задач</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kinds of tasks people plan, with the icon and colour the calendar shows. Changes are saved as you make them.</source>
        <translation>Типы задач, которые планируют сотрудники, со значком и цветом для календаря. Изменения сохраняются сразу.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TaskTypesWidget</name>
    <message>
        <location filename="../ui/settings/tasktypeswidget.cpp" line="+56"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A result is required to complete a task</source>
        <translation>Для завершения задачи нужен результат</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add type</source>
        <translation>Добавить тип</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icon</source>
        <translation>Значок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Require a result to complete a task</source>
        <translation>Требовать результат при завершении задачи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete tasks without a result</source>
        <translation>Завершать задачи без результата</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Change the icon of &quot;%1&quot;</source>
        <translation>Смена значка типа «%1»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New type %1</source>
        <translation>Новый тип %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the task type &quot;%1&quot;</source>
        <translation>Добавление типа задач «%1»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recolour &quot;%1&quot;</source>
        <translation>Смена цвета типа «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Переименование «%1» в «%2»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete the task type &quot;%1&quot;</source>
        <translation>Удаление типа задач «%1»</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TaskUndo</name>
    <message>
        <location filename="../ui/widgets/taskundo.cpp" line="+19"/>
        <source>Complete %1</source>
        <translation>Завершить %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopen %1</source>
        <translation>Вернуть в работу %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move %1 to %2</source>
        <translation>Перенести %1 на %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the due date of %1</source>
        <translation>Убрать срок у %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Set %1 to %n minute(s)</source>
        <translation>
            <numerusform>Длительность %1: %n минута</numerusform>
            <numerusform>Длительность %1: %n минуты</numerusform>
            <numerusform>Длительность %1: %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New task %1</source>
        <translation>Новая задача %1</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TasksView</name>
    <message>
        <location filename="../ui/tasks/tasksview.cpp" line="+74"/>
        <location line="+624"/>
        <location filename="../ui/tasks/tasksworkspace.cpp" line="+26"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="-613"/>
        <source>Complete…</source>
        <translation>Завершить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open linked record</source>
        <translation>Открыть связанную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tasks match these filters.</source>
        <translation>Нет задач, подходящих под эти фильтры.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Whose tasks</source>
        <translation>Чьи задачи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task type</source>
        <translation>Тип задачи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked to</source>
        <translation>Связанная запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter tasks</source>
        <translation>Фильтр задач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter tasks…</source>
        <translation>Фильтр задач…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals without an open task, and deals with an overdue one</source>
        <translation>Сделки без открытой задачи и сделки с просроченной</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new task of yours (%1)</source>
        <translation>Новая задача для вас (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your role does not let you create tasks.</source>
        <translation>Ваша роль не позволяет создавать задачи.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print / export</source>
        <translation>Печать / экспорт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to iCalendar…</source>
        <translation>Экспорт в iCalendar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+209"/>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+207"/>
        <source>All tasks</source>
        <translation>Все задачи</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Department: %1</source>
        <translation>Отдел: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Выполненные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any time</source>
        <translation>Любой период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next 7 days</source>
        <translation>Ближайшие 7 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next 30 days</source>
        <translation>Ближайшие 30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past 30 days</source>
        <translation>Прошедшие 30 дней</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any record</source>
        <translation>Любая запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln задача</numerusform>
            <numerusform>%Ln задачи</numerusform>
            <numerusform>%Ln задач</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>My deals</source>
        <translation>Мои сделки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All deals</source>
        <translation>Все сделки</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export to iCalendar</source>
        <translation>Экспорт в iCalendar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TeamGridModel</name>
    <message numerus="yes">
        <location filename="../ui/calendar/teamgridmodel.cpp" line="+49"/>
        <source>%1, %2: %n task(s)</source>
        <translation>
            <numerusform>%1, %2: %n задача</numerusform>
            <numerusform>%1, %2: %n задачи</numerusform>
            <numerusform>%1, %2: %n задач</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TeamGridView</name>
    <message>
        <location filename="../ui/calendar/teamgridview.cpp" line="+153"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Выполненные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln задача</numerusform>
            <numerusform>%Ln задачи</numerusform>
            <numerusform>%Ln задач</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TrayReminders</name>
    <message>
        <location filename="../ui/reminders/trayreminders.cpp" line="+44"/>
        <source>Open Voronka</source>
        <translation>Открыть Voronka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remind before</source>
        <translation>Напоминать за</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the due time</source>
        <translation>В момент срока</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>За %n минуту</numerusform>
            <numerusform>За %n минуты</numerusform>
            <numerusform>За %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All-day tasks</source>
        <translation>Задачи на весь день</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remind at %1</source>
        <translation>Напоминать в %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not remind</source>
        <translation>Не напоминать</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n overdue task(s)</source>
        <translation>
            <numerusform>%n просроченная задача</numerusform>
            <numerusform>%n просроченные задачи</numerusform>
            <numerusform>%n просроченных задач</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No overdue tasks</source>
        <translation>Нет просроченных задач</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n task(s) due soon</source>
        <translation>
            <numerusform>Скоро срок у %n задачи</numerusform>
            <numerusform>Скоро срок у %n задач</numerusform>
            <numerusform>Скоро срок у %n задач</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At %1</source>
        <translation>В %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today, all day</source>
        <translation>Сегодня, весь день</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::UndoNotice</name>
    <message>
        <location filename="../ui/widgets/undonotice.cpp" line="+53"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::UserDialog</name>
    <message>
        <location filename="../ui/settings/userdialog.cpp" line="+29"/>
        <source>Add a user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@company.com</source>
        <translation>name@company.ru</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No department</source>
        <translation>Без отдела</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate one to see it once and copy it for your colleague; they can change it in My profile.</source>
        <translation>Сгенерированный пароль показывается один раз — скопируйте его для коллеги; сменить его можно в «Моём профиле».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add user</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name: enter the colleague&apos;s name.</source>
        <translation>Имя: введите имя коллеги.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password: type one or press Generate.</source>
        <translation>Пароль: введите его или нажмите «Сгенерировать».</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::UsersModel</name>
    <message>
        <location filename="../ui/settings/usersmodel.cpp" line="+98"/>
        <source>No role</source>
        <translation>Без роли</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Деактивирован</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An administrator: manages settings and users</source>
        <translation>Администратор: управляет настройками и пользователями</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::UsersPage</name>
    <message>
        <location filename="../ui/settings/userspage.cpp" line="+45"/>
        <location line="+25"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate…</source>
        <translation>Деактивировать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate</source>
        <translation>Активировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name or email</source>
        <translation>Поиск по имени или почте</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 is the last active administrator: give another user an administrator role first.</source>
        <translation>%1 — последний активный администратор: сначала дайте роль администратора другому пользователю.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cannot deactivate yourself: another administrator can.</source>
        <translation>Нельзя деактивировать себя: это может сделать другой администратор.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The user can no longer sign in; their open records go to a colleague</source>
        <translation>Пользователь больше не сможет войти; его открытые записи перейдут коллеге</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add user %1</source>
        <translation>Добавить пользователя %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1&apos;s password has been reset.</source>
        <translation>Пароль пользователя %1 сброшен.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deactivate %1</source>
        <translation>Деактивировать: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 is deactivated; %n open record(s) went to %2.</source>
        <translation>
            <numerusform>%1 деактивирован(а); %n открытая запись передана: %2.</numerusform>
            <numerusform>%1 деактивирован(а); %n открытые записи переданы: %2.</numerusform>
            <numerusform>%1 деактивирован(а); %n открытых записей передано: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reactivate %1</source>
        <translation>Активировать: %1</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::WeekView</name>
    <message>
        <location filename="../ui/calendar/weekview.cpp" line="+369"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+252"/>
        <source>%n more task(s) from %1: click to list the hour</source>
        <translation>
            <numerusform>Ещё %n задача с %1: щёлкните, чтобы увидеть весь час</numerusform>
            <numerusform>Ещё %n задачи с %1: щёлкните, чтобы увидеть весь час</numerusform>
            <numerusform>Ещё %n задач с %1: щёлкните, чтобы увидеть весь час</numerusform>
        </translation>
    </message>
    <message>
        <location line="-529"/>
        <location line="+283"/>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
</context>
</TS>
