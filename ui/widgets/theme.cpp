// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>

namespace Voronka::Ui {

namespace {
// Each colour of the theme, light and dark.
struct Swatch
{
    QColor ThemeColors::*field;
    QRgb light;
    QRgb dark;
};
constexpr Swatch kSwatches[] = {
    {&ThemeColors::window, 0xf4f5f8, 0x171a21},
    {&ThemeColors::surface, 0xffffff, 0x1f232b},
    {&ThemeColors::alternate, 0xf8f9fb, 0x232730},
    {&ThemeColors::text, 0x1f2430, 0xe4e7ec},
    {&ThemeColors::muted, 0x6b7280, 0x959ca9},
    {&ThemeColors::border, 0xe2e5eb, 0x313641},
    {&ThemeColors::accent, 0x2f6fed, 0x4c8dff},
    {&ThemeColors::accentText, 0xffffff, 0xffffff},
    {&ThemeColors::selection, 0xdde8fd, 0x273d66},
    {&ThemeColors::selectionText, 0x141a26, 0xf2f5fa},
    {&ThemeColors::header, 0xfafbfc, 0x1c2027},
    {&ThemeColors::headerText, 0x5f6775, 0xa3aab6},
    {&ThemeColors::sidebar, 0x1e2331, 0x111319},
    {&ThemeColors::sidebarText, 0xa9b0bf, 0x9aa1ae},
    {&ThemeColors::sidebarHover, 0x292f40, 0x1d212a},
    {&ThemeColors::sidebarSelected, 0x2f6fed, 0x263b63},
    {&ThemeColors::sidebarSelectedText, 0xffffff, 0xffffff},
    {&ThemeColors::field, 0xffffff, 0x232730},
    {&ThemeColors::scroll, 0xc9ced6, 0x454b58},
    {&ThemeColors::hover, 0xeef0f4, 0x2a2f3a},
    {&ThemeColors::danger, 0xd63b3b, 0xff6b6b},
};

ThemeColors &currentColors()
{
    static ThemeColors colors = Theme::colorsFor(Theme::Mode::Light);
    return colors;
}

// The window's frame: sidebar, top bar, search, titles, status and menu bars, scroll bars.
QString chromeCss()
{
    return QStringLiteral(R"(
#sidebarPanel { background: @sidebar; }
#appName { color: @sidebarSelectedText; font-size: 13pt; font-weight: 600; }
#appTagline, #sidebarFooter { color: @sidebarText; }
QListWidget#sidebar { background: transparent; border: none; outline: 0; color: @sidebarText; }
QListWidget#sidebar::item { padding: 9px 10px; margin: 1px 0px; border-radius: 7px; }
QListWidget#sidebar::item:hover { background: @sidebarHover; color: @sidebarSelectedText; }
QListWidget#sidebar::item:selected { background: @sidebarSelected; color: @sidebarSelectedText; }
#topBar { background: @surface; border-bottom: 1px solid @border; }
#userName { color: @text; }
QLineEdit#globalSearch, QLineEdit#contactsSearch, QLineEdit#companiesSearch, QLineEdit#boardSearch,
QLineEdit#userSearch, QLineEdit#departmentName {
    background: @field; color: @text; border: 1px solid @border; border-radius: 7px;
    padding: 6px 8px; selection-background-color: @accent; selection-color: @accentText; }
QLineEdit#globalSearch { background: @window; }
QLineEdit#globalSearch:focus, QLineEdit#contactsSearch:focus, QLineEdit#companiesSearch:focus,
QLineEdit#boardSearch:focus, QLineEdit#userSearch:focus, QLineEdit#departmentName:focus {
    border: 1px solid @accent; background: @field; }
#shortcutHint { color: @muted; background: @surface; border: 1px solid @border;
    border-radius: 4px; padding: 0px 5px; font-size: 8pt; }
#pageTitle { color: @text; font-size: 16pt; font-weight: 600; }
#contactsCount, #companiesCount { color: @muted; font-size: 10.5pt; }
#listCard { background: @surface; border: 1px solid @border; border-radius: 8px; }
#emptyTitle { color: @text; font-size: 11pt; font-weight: 600; }
#emptyText { color: @muted; }
#globalSearchPopup { background: @surface; border: 1px solid @border; border-radius: 10px; }
QListView#globalSearchResults { background: transparent; border: none; outline: 0; }
#globalSearchEmpty { color: @muted; padding: 18px 12px; }
QStatusBar { background: @surface; border-top: 1px solid @border; color: @muted; }
QStatusBar QLabel { color: @muted; padding: 0px 6px; }
QStatusBar::item { border: none; }
QMenuBar { background: @surface; color: @text; border-bottom: 1px solid @border; padding: 2px 6px; }
QMenuBar::item { background: transparent; padding: 4px 10px; border-radius: 5px; }
QMenuBar::item:selected { background: @hover; }
QScrollBar:vertical { background: transparent; width: 12px; margin: 0px; }
QScrollBar:horizontal { background: transparent; height: 12px; margin: 0px; }
QScrollBar::handle:vertical { background: @scroll; border-radius: 3px; min-height: 32px;
    margin: 3px 3px 3px 3px; }
QScrollBar::handle:horizontal { background: @scroll; border-radius: 3px; min-width: 32px;
    margin: 3px 3px 3px 3px; }
QScrollBar::handle:hover { background: @muted; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
)");
}

