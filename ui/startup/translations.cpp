// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Voronka::Ui {

namespace {
// The translators install() put in, named so that the next install() takes them out (a
// language chosen for a new database replaces the one Voronka started in).
const QString kInstalled = QStringLiteral("voronkaInstalledTranslator");
QString g_current;
} // namespace

QString Translations::current()
{
    return g_current.isEmpty() ? QStringLiteral("en") : g_current;
}

QString Translations::resolve(const QString &requested)
{
    if (requested.isEmpty())
        return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru")
                                                                : QStringLiteral("en");
    if (requested == u"ru" || requested == u"en")
        return requested;
    return {};
}

std::unique_ptr<QTranslator> Translations::catalogue(const QString &language)
{
    auto t = std::make_unique<QTranslator>();
    if (!t->load(QStringLiteral(":/i18n/voronka_%1.qm").arg(language)))
        return nullptr;
    return t;
}

bool Translations::install(QCoreApplication &app, const QString &language)
{
    for (QTranslator *old :
         app.findChildren<QTranslator *>(kInstalled, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    g_current = language;
    const QLocale::Language lang = language == u"ru" ? QLocale::Russian : QLocale::English;
    // Keep the user's own regional formats when they speak the chosen language.
    if (QLocale::system().language() != lang)
        QLocale::setDefault(lang == QLocale::Russian
                                ? QLocale(QLocale::Russian, QLocale::Russia)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
    else
        QLocale::setDefault(QLocale::system());

    std::unique_ptr<QTranslator> voronka = catalogue(language);
    const bool ok = voronka != nullptr;
    if (ok) {
        voronka->setObjectName(kInstalled);
        voronka->setParent(&app);
        app.installTranslator(voronka.release());
    }
    if (lang == QLocale::Russian) {
        auto *qt = new QTranslator(&app);
        qt->setObjectName(kInstalled);
        if (qt->load(QLocale(QLocale::Russian), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
    }
    return ok;
}

} // namespace Voronka::Ui
