// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Voronka::Ui {

namespace {
// Core translates through small tr() helpers outside its classes; lupdate files those
// messages under the enclosing namespace ("Voronka::Core") while the runtime asks with the
// helper's context ("Voronka::Core::Fields"). Falling back to the namespace finds them.
class CoreFallbackTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString out = QTranslator::translate(context, sourceText, disambiguation, n);
        static constexpr char kCore[] = "Voronka::Core::";
        if (out.isEmpty() && context && qstrncmp(context, kCore, sizeof kCore - 1) == 0)
            out = QTranslator::translate("Voronka::Core", sourceText, disambiguation, n);
        return out;
    }
};

// core/domain/types.cpp passes its context in a variable, which lupdate cannot follow;
// listing the names here puts them into the .ts files under the context core asks for.
[[maybe_unused]] const char *const kEntityNames[] = {
    QT_TRANSLATE_NOOP("Voronka::Core::Entity", "Deal"),
    QT_TRANSLATE_NOOP("Voronka::Core::Entity", "Contact"),
    QT_TRANSLATE_NOOP("Voronka::Core::Entity", "Company"),
    QT_TRANSLATE_NOOP("Voronka::Core::Entity", "Task"),
    QT_TRANSLATE_NOOP("Voronka::Core::Entity", "Note"),
    QT_TRANSLATE_NOOP("Voronka::Core::Entity", "User"),
    QT_TRANSLATE_NOOP("Voronka::Core::Entity", "Department"),
    QT_TRANSLATE_NOOP("Voronka::Core::Entity", "Role"),
    QT_TRANSLATE_NOOP("Voronka::Core::Entity", "Pipeline"),
    QT_TRANSLATE_NOOP("Voronka::Core::Entity", "Stage"),
    QT_TRANSLATE_NOOP("Voronka::Core::Entity", "Tag"),
    QT_TRANSLATE_NOOP("Voronka::Core::Entity", "Task type"),
    QT_TRANSLATE_NOOP("Voronka::Core::Entity", "Loss reason"),
    QT_TRANSLATE_NOOP("Voronka::Core::Entity", "Custom field"),
};
} // namespace

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
    auto t = std::make_unique<CoreFallbackTranslator>();
    if (!t->load(QStringLiteral(":/i18n/voronka_%1.qm").arg(language)))
        return nullptr;
    return t;
}

bool Translations::install(QCoreApplication &app, const QString &language)
{
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
        voronka->setParent(&app);
        app.installTranslator(voronka.release());
    }
    if (lang == QLocale::Russian) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::Russian), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
    }
    return ok;
}

} // namespace Voronka::Ui