// The sign-in, new-file and start dialogs.
QString startCss()
{
    return QStringLiteral(R"(#loginDialog QLineEdit, #newDatabaseDialog QLineEdit, #aboutDialog QLineEdit {
    background: @field; color: @text; border: 1px solid @border; border-radius: 6px;
    padding: 6px 8px; selection-background-color: @accent; selection-color: @accentText; }
#loginDialog QLineEdit:focus, #newDatabaseDialog QLineEdit:focus, #aboutDialog QLineEdit:focus {
    border: 1px solid @accent; }
#loginDialog QPushButton, #newDatabaseDialog QPushButton, #startDialog QPushButton,
#aboutDialog QPushButton {
    background: @surface; color: @text; border: 1px solid @border; border-radius: 6px;
    padding: 6px 18px; min-height: 18px; }
#loginDialog QPushButton:hover, #newDatabaseDialog QPushButton:hover,
#startDialog QPushButton:hover, #aboutDialog QPushButton:hover { background: @hover; }
#newDatabaseDialog QPushButton:disabled, #aboutDialog QPushButton:disabled { color: @muted; }
#loginDialog QPushButton:default, #newDatabaseDialog QPushButton:default,
#aboutDialog QPushButton:default {
    background: @accent; color: @accentText; border: 1px solid @accent; font-weight: 600; }
#startName { font-size: 20pt; font-weight: 700; color: @text; }
#startVersion, #startQuestion, #startRecentTitle { color: @muted; }
#startQuestion { font-size: 11pt; }
#startDialog QPushButton[startChoice="true"] { background: @surface; border: 1px solid @border;
    border-radius: 10px; padding: 0px; }
#startDialog QPushButton[startChoice="true"]:hover { border: 1px solid @accent; background: @hover; }
#startDialog QPushButton[startChoice="true"]:focus { border: 1px solid @accent; }
#startDialog QPushButton[startChoice="true"]:disabled { background: @window; }
QLabel[choiceTitle="true"] { font-size: 11pt; font-weight: 600; color: @text; background: transparent; }
QLabel[choiceHint="true"] { color: @muted; background: transparent; }
QLabel[fieldError="true"] { color: @danger; }
QListWidget#loginUsers, QListWidget#startRecent { background: @surface; color: @text;
    border: 1px solid @border; border-radius: 8px; padding: 4px; outline: 0; }
QListWidget#loginUsers::item, QListWidget#startRecent::item { padding: 5px 6px;
    border-radius: 6px; color: @text; }
QListWidget#loginUsers::item:hover, QListWidget#startRecent::item:hover { background: @hover; }
QListWidget#loginUsers::item:selected, QListWidget#startRecent::item:selected {
    background: @selection; color: @selectionText; }
#startEmpty { color: @muted; border: 1px dashed @border; border-radius: 8px; padding: 24px; }
#dialogTitle { font-size: 14pt; font-weight: 600; color: @text; }
)");
}

