// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "newdatabasedialog.h"

#include "core/services/admin.h"
#include "core/services/auth.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "ui/startup/translations.h"
#include "ui/widgets/money.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

NewDatabaseDialog::NewDatabaseDialog(const Core::Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_company(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_create(nullptr)
{
    setObjectName(QStringLiteral("newDatabaseDialog"));
    setWindowTitle(tr("New company database"));
    setMinimumWidth(560);

    auto *title = new QLabel(tr("Create a new company database"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    auto *hint = new QLabel(tr("A Voronka database is one file. You become its first "
                               "administrator and can invite your team later."),
                            this);
    hint->setObjectName(QStringLiteral("dialogHint"));
    hint->setWordWrap(true);

    m_company->setObjectName(QStringLiteral("newDbCompany"));
    m_company->setMaxLength(200);
    m_company->setPlaceholderText(tr("e.g. Northwind Trading"));
    m_name->setObjectName(QStringLiteral("newDbName"));
    m_email->setObjectName(QStringLiteral("newDbEmail"));
    m_email->setPlaceholderText(tr("name@company.com"));
    m_password->setObjectName(QStringLiteral("newDbPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 6 characters"));
    m_repeat->setObjectName(QStringLiteral("newDbPasswordRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);

    // The languages by their own names, as the settings list them.
    m_language->setObjectName(QStringLiteral("newDbLanguage"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::current())));
    m_currency->setObjectName(QStringLiteral("newDbCurrency"));
    for (const QString &c : Money::currencies())
        m_currency->addItem(QStringLiteral("%1  %2").arg(c, Money::symbol(c)), c);
    for (QComboBox *box : {m_language, m_currency})
        box->setMinimumWidth(200);

    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setObjectName(QStringLiteral("newDbPath"));
    m_path->setText(
        QDir::toNativeSeparators(QDir(docs).filePath(tr("crm") + QStringLiteral(".voronka"))));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("newDbBrowse"));
    connect(browse, &QPushButton::clicked, this, &NewDatabaseDialog::browse);

    // Each field with the line that names its problem right under it.
    const auto withError = [this](QWidget *field, QLayout *row = nullptr) {
        auto *box = new QWidget(this);
        box->setObjectName(field->objectName() + QStringLiteral("Row"));
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(3);
        if (row)
            v->addLayout(row);
        else
            v->addWidget(field);
        auto *error = new QLabel(box);
        error->setObjectName(field->objectName() + QStringLiteral("Error"));
        error->setProperty("fieldError", true);
        error->setWordWrap(true);
        error->hide();
        v->addWidget(error);
        m_fieldErrors.insert(field, error);
        return box;
    };
    auto *pathRow = new QHBoxLayout;
    pathRow->setSpacing(6);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(14);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A field with its problem line is taller than the field: its caption keeps to the field.
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    const auto caption = [this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setBuddy(field);
        m_captions.append({label, field});
        return label;
    };
    form->addRow(caption(tr("Company name:"), m_company), withError(m_company));
    form->addRow(caption(tr("Your name:"), m_name), withError(m_name));
    form->addRow(caption(tr("Email:"), m_email), withError(m_email));
    form->addRow(caption(tr("Password:"), m_password), withError(m_password));
    form->addRow(caption(tr("Repeat password:"), m_repeat), withError(m_repeat));
    form->addRow(caption(tr("Language:"), m_language), m_language);
    form->addRow(caption(tr("Currency:"), m_currency), m_currency);
    form->addRow(caption(tr("File:"), m_path), withError(m_path, pathRow));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("Create"));
    m_create->setObjectName(QStringLiteral("newDbCreate"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("newDbCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewDatabaseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addWidget(buttons);

    connect(m_company, &QLineEdit::textChanged, this, &NewDatabaseDialog::followCompany);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
    for (QLineEdit *e : {m_company, m_name, m_email, m_password, m_repeat, m_path})
        connect(e, &QLineEdit::textChanged, this, [this] {
            if (m_tried)
                showProblems();
        });
    m_company->setFocus();
}

void NewDatabaseDialog::showEvent(QShowEvent *event)
{
    // Styled fields know their height only once polished, which showing does.
    for (const auto &[label, field] : std::as_const(m_captions))
        label->setFixedHeight(field->sizeHint().height());
    QDialog::showEvent(event);
}

QString NewDatabaseDialog::path() const
{
    return QFileInfo(m_path->text().trimmed()).absoluteFilePath();
}

QString NewDatabaseDialog::email() const
{
    return m_email->text().trimmed();
}

QString NewDatabaseDialog::password() const
{
    return m_password->text();
}

QString NewDatabaseDialog::language() const
{
    return m_language->currentData().toString();
}

void NewDatabaseDialog::followCompany()
{
    if (m_pathChosen)
        return;
    // The company's name as a file name: what no file system takes becomes "_".
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString base = m_company->text().simplified();
    base.replace(unsafe, QStringLiteral("_"));
    while (base.startsWith(u'.'))
        base.remove(0, 1);
    if (base.isEmpty())
        base = tr("crm");
    const QString dir = QFileInfo(m_path->text().trimmed()).absolutePath();
    m_path->setText(
        QDir::toNativeSeparators(QDir(dir).filePath(base + QStringLiteral(".voronka"))));
}

void NewDatabaseDialog::browse()
{
    QString file = QFileDialog::getSaveFileName(this, tr("New database"), m_path->text(),
                                                tr("Voronka databases (*.voronka)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".voronka");
    m_pathChosen = true;
    m_path->setText(QDir::toNativeSeparators(file));
}

QList<NewDatabaseDialog::Problem> NewDatabaseDialog::validate() const
{
    QList<Problem> problems;
    if (m_company->text().trimmed().isEmpty())
        problems.append({m_company, tr("Enter your company's name.")});
    if (m_name->text().trimmed().isEmpty())
        problems.append({m_name, tr("Enter your name.")});
    if (!email().contains(u'@'))
        problems.append({m_email, tr("Enter your email address; you will sign in with it.")});
    if (password().size() < 6)
        problems.append({m_password, tr("The password must have at least 6 characters.")});
    else if (password() != m_repeat->text())
        problems.append({m_repeat, tr("The passwords do not match.")});
    if (m_path->text().trimmed().isEmpty())
        problems.append({m_path, tr("Choose where to save the database file.")});
    else if (QFileInfo::exists(path()))
        problems.append({m_path, tr("%1 already exists. Choose another name, or open that file "
                                    "from the start screen.")
                                     .arg(QFileInfo(path()).fileName())});
    return problems;
}

QList<NewDatabaseDialog::Problem> NewDatabaseDialog::showProblems()
{
    const QList<Problem> problems = validate();
    for (QLabel *label : std::as_const(m_fieldErrors))
        label->hide();
    for (const Problem &p : problems) {
        QLabel *label = m_fieldErrors.value(p.field);
        label->setText(p.text);
        label->show();
    }
    m_error->hide();
    fitHeight();
    return problems;
}

void NewDatabaseDialog::fitHeight()
{
    // Wrapped problem lines are taller the narrower they are, which a window's minimum size
    // does not follow: the dialog takes the height its width needs.
    if (isVisible() && layout()->hasHeightForWidth())
        resize(width(), layout()->totalHeightForWidth(width()));
}

QString NewDatabaseDialog::create()
{
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::create(path());
    if (!db)
        return db.error().message;
    Core::Result<qint64> admin = Core::Admin::initialize(*db.value(), m_clock, email(),
                                                         m_name->text().trimmed(), password());
    if (!admin)
        return admin.error().message;
    // The company's options, as the General settings page saves them.
    Core::Result<Core::UserInfo> user = Core::Auth::findUser(*db.value(), email());
    if (!user)
        return user.error().message;
    Core::Result<std::unique_ptr<Core::Session>> session =
        Core::Session::start(*db.value(), m_clock, *user);
    if (!session)
        return session.error().message;
    Core::Admin::General general = Core::Admin::general(*db.value());
    general.companyName = m_company->text().simplified();
    general.currency = m_currency->currentData().toString();
    general.language = language();
    if (Core::Status st = Core::Admin(**session).setGeneral(general); !st)
        return st.error().message;
    return {};
}

void NewDatabaseDialog::accept()
{
    m_tried = true;
    if (const QList<Problem> problems = showProblems(); !problems.isEmpty()) {
        problems.first().field->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString before = Translations::current();
    if (language() != before)
        Translations::install(*QCoreApplication::instance(), language());
    const QString problem = create();
    if (!problem.isEmpty()) {
        // A file without its administrator could never be opened: do not leave it.
        removeDatabase(path());
        if (language() != before)
            Translations::install(*QCoreApplication::instance(), before);
    }
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        fitHeight();
        return;
    }
    QDialog::accept();
}

} // namespace Voronka::Ui
