// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "ui/search/searchresultsmodel.h"

#include <QAbstractItemModelTester>

using namespace Voronka;
using Ui::SearchResultsModel;
using Voronka::Test::UiFixture;

TEST_CASE("searchResultsModel_underModelTester_staysConsistentAcrossSearches")
{
    UiFixture t;
    const qint64 company = t.addCompany(QStringLiteral("Петров и партнёры"));
    const qint64 contact = t.addContact(QStringLiteral("Иван Петров"));
    t.addContact(QStringLiteral("Анна Смирнова"), 0, company);
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Core::Search search(*t.admin);
    model.setHits(*search.find(QStringLiteral("петров")));
    REQUIRE(model.rowCount() >= 2);
    // Name matches first: the contact and the company by name, then Анна through her company.
    QList<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.index(r, 0).data(SearchResultsModel::IdRole).toLongLong();
    CHECK(ids.contains(contact));
    CHECK(model.index(0, 0).data(SearchResultsModel::NameMatchRole).toBool());
    CHECK(!model.index(0, 0).data(Qt::DecorationRole).isNull());
    CHECK(model.index(model.rowCount() - 1, 0).data(SearchResultsModel::TitleRole).toString() ==
          u"Анна Смирнова");
    model.setHits({});
    CHECK(model.rowCount() == 0);
}