// Segmented switches (List / Board, Week / Month / Day / Team): the one in use is filled
// with the accent in both palettes, where Fusion's sunken look is invisible on dark.
QString segmentCss()
{
    return QStringLiteral(
        R"(QToolButton[segment="true"] { background: @surface; color: @text; border: 1px solid @border;
    border-radius: 6px; padding: 4px 10px; }
QToolButton[segment="true"]:hover { border: 1px solid @accent; }
QToolButton[segment="true"]:checked { background: @accent; color: @accentText; border: 1px solid @accent;
    font-weight: 600; }
)");
}

// The note after a change ("Moved «Alpha» to Won · Undo"): dark on light, light on dark.
QString noticeCss()
{
    return QStringLiteral(
        R"(#undoNotice { background: @text; border-radius: 8px; }
#undoNoticeText { color: @surface; }
#undoNoticeAction { color: @accent; font-weight: 600; border: none; padding: 2px 8px; }
#undoNoticeAction:hover { text-decoration: underline; }
#selectionBanner { background: @surface; border: 1px solid @accent; border-radius: 8px; }
#selectionBannerText { color: @text; }
#selectionBannerClear { color: @accent; font-weight: 600; border: none; padding: 2px 8px; }
#selectionBannerClear:hover { text-decoration: underline; }
)");
}

// The lists' tool buttons, the merge wizard and the recycle bin.
QString listCss()
{
    return QStringLiteral(
        R"(QToolButton[listTool="true"] { background: @surface; color: @text; border: 1px solid @border;
    border-radius: 7px; padding: 6px 12px; }
QToolButton[listTool="true"]:hover { background: @hover; border: 1px solid @accent; }
QToolButton[listTool="true"]:disabled { color: @muted; border: 1px solid @border; background: @window; }
QToolButton[listTool="true"][active="true"] { border: 1px solid @accent; color: @accent;
    font-weight: 600; }
QToolButton[listTool="true"]::menu-indicator { image: none; width: 0px; }
QPushButton[sectionNew="true"] { background: @accent; color: @accentText; border: 1px solid @accent;
    border-radius: 7px; padding: 6px 14px; font-weight: 600; }
QPushButton[sectionNew="true"]:disabled { background: @border; border-color: @border; color: @muted; }
QLabel[listNotice="true"] { color: @muted; }
#mergeFieldLabel { color: @muted; }
#mergeSummary { color: @text; background: @surface; border: 1px solid @border;
    border-radius: 7px; padding: 8px 10px; }
#mergeError, #binStatus[error="true"], #duplicateMergeHint[error="true"] { color: @danger; }
#binEmpty { color: @muted; border: 1px dashed @border; border-radius: 8px; padding: 24px; }
#dialogHint, #fieldHint, #duplicateMergeHint { color: @muted; }
#errorLabel { color: @danger; }
)");
}

// The board: columns, pipeline and filter pickers, quick add.
QString boardCss()
{
    return QStringLiteral(R"(#boardColumnName { color: @text; font-weight: 600; }
#boardColumnCount { color: @muted; background: @surface; border-radius: 8px; padding: 1px 7px; }
#boardColumnSum { color: @muted; }
#boardTotals { color: @muted; font-size: 10.5pt; }
#showClosedToggle { color: @text; }
QComboBox#pipelineSelector, QComboBox#boardResponsibleFilter {
    background: @field; color: @text; border: 1px solid @border; border-radius: 7px;
    padding: 5px 10px; min-width: 110px; }
QComboBox#pipelineSelector:hover, QComboBox#boardResponsibleFilter:hover { border: 1px solid @accent; }
QComboBox#pipelineSelector::drop-down, QComboBox#boardResponsibleFilter::drop-down {
    border: none; background: transparent; width: 24px; }
QComboBox#pipelineSelector::down-arrow, QComboBox#boardResponsibleFilter::down-arrow {
    image: url(:/icons/chevron-down.svg); width: 12px; height: 12px; }
QComboBox#pipelineSelector QAbstractItemView, QComboBox#boardResponsibleFilter QAbstractItemView {
    background: @surface; color: @text; border: 1px solid @border;
    selection-background-color: @selection; selection-color: @selectionText; }
QToolButton#boardSetupButton { background: @field; border: 1px solid @border; border-radius: 7px;
    padding: 5px; }
QToolButton#boardSetupButton:hover { border: 1px solid @accent; }
QToolButton#boardFilterButton { background: @field; color: @text; border: 1px solid @border;
    border-radius: 7px; padding: 5px 12px; }
