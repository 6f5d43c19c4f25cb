// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "app/version.h"
#include "core/platform/allocator.h"
#include "core/util/clock.h"
#include "ui/analytics/analyticsworkspace.h"
#include "ui/calendar/calendarworkspace.h"
#include "ui/deals/dealsworkspace.h"
#include "ui/lists/recordlistworkspace.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "ui/settings/settingsworkspace.h"
#include "ui/startup/guardedapplication.h"
#include "ui/startup/launcher.h"
#include "ui/startup/translations.h"
#include "ui/tasks/tasksworkspace.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>

using namespace Voronka;

namespace {
// The command line's messages get their own translation context.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::CommandLine)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "voronka: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    Voronka::Core::Platform::tuneAllocator();
    // A screenshot needs no display: render offscreen unless a platform was chosen.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");

    Ui::GuardedApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Voronka"));
    QApplication::setApplicationName(QStringLiteral("Voronka"));
    QApplication::setApplicationVersion(QStringLiteral(VORONKA_VERSION_FULL));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Voronka — local-first desktop CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), CommandLine::tr("Open the database FILE."),
                                QStringLiteral("FILE"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        CommandLine::tr("Sign in as EMAIL (password from VORONKA_PASSWORD)."),
        QStringLiteral("EMAIL"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  CommandLine::tr("Interface language: ru or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   CommandLine::tr("Colour theme: light or dark."),
                                   QStringLiteral("THEME"), QStringLiteral("light"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        CommandLine::tr("Open the section SECTION, or a page of it: settings/users; "
                        "\"about\" shows the About box."),
        QStringLiteral("SECTION"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        CommandLine::tr("Save the window as OUT.png and exit; without a database, the start "
                        "screen."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  CommandLine::tr("Window size, e.g. 1400x900."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption open(QStringLiteral("open"),
                                  CommandLine::tr("Open the card of a record, e.g. deal:42."),
                                  QStringLiteral("KIND:ID"));
    parser.addOptions({db, user, lang, theme, view, screenshot, size, open});
    // A file manager starts the app as "voronka FILE" (the desktop entry's Exec=voronka %f).
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CommandLine::tr("The database to open (the same as --db FILE)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && parser.isSet(db)))
        return fail(CommandLine::tr("give one database: FILE or --db FILE."));

    const QString language = Ui::Translations::resolve(parser.value(lang));
    if (language.isEmpty())
        return fail(
            CommandLine::tr("unknown language \"%1\"; use ru or en.").arg(parser.value(lang)));
    Ui::Translations::install(app, language);

    Ui::Theme::Mode mode = Ui::Theme::Mode::Light;
    if (!Ui::Theme::parse(parser.value(theme), mode))
        return fail(
            CommandLine::tr("unknown theme \"%1\"; use light or dark.").arg(parser.value(theme)));
    Ui::Theme::apply(app, mode);
    QApplication::setWindowIcon(Ui::Icons::logo());

    Ui::LaunchOptions options;
    if (parser.isSet(size)) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$")).match(parser.value(size));
        if (!m.hasMatch())
            return fail(CommandLine::tr("--size takes WIDTHxHEIGHT, e.g. 1400x900."));
        options.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }

    Ui::WorkspaceRegistry registry;
    Ui::DealsWorkspace::registerIn(registry);
    Ui::RecordListWorkspace::registerIn(registry);
    Ui::TasksWorkspace::registerIn(registry);
    Ui::CalendarWorkspace::registerIn(registry);
    Ui::AnalyticsWorkspace::registerIn(registry);
    Ui::SettingsWorkspace::registerIn(registry);
    // "settings/users": a section and a page inside it.
    const QString section = parser.value(view).section(u'/', 0, 0);
    if (!section.isEmpty() && section != QLatin1String(Ui::kAboutView) && !registry.has(section)) {
        if (Ui::WorkspaceRegistry::knownIds().contains(section))
            return fail(CommandLine::tr(
                            "the \"%1\" section is not available in this version; available: %2.")
                            .arg(section, registry.ids().join(QStringLiteral(", "))));
        return fail(CommandLine::tr("unknown section \"%1\"; available: %2.")
                        .arg(section, registry.ids().join(QStringLiteral(", "))));
    }

    options.database = files.isEmpty() ? parser.value(db) : files.first();
    options.user = parser.value(user);
    options.hasPassword = qEnvironmentVariableIsSet("VORONKA_PASSWORD");
    options.password = qEnvironmentVariable("VORONKA_PASSWORD");
    options.languageGiven = parser.isSet(lang);
    options.view = parser.value(view);
    options.screenshot = parser.value(screenshot);
    options.open = parser.value(open);

    Core::SystemClock clock;
    Ui::Launcher launcher(registry, clock, options);
    const int code = launcher.start();
    return code >= 0 ? code : QApplication::exec();
}
