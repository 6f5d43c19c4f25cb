// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QUrl>
#include <QWidget>

class QLocale;
class QPushButton;
class QTextBrowser;

namespace Voronka::Ui {

// Help → User manual: the illustrated manual compiled into the application (":/manual/"),
// read in a window of its own, so it works offline and alike on every platform. Pages link
// to each other and to their pictures with relative paths, as they do in a web browser.
class ManualWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit ManualWindow(const QString &language, QWidget *parent = nullptr);

    // The manual's language for the interface's locale: the Russian manual for Russian,
    // the English one otherwise.
    static QString languageOf(const QLocale &locale);
    // The contents page of the manual in that language.
    static QUrl home(const QString &language);
    // Shows the owner's manual window, making it first if there is none yet.
    static ManualWindow *open(QWidget *owner, const QString &language);

    QTextBrowser *browser() const { return m_browser; }

private:
    void pageChanged();

    QString m_language;
    QTextBrowser *m_browser;
    QPushButton *m_back;
    QPushButton *m_forward;
    QPushButton *m_home;
};

} // namespace Voronka::Ui