QToolButton#boardFilterButton:hover { border: 1px solid @accent; }
QToolButton#boardFilterButton[active="true"] { border: 1px solid @accent; color: @accent;
    font-weight: 600; }
QFrame[filterPanel="true"] { background: @surface; color: @text; border: 1px solid @border;
    border-radius: 10px; }
QFrame[filterPanel="true"] QListWidget { background: @field; color: @text;
    border: 1px solid @border; border-radius: 6px; }
QFrame#quickAdd { background: @surface; border: 1px solid @accent; border-radius: 8px; }
QLabel#quickAddError { color: @danger; }
)");
}

// Settings: the pipeline setup and the pages' navigation, cards and buttons.
// The Analytics section: dashboard tiles are cards on the window's background.
QString analyticsCss()
{
    return QStringLiteral(
        R"(QFrame#dashboardTile { background: @surface; border: 1px solid @border; border-radius: 10px; }
QFrame#dashboardTile QLabel { background: transparent; }
#dashboardTileTitle { color: @text; font-weight: 600; }
QToolButton#dashboardTileMenu { border: none; color: @muted; padding: 0px 4px; }
QToolButton#dashboardTileMenu::menu-indicator { image: none; width: 0px; }
QToolButton#dashboardTileMenu:hover { color: @accent; }
QProgressBar#dashboardPlanProgress { background: @border; border: none; border-radius: 4px; }
QProgressBar#dashboardPlanProgress::chunk { background: @accent; border-radius: 4px; }
QScrollArea#dashboardScroll, QWidget#dashboardGrid { background: transparent; }
QChartView { background: transparent; }
QLabel#analyticsMessage { color: @danger; }
)");
}

QString settingsCss()
{
    return QStringLiteral(R"(#setupSectionTitle { color: @text; font-size: 11pt; font-weight: 600; }
QListWidget#setupPipelineList, QListWidget#setupStageList, QListWidget#setupAutomationList {
    background: @surface; color: @text; border: 1px solid @border; border-radius: 8px;
    padding: 4px; outline: 0; }
QListWidget#setupPipelineList::item, QListWidget#setupAutomationList::item { padding: 7px 8px;
    border-radius: 6px; color: @text; }
QListWidget#setupStageList::item { border-radius: 6px; }
QListWidget#setupPipelineList::item:hover, QListWidget#setupStageList::item:hover,
QListWidget#setupAutomationList::item:hover { background: @hover; }
QListWidget#setupPipelineList::item:selected, QListWidget#setupStageList::item:selected,
QListWidget#setupAutomationList::item:selected { background: @selection; color: @selectionText; }
QToolButton#stageColorButton { padding: 3px 8px; }
#settingsNav { background: @surface; border-right: 1px solid @border; }
QListWidget#settingsPages { background: transparent; border: none; outline: 0; color: @text; }
QListWidget#settingsPages::item { padding: 8px 10px; margin: 1px 0px; border-radius: 7px; }
QListWidget#settingsPages::item:hover { background: @hover; }
QListWidget#settingsPages::item:selected { background: @selection; color: @selectionText; }
#settingsPageTitle { color: @text; font-size: 14pt; font-weight: 600; }
QFrame[settingsCard="true"] { background: @surface; border: 1px solid @border; border-radius: 8px; }
QLabel[settingsCardTitle="true"] { color: @text; font-size: 11pt; font-weight: 600; }
QLabel[settingsHint="true"] { color: @muted; }
QLabel[settingsError="true"], QLabel[settingsMessage="true"][error="true"] { color: @danger; }
QLabel[settingsMessage="true"] { color: @text; background: @surface; border: 1px solid @border;
    border-radius: 6px; padding: 6px 10px; }
QLabel[settingsMessage="true"][error="true"] { border: 1px solid @danger; }
#settingsStack QPushButton { background: @surface; color: @text; border: 1px solid @border;
    border-radius: 7px; padding: 5px 14px; min-height: 18px; }
#settingsStack QPushButton:hover { border: 1px solid @accent; }
#settingsStack QPushButton:disabled { color: @muted; background: @window; }
#settingsStack QPushButton[settingsPrimary="true"] { background: @accent; color: @accentText;
    border: 1px solid @accent; font-weight: 600; }
