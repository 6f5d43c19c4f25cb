<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Voronka::CommandLine</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+53"/>
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
        <location line="+3"/>
        <source>Open the section SECTION.</source>
        <translation>Открыть раздел SECTION.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the window as OUT.png and exit.</source>
        <translation>Сохранить снимок окна в OUT.png и выйти.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size, e.g. 1400x900.</source>
        <translation>Размер окна, например 1400x900.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+10"/>
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
        <location filename="../core/services/admin.cpp" line="+25"/>
        <source>Only an administrator may change settings.</source>
        <translation>Изменять настройки может только администратор.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the name must have between 1 and 255 characters.</source>
        <translation>%1: название должно содержать от 1 до 255 символов.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 &quot;%2&quot; already exists.</source>
        <translation>%1 «%2» уже есть.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database already has users.</source>
        <translation>В базе данных уже есть пользователи.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+37"/>
        <source>%1 #%2 does not exist.</source>
        <translation>%1 №%2 не существует.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>User &quot;%1&quot;: &quot;%2&quot; is not an email address.</source>
        <translation>Пользователь «%1»: «%2» — не адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User &quot;%1&quot; needs a password.</source>
        <translation>Пользователю «%1» нужен пароль.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A user with the email %1 already exists.</source>
        <translation>Пользователь с адресом %1 уже есть.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You cannot deactivate yourself.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pipeline &quot;%1&quot; needs at least one stage.</source>
        <translation>В воронке «%1» должен быть хотя бы один этап.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Won</source>
        <translation>Успешно реализовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Закрыто и не реализовано</translation>
    </message>
    <message>
        <location line="+37"/>
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
</context>
<context>
    <name>Voronka::Core::Auth</name>
    <message>
        <location filename="../core/services/auth.cpp" line="+42"/>
        <source>Unknown user or wrong password.</source>
        <translation>Неизвестный пользователь или неверный пароль.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Automations</name>
    <message>
        <location filename="../core/automation/stageautomation.cpp" line="+42"/>
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
    <name>Voronka::Core::Board</name>
    <message>
        <location filename="../core/services/board.cpp" line="+98"/>
        <source>Pipeline #%1 does not exist.</source>
        <translation>Воронки №%1 не существует.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Stage #%1 does not exist.</source>
        <translation>Этапа №%1 не существует.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deal #%1 is not in that stage.</source>
        <translation>Сделка №%1 не находится на этом этапе.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+43"/>
        <location line="+59"/>
        <source>%1 is not a Voronka database.</source>
        <translation>%1 — не база данных Voronka.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation>Файл %1 повреждён (%2). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is locked by another program. Try again when it is done.</source>
        <translation>Файл %1 заблокирован другой программой. Повторите попытку, когда она завершит работу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is open read-only.</source>
        <translation>Файл %1 открыт только для чтения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding %1 is full.</source>
        <translation>На диске с файлом %1 закончилось место.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database error in %1: %2</source>
        <translation>Ошибка базы данных в %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+139"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>Файл %1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>%1 does not exist.</source>
        <translation>Файл %1 не найден.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written by a newer version of Voronka (schema %2; this version reads up to %3). Update Voronka to open it.</source>
        <translation>Файл %1 создан более новой версией Voronka (схема %2; эта версия читает схемы до %3). Обновите Voronka, чтобы открыть его.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 uses an older schema and must be opened for writing once to be upgraded.</source>
        <translation>Файл %1 использует старую схему: откройте его один раз с правом записи, чтобы обновить.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Entity</name>
    <message>
        <location filename="../core/domain/types.cpp" line="+60"/>
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
        <location line="+32"/>
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
        <location line="+5"/>
        <location line="+10"/>
        <source>&quot;%1&quot; is not one of the choices</source>
        <translation>«%1» нет среди вариантов</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../core/fields/fieldtypes.cpp" line="-217"/>
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
    <name>Voronka::Core::Integrity</name>
    <message>
        <location filename="../core/services/integrity.cpp" line="+125"/>
        <source>SQLite structure: %1</source>
        <translation>Структура SQLite: %1</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+5"/>
        <source>search index: %1</source>
        <translation>поисковый индекс: %1</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::RecordList</name>
    <message>
        <location filename="../core/services/recordlist.cpp" line="+49"/>
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
        <source>Position</source>
        <translation>Должность</translation>
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
        <location line="+2"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This list shows contacts or companies.</source>
        <translation>В этом списке показываются только контакты или компании.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Records</name>
    <message>
        <location filename="../core/services/records.cpp" line="+111"/>
        <source>%1 #%2 does not exist.</source>
        <translation>%1 №%2 не существует.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, field &quot;%2&quot;: %3 #%4 does not exist.</source>
        <translation>%1, поле «%2»: %3 №%4 не существует.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+14"/>
        <source>%1: there is no custom field %2.</source>
        <translation>%1: дополнительного поля %2 нет.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, field &quot;%2&quot;: the field is read-only.</source>
        <translation>%1, поле «%2»: поле доступно только для чтения.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1: неизвестное поле «%2».</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+24"/>
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
        <location line="+105"/>
        <source>Deal #%1: the stage automations loop (%2); nothing was changed. Ask an administrator to fix the automations.</source>
        <translation>Сделка №%1: автоматизации этапов зациклились (%2); ничего не изменено. Попросите администратора исправить автоматизации.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Records of this kind cannot be created here.</source>
        <translation>Записи этого типа здесь создавать нельзя.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, field &quot;%2&quot;: this field is required.</source>
        <translation>%1, поле «%2»: поле обязательно для заполнения.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You may not create this %1 (%2).</source>
        <translation>У вас нет прав на создание записи «%1» (%2).</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Records of this kind cannot be edited here.</source>
        <translation>Записи этого типа здесь изменять нельзя.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is in the recycle bin; restore it first.</source>
        <translation>%1 в корзине; сначала восстановите запись.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You may not edit %1.</source>
        <translation>У вас нет прав на изменение: %1.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Records of this kind cannot be deleted here.</source>
        <translation>Записи этого типа здесь удалять нельзя.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You may not delete %1.</source>
        <translation>У вас нет прав на удаление: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may not restore %1.</source>
        <translation>У вас нет прав на восстановление: %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Records of this kind cannot be read here.</source>
        <translation>Записи этого типа здесь читать нельзя.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You may not view %1 #%2.</source>
        <translation>У вас нет прав на просмотр: %1 №%2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stage #%1 does not exist.</source>
        <translation>Этап №%1 не существует.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Notes belong to deals, contacts and companies.</source>
        <translation>Примечания можно добавлять только к сделкам, контактам и компаниям.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a note needs between 1 and 20000 characters.</source>
        <translation>%1: примечание должно содержать от 1 до 20000 символов.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You may not add notes to %1.</source>
        <translation>У вас нет прав добавлять примечания: %1.</translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Session</name>
    <message>
        <location filename="../core/services/session.cpp" line="+211"/>
        <source>A change failed part-way through its writes, so nothing of this batch was saved.</source>
        <translation>Изменение прервалось посреди записи, поэтому ничего из этого пакета не сохранено.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::BoardView</name>
    <message>
        <location filename="../ui/board/boardview.cpp" line="+54"/>
        <location filename="../ui/board/boardworkspace.cpp" line="+24"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show won and lost</source>
        <translation>Показать успешные и проигранные</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter deals</source>
        <translation>Фильтр сделок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter deals…</source>
        <translation>Фильтр сделок…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The deal was not moved</source>
        <translation>Сделка не перемещена</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All deals</source>
        <translation>Все сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My deals</source>
        <translation>Мои сделки</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::CardDelegate</name>
    <message>
        <location filename="../ui/board/carddelegate.cpp" line="+122"/>
        <source>No budget</source>
        <translation>Бюджет не указан</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No contact</source>
        <translation>Нет контакта</translation>
    </message>
    <message>
        <location line="+13"/>
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
</context>
<context>
    <name>Voronka::Ui::CardList</name>
    <message>
        <location filename="../ui/board/cardlist.cpp" line="+164"/>
        <source>No deals</source>
        <translation>Нет сделок</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::FieldEditor</name>
    <message>
        <location filename="../ui/board/fieldeditor.cpp" line="+52"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount, RUB</source>
        <translation>Сумма, ₽</translation>
    </message>
    <message>
        <location line="+11"/>
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
</context>
<context>
    <name>Voronka::Ui::FileActions</name>
    <message>
        <location filename="../ui/mainwindow/fileactions.cpp" line="+29"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No recent files</source>
        <translation>Недавних файлов нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voronka databases (*.voronka);;All files (*)</source>
        <translation>Базы данных Voronka (*.voronka);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back up database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voronka databases (*.voronka)</source>
        <translation>Базы данных Voronka (*.voronka)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup failed</source>
        <translation>Не удалось создать резервную копию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup saved to %1</source>
        <translation>Резервная копия сохранена: %1</translation>
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
    <name>Voronka::Ui::Launcher</name>
    <message>
        <location filename="../ui/startup/launcher.cpp" line="+54"/>
        <source>--screenshot needs --db, --user and the VORONKA_PASSWORD environment variable.</source>
        <translation>Для --screenshot нужны --db, --user и переменная окружения VORONKA_PASSWORD.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <location line="+57"/>
        <location line="+37"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::LoginDialog</name>
    <message>
        <location filename="../ui/startup/logindialog.cpp" line="+48"/>
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
        <location line="+35"/>
        <source>Choose a user.</source>
        <translation>Выберите пользователя.</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::LossReasonDialog</name>
    <message>
        <location filename="../ui/board/lossreasondialog.cpp" line="+22"/>
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
    <name>Voronka::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+118"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search everywhere</source>
        <translation>&amp;Общий поиск</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Voronka</source>
        <translation>&amp;О программе Voronka</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” is no longer in the list.</source>
        <translation>«%1» больше нет в списке.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 “%2” cannot be opened in this version yet.</source>
        <translation>%1 «%2»: в этой версии такие записи пока не открываются.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Voronka</source>
        <translation>О программе Voronka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Voronka %1&lt;/h3&gt;&lt;p&gt;A fast, local-first CRM for small sales teams.&lt;/p&gt;&lt;p&gt;Your data stays in one file you own: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Voronka %1&lt;/h3&gt;&lt;p&gt;Быстрая CRM для небольших отделов продаж, которая работает без облака.&lt;/p&gt;&lt;p&gt;Ваши данные хранятся в одном файле, который принадлежит вам: %2&lt;/p&gt;&lt;p&gt;Распространяется на условиях GNU General Public License версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::NewDatabaseDialog</name>
    <message>
        <location filename="../ui/startup/newdatabasedialog.cpp" line="+36"/>
        <location line="+78"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Create a new database</source>
        <translation>Создание базы данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Voronka database is one file. You become its first administrator and can invite your team later.</source>
        <translation>База данных Voronka — это один файл. Вы станете её первым администратором и позже сможете добавить коллег.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>crm</source>
        <translation>crm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name@company.com</source>
        <translation>name@company.ru</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
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
        <source>Repeat password:</source>
        <translation>Повтор пароля:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Voronka databases (*.voronka)</source>
        <translation>Базы данных Voronka (*.voronka)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose where to save the database file.</source>
        <translation>Выберите, где сохранить файл базы данных.</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>Voronka::Ui::RecordListModel</name>
    <message>
        <location filename="../ui/lists/recordlistmodel.cpp" line="+23"/>
        <source>Name</source>
        <comment>the name of a company</comment>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+81"/>
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
    <name>Voronka::Ui::RecordListView</name>
    <message>
        <location filename="../ui/lists/recordlistview.cpp" line="+75"/>
        <source>Find contacts by name, phone or email</source>
        <translation>Найти контакт по имени, телефону или почте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find companies by name, phone or email</source>
        <translation>Найти компанию по названию, телефону или почте</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
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
        <location line="+16"/>
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
    <name>Voronka::Ui::RequiredFieldsDialog</name>
    <message>
        <location filename="../ui/board/requiredfieldsdialog.cpp" line="+33"/>
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
        <location line="+33"/>
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
    <name>Voronka::Ui::Screenshot</name>
    <message>
        <location filename="../ui/startup/screenshot.cpp" line="+37"/>
        <source>The view did not finish loading in time.</source>
        <translation>Раздел не успел загрузиться.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
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
    <name>Voronka::Ui::StartDialog</name>
    <message>
        <location filename="../ui/startup/startdialog.cpp" line="+35"/>
        <source>Welcome to Voronka</source>
        <translation>Добро пожаловать в Voronka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your team&apos;s database or create a new one.</source>
        <translation>Откройте базу данных своей команды или создайте новую.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a database…</source>
        <translation>Открыть базу данных…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new database…</source>
        <translation>Создать базу данных…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recent databases</source>
        <translation>Недавние базы данных</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Databases you open will be listed here.</source>
        <translation>Здесь появятся базы данных, которые вы открывали.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voronka databases (*.voronka);;All files (*)</source>
        <translation>Базы данных Voronka (*.voronka);;Все файлы (*)</translation>
    </message>
</context>
</TS>
