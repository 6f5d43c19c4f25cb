<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Voronka::Core::Auth</name>
    <message numerus="yes">
        <location filename="../core/services/auth.cpp" line="+55" />
        <source>Too many failed sign-in attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-in attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many failed sign-in attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Core::PipelineSetup</name>
    <message numerus="yes">
        <location filename="../core/services/pipelinesetup.cpp" line="+1041" />
        <source>%n deal(s) moved since stayed where they are: %1.</source>
        <translation>
            <numerusform>%n deal moved since stayed where it is: %1.</numerusform>
            <numerusform>%n deals moved since stayed where they are: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Core::RecordList</name>
    <message numerus="yes">
        <location filename="../core/services/bulkedit.cpp" line="+24" />
        <source>%n contact(s) changed.</source>
        <translation>
            <numerusform>%n contact changed.</numerusform>
            <numerusform>%n contacts changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n company(s) changed.</source>
        <translation>
            <numerusform>%n company changed.</numerusform>
            <numerusform>%n companies changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n deal(s) changed.</source>
        <translation>
            <numerusform>%n deal changed.</numerusform>
            <numerusform>%n deals changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n contact(s) changed, </source>
        <translation>
            <numerusform>%n contact changed, </numerusform>
            <numerusform>%n contacts changed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n contact(s) not changed:</source>
        <translation>
            <numerusform>%n contact not changed:</numerusform>
            <numerusform>%n contacts not changed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n company(s) changed, </source>
        <translation>
            <numerusform>%n company changed, </numerusform>
            <numerusform>%n companies changed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n company(s) not changed:</source>
        <translation>
            <numerusform>%n company not changed:</numerusform>
            <numerusform>%n companies not changed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n deal(s) changed, </source>
        <translation>
            <numerusform>%n deal changed, </numerusform>
            <numerusform>%n deals changed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n deal(s) not changed:</source>
        <translation>
            <numerusform>%n deal not changed:</numerusform>
            <numerusform>%n deals not changed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Core::Sync</name>
    <message numerus="yes">
        <location filename="../core/sync/serverauth.cpp" line="+144" />
        <source>Too many failed sign-in attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-in attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many failed sign-in attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::AttentionModel</name>
    <message numerus="yes">
        <location filename="../ui/tasks/attentionmodel.cpp" line="+136" />
        <source>Task overdue by %n day(s)</source>
        <translation>
            <numerusform>Task overdue by %n day</numerusform>
            <numerusform>Task overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::AttentionView</name>
    <message numerus="yes">
        <location filename="../ui/tasks/attentionview.cpp" line="+215" />
        <source>%Ln deal(s) need attention</source>
        <translation>
            <numerusform>%Ln deal need attention</numerusform>
            <numerusform>%Ln deals need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::AutomationEditorDialog</name>
    <message numerus="yes">
        <location filename="../ui/settings/automationeditordialog.cpp" line="+48" />
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::BackupsPage</name>
    <message numerus="yes">
        <location filename="../ui/settings/backupspage.cpp" line="+179" />
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::BoardMover</name>
    <message numerus="yes">
        <location filename="../ui/board/boardmover.cpp" line="+59" />
        <source>Move %n deal(s) to «%1»</source>
        <translation>
            <numerusform>Move %n deal to «%1»</numerusform>
            <numerusform>Move %n deals to «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Delete %n deal(s)</source>
        <translation>
            <numerusform>Delete %n deal</numerusform>
            <numerusform>Delete %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+113" />
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::BoardView</name>
    <message numerus="yes">
        <location filename="../ui/board/boardview.cpp" line="+566" />
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+108" />
        <source>Move %n deal(s) to the recycle bin? Undo brings them back.</source>
        <translation>
            <numerusform>Move %n deal to the recycle bin? Undo brings them back.</numerusform>
            <numerusform>Move %n deals to the recycle bin? Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::CardDelegate</name>
    <message numerus="yes">
        <location filename="../ui/board/carddelegate.cpp" line="+62" />
        <source>Idle %Ln d</source>
        <comment>days in the stage past its threshold</comment>
        <translation>
            <numerusform>Idle %Ln d</numerusform>
            <numerusform>Idle %Ln d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln d</source>
        <comment>idle days on a narrow card</comment>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DashboardPage</name>
    <message numerus="yes">
        <location filename="../ui/analytics/dashboardpage.cpp" line="+421" />
        <source>of %1 planned · %n deal(s)</source>
        <translation>
            <numerusform>of %1 planned · %n deal</numerusform>
            <numerusform>of %1 planned · %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>no plan for this period · %n deal(s)</source>
        <translation>
            <numerusform>no plan for this period · %n deal</numerusform>
            <numerusform>no plan for this period · %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88" />
        <source>%n open deal(s) · %1</source>
        <translation>
            <numerusform>%n open deal · %1</numerusform>
            <numerusform>%n open deals · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DayTasksDialog</name>
    <message numerus="yes">
        <location filename="../ui/calendar/daytasksdialog.cpp" line="+120" />
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DealBulkFieldDialog</name>
    <message numerus="yes">
        <location filename="../ui/deals/dealbulkfielddialog.cpp" line="+53" />
        <source>Set a field on %n deal(s)</source>
        <translation>
            <numerusform>Set a field on %n deal</numerusform>
            <numerusform>Set a field on %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Set a field on %n contact(s)</source>
        <translation>
            <numerusform>Set a field on %n contact</numerusform>
            <numerusform>Set a field on %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Set a field on %n company(s)</source>
        <translation>
            <numerusform>Set a field on %n company</numerusform>
            <numerusform>Set a field on %n companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DealListView</name>
    <message numerus="yes">
        <location filename="../ui/deals/deallistview.cpp" line="+359" />
        <source>%1: %n deal(s)</source>
        <translation>
            <numerusform>%1: %n deal</numerusform>
            <numerusform>%1: %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+82" />
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Move %n deal(s) to «%1»</source>
        <translation>
            <numerusform>Move %n deal to «%1»</numerusform>
            <numerusform>Move %n deals to «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DepartmentsPage</name>
    <message numerus="yes">
        <location filename="../ui/settings/departmentspage.cpp" line="+229" />
        <source>%n user(s) of %1 move to:</source>
        <translation>
            <numerusform>%n user of %1 move to:</numerusform>
            <numerusform>%n users of %1 move to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DuplicateFinder</name>
    <message numerus="yes">
        <location filename="../ui/duplicates/duplicatefinder.cpp" line="+242" />
        <source>%Ln group(s) of likely duplicates %1.</source>
        <translation>
            <numerusform>%Ln group of likely duplicates %1.</numerusform>
            <numerusform>%Ln groups of likely duplicates %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::DuplicateGroupModel</name>
    <message numerus="yes">
        <location filename="../ui/duplicates/duplicategroupmodel.cpp" line="+58" />
        <source>%1 — %Ln record(s): %2</source>
        <translation>
            <numerusform>%1 — %Ln record: %2</numerusform>
            <numerusform>%1 — %Ln records: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::FunnelPage</name>
    <message numerus="yes">
        <location filename="../ui/analytics/funnelpage.cpp" line="+40" />
        <location line="+5" />
        <location line="+4" />
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>The mean over %n stay(s) that ended in the period</source>
        <translation>
            <numerusform>The mean over %n stay that ended in the period</numerusform>
            <numerusform>The mean over %n stays that ended in the period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ImportCommand</name>
    <message numerus="yes">
        <location filename="../ui/importwizard/importcommand.cpp" line="+67" />
        <source>Import of %1 company(s)</source>
        <translation>
            <numerusform>Import of %1 company</numerusform>
            <numerusform>Import of %1 companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Import of %1 deal(s)</source>
        <translation>
            <numerusform>Import of %1 deal</numerusform>
            <numerusform>Import of %1 deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Import of %1 contact(s)</source>
        <translation>
            <numerusform>Import of %1 contact</numerusform>
            <numerusform>Import of %1 contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n record(s) changed since the import and were left as they are: %1</source>
        <translation>
            <numerusform>%n record changed since the import and was left as it is: %1</numerusform>
            <numerusform>%n records changed since the import and were left as they are: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ImportHistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/importwizard/importhistorydialog.cpp" line="+195" />
        <source>The import of %1 is undone; %n record(s) changed since were left as they are: %2</source>
        <translation>
            <numerusform>The import of %1 is undone; %n record changed since was left as it is: %2</numerusform>
            <numerusform>The import of %1 is undone; %n records changed since were left as they are: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ImportWizard</name>
    <message numerus="yes">
        <location filename="../ui/importwizard/importwizard.cpp" line="+403" />
        <source>%1 · the first %n row(s)</source>
        <translation>
            <numerusform>%1 · the first %n row</numerusform>
            <numerusform>%1 · the first %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+473" />
        <source>The import was stopped after %n row(s); what it wrote can be undone.</source>
        <translation>
            <numerusform>The import was stopped after %n row; what it wrote can be undone.</numerusform>
            <numerusform>The import was stopped after %n rows; what it wrote can be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>The check is done: %n row(s) read, nothing written.</source>
        <translation>
            <numerusform>The check is done: %n row read, nothing written.</numerusform>
            <numerusform>The check is done: %n rows read, nothing written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::LossesPage</name>
    <message numerus="yes">
        <location filename="../ui/analytics/lossespage.cpp" line="+66" />
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::ManagersPage</name>
    <message numerus="yes">
        <location filename="../ui/analytics/managerspage.cpp" line="+84" />
        <location line="+2" />
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::MergeWizard</name>
    <message numerus="yes">
        <location filename="../ui/duplicates/mergewizard.cpp" line="+202" />
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln history entry(s)</source>
        <translation>
            <numerusform>%Ln history entry</numerusform>
            <numerusform>%Ln history entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::MonthView</name>
    <message numerus="yes">
        <location filename="../ui/calendar/monthview.cpp" line="+174" />
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::PipelineSetupWidget</name>
    <message numerus="yes">
        <location filename="../ui/settings/pipelinesetupwidget.cpp" line="+612" />
        <source>Delete the pipeline “%1” with its stages and automations? Its %n deal(s), and those in the recycle bin, move to the stage you choose.</source>
        <translation>
            <numerusform>Delete the pipeline “%1” with its stages and automations? Its %n deal, and those in the recycle bin, move to the stage you choose.</numerusform>
            <numerusform>Delete the pipeline “%1” with its stages and automations? Its %n deals, and those in the recycle bin, move to the stage you choose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80" />
        <source>Delete the stage “%1”? Its %n deal(s), and those in the recycle bin, move to the stage you choose.</source>
        <translation>
            <numerusform>Delete the stage “%1”? Its %n deal, and those in the recycle bin, move to the stage you choose.</numerusform>
            <numerusform>Delete the stage “%1”? Its %n deals, and those in the recycle bin, move to the stage you choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RecordBulkBar</name>
    <message numerus="yes">
        <location filename="../ui/lists/recordbulkbar.cpp" line="+116" />
        <source>%Ln contact(s) selected</source>
        <translation>
            <numerusform>%Ln contact selected</numerusform>
            <numerusform>%Ln contacts selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln company(s) selected</source>
        <translation>
            <numerusform>%Ln company selected</numerusform>
            <numerusform>%Ln companies selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln deal(s) selected</source>
        <translation>
            <numerusform>%Ln deal selected</numerusform>
            <numerusform>%Ln deals selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72" />
        <source>%n of %1 will be skipped: %2.</source>
        <translation>
            <numerusform>%n of %1 will be skipped: %2.</numerusform>
            <numerusform>%n of %1 will be skipped: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Edits will skip %n of %1: %2.</source>
        <translation>
            <numerusform>Edits will skip %n of %1: %2.</numerusform>
            <numerusform>Edits will skip %n of %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Moving to the recycle bin will skip %n of %1: %2.</source>
        <translation>
            <numerusform>Moving to the recycle bin will skip %n of %1: %2.</numerusform>
            <numerusform>Moving to the recycle bin will skip %n of %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+141" />
        <source>Set responsible of %n contact(s)</source>
        <translation>
            <numerusform>Set responsible of %n contact</numerusform>
            <numerusform>Set responsible of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Set responsible of %n company(s)</source>
        <translation>
            <numerusform>Set responsible of %n company</numerusform>
            <numerusform>Set responsible of %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Set responsible of %n deal(s)</source>
        <translation>
            <numerusform>Set responsible of %n deal</numerusform>
            <numerusform>Set responsible of %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Add tags to %n contact(s)</source>
        <translation>
            <numerusform>Add tags to %n contact</numerusform>
            <numerusform>Add tags to %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Add tags to %n company(s)</source>
        <translation>
            <numerusform>Add tags to %n company</numerusform>
            <numerusform>Add tags to %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Add tags to %n deal(s)</source>
        <translation>
            <numerusform>Add tags to %n deal</numerusform>
            <numerusform>Add tags to %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Remove tags from %n contact(s)</source>
        <translation>
            <numerusform>Remove tags from %n contact</numerusform>
            <numerusform>Remove tags from %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Remove tags from %n company(s)</source>
        <translation>
            <numerusform>Remove tags from %n company</numerusform>
            <numerusform>Remove tags from %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Remove tags from %n deal(s)</source>
        <translation>
            <numerusform>Remove tags from %n deal</numerusform>
            <numerusform>Remove tags from %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>Set a field of %n contact(s)</source>
        <translation>
            <numerusform>Set a field of %n contact</numerusform>
            <numerusform>Set a field of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Set a field of %n company(s)</source>
        <translation>
            <numerusform>Set a field of %n company</numerusform>
            <numerusform>Set a field of %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Set a field of %n deal(s)</source>
        <translation>
            <numerusform>Set a field of %n deal</numerusform>
            <numerusform>Set a field of %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Move %n deal(s) to the recycle bin?</source>
        <translation>
            <numerusform>Move %n deal to the recycle bin?</numerusform>
            <numerusform>Move %n deals to the recycle bin?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Move %n record(s) to the recycle bin?</source>
        <translation>
            <numerusform>Move %n record to the recycle bin?</numerusform>
            <numerusform>Move %n records to the recycle bin?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>Move %n contact(s) to the recycle bin</source>
        <translation>
            <numerusform>Move %n contact to the recycle bin</numerusform>
            <numerusform>Move %n contacts to the recycle bin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Move %n company(s) to the recycle bin</source>
        <translation>
            <numerusform>Move %n company to the recycle bin</numerusform>
            <numerusform>Move %n companies to the recycle bin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Move %n deal(s) to the recycle bin</source>
        <translation>
            <numerusform>Move %n deal to the recycle bin</numerusform>
            <numerusform>Move %n deals to the recycle bin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%Ln contact(s) moved to the recycle bin.</source>
        <translation>
            <numerusform>%Ln contact moved to the recycle bin.</numerusform>
            <numerusform>%Ln contacts moved to the recycle bin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln company(s) moved to the recycle bin.</source>
        <translation>
            <numerusform>%Ln company moved to the recycle bin.</numerusform>
            <numerusform>%Ln companies moved to the recycle bin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln deal(s) moved to the recycle bin.</source>
        <translation>
            <numerusform>%Ln deal moved to the recycle bin.</numerusform>
            <numerusform>%Ln deals moved to the recycle bin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RecordListView</name>
    <message numerus="yes">
        <location filename="../ui/lists/recordlistview.cpp" line="+575" />
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RecycleBinDialog</name>
    <message numerus="yes">
        <location filename="../ui/duplicates/recyclebindialog.cpp" line="+199" />
        <source>Restore %n contact(s) from the recycle bin</source>
        <translation>
            <numerusform>Restore %n contact from the recycle bin</numerusform>
            <numerusform>Restore %n contacts from the recycle bin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Restore %n deal(s) from the recycle bin</source>
        <translation>
            <numerusform>Restore %n deal from the recycle bin</numerusform>
            <numerusform>Restore %n deals from the recycle bin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Restore %n company(s) from the recycle bin</source>
        <translation>
            <numerusform>Restore %n company from the recycle bin</numerusform>
            <numerusform>Restore %n companies from the recycle bin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln record restored.</numerusform>
            <numerusform>%Ln records restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Delete %Ln record(s) for good? Their notes and history are deleted too, and they cannot be restored or unmerged afterwards.</source>
        <translation>
            <numerusform>Delete %Ln record for good? Their notes and history are deleted too, and they cannot be restored or unmerged afterwards.</numerusform>
            <numerusform>Delete %Ln records for good? Their notes and history are deleted too, and they cannot be restored or unmerged afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>%Ln record(s) deleted for good.</source>
        <translation>
            <numerusform>%Ln record deleted for good.</numerusform>
            <numerusform>%Ln records deleted for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::RolesPage</name>
    <message numerus="yes">
        <location filename="../ui/settings/rolespage.cpp" line="+275" />
        <source>Administrator role, %n active user(s)</source>
        <translation>
            <numerusform>Administrator role, %n active user</numerusform>
            <numerusform>Administrator role, %n active users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <location line="+35" />
        <source>%n active user(s)</source>
        <translation>
            <numerusform>%n active user</numerusform>
            <numerusform>%n active users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+313" />
        <source>Delete the role "%1"? Its %n active user(s) will have the role chosen below.</source>
        <translation>
            <numerusform>Delete the role "%1"? Its %n active user will have the role chosen below.</numerusform>
            <numerusform>Delete the role "%1"? Its %n active users will have the role chosen below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::StageListWidget</name>
    <message numerus="yes">
        <location filename="../ui/settings/stagelistwidget.cpp" line="+125" />
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::SummaryPage</name>
    <message numerus="yes">
        <location filename="../ui/analytics/summarypage.cpp" line="+166" />
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::SyncStatusDialog</name>
    <message numerus="yes">
        <location filename="../ui/sync/syncstatusdialog.cpp" line="+111" />
        <location line="+1" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n to look at</source>
        <translation>
            <numerusform>%n to look at</numerusform>
            <numerusform>%n to look at</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::SyncStatusItem</name>
    <message numerus="yes">
        <location filename="../ui/sync/syncstatusitem.cpp" line="+63" />
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TagsPage</name>
    <message numerus="yes">
        <location filename="../ui/settings/tagspage.cpp" line="+183" />
        <source>Every record tagged "%1" (%n in all) gets the tag chosen below instead, and "%1" is removed.</source>
        <translation>
            <numerusform>Every record tagged "%1" (%n in all) gets the tag chosen below instead, and "%1" is removed.</numerusform>
            <numerusform>Every record tagged "%1" (%n in all) gets the tag chosen below instead, and "%1" is removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40" />
        <source>Delete the tag "%1"? It is taken off %n record(s).</source>
        <translation>
            <numerusform>Delete the tag "%1"? It is taken off %n record.</numerusform>
            <numerusform>Delete the tag "%1"? It is taken off %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TaskPrinter</name>
    <message numerus="yes">
        <location filename="../ui/tasks/taskprinter.cpp" line="+122" />
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TaskUndo</name>
    <message numerus="yes">
        <location filename="../ui/widgets/taskundo.cpp" line="+39" />
        <source>Set %1 to %n minute(s)</source>
        <translation>
            <numerusform>Set %1 to %n minute</numerusform>
            <numerusform>Set %1 to %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TasksView</name>
    <message numerus="yes">
        <location filename="../ui/tasks/tasksview.cpp" line="+534" />
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TeamGridModel</name>
    <message numerus="yes">
        <location filename="../ui/calendar/teamgridmodel.cpp" line="+49" />
        <source>%1, %2: %n task(s)</source>
        <translation>
            <numerusform>%1, %2: %n task</numerusform>
            <numerusform>%1, %2: %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TeamGridView</name>
    <message numerus="yes">
        <location filename="../ui/calendar/teamgridview.cpp" line="+251" />
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::TrayReminders</name>
    <message numerus="yes">
        <location filename="../ui/reminders/trayreminders.cpp" line="+65" />
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80" />
        <source>%n overdue task(s)</source>
        <translation>
            <numerusform>%n overdue task</numerusform>
            <numerusform>%n overdue tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n task(s) due soon</source>
        <translation>
            <numerusform>%n task due soon</numerusform>
            <numerusform>%n tasks due soon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::UsersPage</name>
    <message numerus="yes">
        <location filename="../ui/settings/userspage.cpp" line="+314" />
        <source>%1 is deactivated; %n open record(s) went to %2.</source>
        <translation>
            <numerusform>%1 is deactivated; %n open record went to %2.</numerusform>
            <numerusform>%1 is deactivated; %n open records went to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voronka::Ui::WeekView</name>
    <message numerus="yes">
        <location filename="../ui/calendar/weekview.cpp" line="+432" />
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+252" />
        <source>%n more task(s) from %1: click to list the hour</source>
        <translation>
            <numerusform>%n more task from %1: click to list the hour</numerusform>
            <numerusform>%n more tasks from %1: click to list the hour</numerusform>
        </translation>
    </message>
</context>
</TS>