#settingsStack QPushButton[settingsPrimary="true"]:disabled { background: @border; border-color: @border;
    color: @muted; }
QHeaderView[settingsHeader="true"]::section { background: @header; color: @headerText;
    border: none; border-bottom: 1px solid @border; padding: 8px 12px; font-weight: 600; }
)");
}
} // namespace

bool Theme::parse(const QString &text, Mode &mode)
{
    if (text == u"light")
        mode = Mode::Light;
    else if (text == u"dark")
        mode = Mode::Dark;
    else
        return false;
    return true;
}

ThemeColors Theme::colorsFor(Mode mode)
{
    ThemeColors c;
    c.dark = mode == Mode::Dark;
    for (const Swatch &s : kSwatches)
        c.*s.field = QColor(c.dark ? s.dark : s.light);
    return c;
}

namespace {
// Fusion, without the stock tick and cross icons on dialog buttons (OK, Cancel, Save…): the
// rest of the app draws its own flat icon set, and text alone reads cleaner beside it.
class FlatStyle final : public QProxyStyle
{
public:
    FlatStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *data) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, data);
    }
};
} // namespace

const ThemeColors &Theme::current()
{
    return currentColors();
}

void Theme::apply(QApplication &app, Mode mode)
{
    const ThemeColors c = colorsFor(mode);
    currentColors() = c;
    app.setStyle(new FlatStyle);

    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.surface);
    p.setColor(QPalette::AlternateBase, c.alternate);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.dark ? c.alternate : c.surface);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, c.danger);
    p.setColor(QPalette::Highlight, c.accent);
    p.setColor(QPalette::HighlightedText, c.accentText);
    p.setColor(QPalette::ToolTipBase, c.dark ? c.alternate : c.text);
    p.setColor(QPalette::ToolTipText, c.dark ? c.text : c.surface);
    p.setColor(QPalette::PlaceholderText, c.muted);
    p.setColor(QPalette::Link, c.accent);
    p.setColor(QPalette::Light, c.dark ? c.border.lighter(130) : QColor(Qt::white));
    p.setColor(QPalette::Midlight, c.dark ? c.border : c.border.lighter(105));
    p.setColor(QPalette::Mid, c.border.darker(c.dark ? 90 : 115));
    p.setColor(QPalette::Dark, c.border.darker(c.dark ? 80 : 140));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0, c.dark ? 160 : 60));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.muted);
    app.setPalette(p);

    QFont font = app.font();
    // DejaVu Sans, the font CI and many Linux desktops fall back to, runs wide: a slightly
    // smaller size keeps the lists dense without looking cramped.
    if (font.family().contains(QLatin1String("DejaVu")))
        font.setPointSizeF(9.5);
    app.setFont(font);
    app.setStyleSheet(styleSheet(c));
}

QString Theme::styleSheet(const ThemeColors &c)
{
    // Only named widgets are styled: a global rule would switch every widget to the slower
    // style-sheet rendering and override Fusion where it already looks right.
    QString css =
        chromeCss() + startCss() + segmentCss() + noticeCss() + listCss() + boardCss() + settingsCss() +
        analyticsCss();
    const std::pair<const char *, QColor> vars[] = {
        {"@sidebarSelectedText", c.sidebarSelectedText},
        {"@sidebarSelected", c.sidebarSelected},
        {"@sidebarHover", c.sidebarHover},
        {"@sidebarText", c.sidebarText},
        {"@sidebar", c.sidebar},
        {"@surface", c.surface},
        {"@window", c.window},
        {"@border", c.border},
        {"@accentText", c.accentText},
        {"@accent", c.accent},
        {"@selectionText", c.selectionText},
        {"@selection", c.selection},
        {"@headerText", c.headerText},
        {"@header", c.header},
        {"@field", c.field},
        {"@scroll", c.scroll},
        {"@hover", c.hover},
        {"@muted", c.muted},
        {"@text", c.text},
        {"@danger", c.danger},
    };
    // Longer names first in the table above, so "@sidebar" does not eat "@sidebarText".
    for (const auto &[name, color] : vars)
        css.replace(QLatin1String(name), color.name());
    return css;
}

} // namespace Voronka::Ui
