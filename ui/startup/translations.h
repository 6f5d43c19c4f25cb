// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace Voronka::Ui {

class Translations
{
public:
    // "ru" or "en" from --lang; empty: Russian when the system locale is, else English.
    // Returns an empty string for a language Voronka does not ship.
    static QString resolve(const QString &requested);
    // Installs Voronka's and Qt's own translations and makes the language's locale the
    // default, so numbers and dates match the words around them. A second call replaces the
    // first one's language; what is built afterwards speaks the new one.
    static bool install(QCoreApplication &app, const QString &language);
    // The language installed last: "ru" or "en" (English, the source language, when none was).
    static QString current();
    // Voronka's own catalogue (":/i18n/voronka_<language>.qm"), or nullptr if it is missing.
    static std::unique_ptr<QTranslator> catalogue(const QString &language);
};

} // namespace Voronka::Ui
