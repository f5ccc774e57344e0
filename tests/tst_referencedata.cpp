// Reference data (model/reference): the ISO 3166-1 table and its aliases, the tolerant
// country and subdivision lookups, custom value maps and the unmapped-value counter.

#include "reference/Countries.h"
#include "reference/ValueMap.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace jl::reference;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

int subdivisionCount(const char *country)
{
    return int(subdivisionsOf(u8(country)).size());
}

} // namespace

class TestReferenceData : public QObject
{
    Q_OBJECT

private slots:
    void countryTable();
    void countryAliasesPointToCountries();
    void resolveCountry_data();
    void resolveCountry();
    void everyCodeAndNameResolvesToItsCountry();
    void unknownCountries_data();
    void unknownCountries();
    void subdivisionCounts();
    void subdivisionTable();
    void resolveSubdivision_data();
    void resolveSubdivision();
    void everySubdivisionResolvesByCodeAndNames();
    void unknownSubdivisions();
    void valueMapJsonRoundTrip();
    void valueMapIsCaseAndSpaceInsensitive();
    void valueMapFromJsonSkipsNonStrings();
    void unmappedCounterOrder();
};

void TestReferenceData::countryTable()
{
    const auto table = countries();
    QCOMPARE(table.size(), std::size_t(249));
    QSet<QString> alpha2, alpha3;
    QSet<int> numeric;
    QString previous;
    for (const Country &c : table) {
        const QString a2 = QString::fromLatin1(c.alpha2);
        const QString a3 = QString::fromLatin1(c.alpha3);
        QCOMPARE(a2.size(), 2);
        QCOMPARE(a3.size(), 3);
        QCOMPARE(a2, a2.toUpper());
        QCOMPARE(a3, a3.toUpper());
        QVERIFY2(c.numeric > 0 && c.numeric < 1000, c.alpha2);
        QVERIFY2(!u8(c.nameEn).isEmpty() && !u8(c.nameDe).isEmpty(), c.alpha2);
        QVERIFY2(previous < a2, c.alpha2); // sorted, hence also unique
        previous = a2;
        alpha2.insert(a2);
        alpha3.insert(a3);
        numeric.insert(c.numeric);
    }
    QCOMPARE(alpha2.size(), 249);
    QCOMPARE(alpha3.size(), 249);
    QCOMPARE(numeric.size(), 249);
    QVERIFY2(countryLookupConflicts().isEmpty(), qPrintable(countryLookupConflicts().join(u", ")));

    const Country *de = countryByAlpha2(u"de");
    QVERIFY(de);
    QCOMPARE(QString::fromLatin1(de->alpha3), QStringLiteral("DEU"));
    QCOMPARE(de->numeric, 276);
    QCOMPARE(u8(de->nameDe), QStringLiteral("Deutschland"));
    QVERIFY(!countryByAlpha2(u"XX"));
}

void TestReferenceData::countryAliasesPointToCountries()
{
    QVERIFY(countryAliases().size() >= 150);
    for (const CountryAlias &alias : countryAliases()) {
        QVERIFY2(countryByAlpha2(QString::fromLatin1(alias.alpha2)), alias.alias);
        // Every alias resolves to the country it was written for: nothing is shadowed.
        QCOMPARE(jl::reference::resolveCountry(u8(alias.alias)),
                 std::optional<QString>(QString::fromLatin1(alias.alpha2)));
    }
}

void TestReferenceData::resolveCountry_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // clang-format off
    const std::pair<const char *, const char *> rows[] = {
        // The example.
        {"US", "US"}, {"USA", "US"}, {"United States", "US"}, {"Vereinigte Staaten", "US"},
        {"U.S.", "US"}, {"U.S.A.", "US"}, {"u.s.a", "US"}, {"  united   STATES  ", "US"},
        {"United States of America", "US"}, {"America", "US"}, {"Vereinigte Staaten von Amerika", "US"},
        {"840", "US"}, {"us", "US"}, {"usa ", "US"},
        {"UK", "GB"}, {"U.K.", "GB"}, {"uk", "GB"}, {"Great Britain", "GB"}, {"Britain", "GB"},
        {"England", "GB"}, {"Scotland", "GB"}, {"Wales", "GB"}, {"Northern Ireland", "GB"},
        {"Vereinigtes Königreich", "GB"}, {"Vereinigtes Koenigreich", "GB"},
        {"Vereinigtes Konigreich", "GB"}, {"Großbritannien", "GB"}, {"Grossbritannien", "GB"},
        {"GBR", "GB"}, {"826", "GB"},
        {"Germany", "DE"}, {"Deutschland", "DE"}, {"BRD", "DE"}, {"Federal Republic of Germany", "DE"},
        {"Bundesrepublik Deutschland", "DE"}, {"DEU", "DE"}, {"deu", "DE"}, {"276", "DE"},
        {"Holland", "NL"}, {"The Netherlands", "NL"}, {"Netherlands", "NL"}, {"Niederlande", "NL"},
        {"Nederland", "NL"}, {"NLD", "NL"},
        {"Schweiz", "CH"}, {"Switzerland", "CH"}, {"Suisse", "CH"}, {"Svizzera", "CH"},
        {"Österreich", "AT"}, {"Oesterreich", "AT"}, {"Osterreich", "AT"}, {"ÖSTERREICH", "AT"},
        {"österreich", "AT"}, {"Austria", "AT"}, {"040", "AT"}, {"40", "AT"},
        {"Frankreich", "FR"}, {"France", "FR"}, {"Italien", "IT"}, {"Italia", "IT"},
        {"Spanien", "ES"}, {"España", "ES"}, {"Espana", "ES"}, {"Dänemark", "DK"},
        {"Daenemark", "DK"}, {"Danemark", "DK"}, {"Belgien", "BE"}, {"Belgique", "BE"},
        {"Luxemburg", "LU"}, {"Luxembourg", "LU"}, {"Polen", "PL"}, {"Polska", "PL"},
        {"Tschechien", "CZ"}, {"Czech Republic", "CZ"}, {"Czechia", "CZ"},
        {"Slowakei", "SK"}, {"Ungarn", "HU"}, {"Rumänien", "RO"}, {"Bulgarien", "BG"},
        {"Griechenland", "GR"}, {"Zypern", "CY"}, {"Malta", "MT"}, {"Slowenien", "SI"},
        {"Kroatien", "HR"}, {"Estland", "EE"}, {"Lettland", "LV"}, {"Litauen", "LT"},
        {"Finnland", "FI"}, {"Suomi", "FI"}, {"Schweden", "SE"}, {"Sverige", "SE"},
        {"Irland", "IE"}, {"Republic of Ireland", "IE"}, {"Eire", "IE"}, {"Portugal", "PT"},
        {"Norwegen", "NO"}, {"Norge", "NO"}, {"Island", "IS"}, {"Iceland", "IS"},
        {"Liechtenstein", "LI"}, {"Kanada", "CA"}, {"Canada", "CA"}, {"CAN", "CA"},
        {"Australien", "AU"}, {"Australia", "AU"}, {"Neuseeland", "NZ"}, {"New Zealand", "NZ"},
        {"Japan", "JP"}, {"JPN", "JP"}, {"China", "CN"}, {"PRC", "CN"}, {"Volksrepublik China", "CN"},
        {"Indien", "IN"}, {"India", "IN"}, {"IN", "IN"}, {"Brasilien", "BR"}, {"Brasil", "BR"},
        {"Brazil", "BR"}, {"Mexiko", "MX"}, {"México", "MX"}, {"Mexico", "MX"},
        {"Türkei", "TR"}, {"Turkei", "TR"}, {"Tuerkei", "TR"}, {"Turkey", "TR"}, {"Türkiye", "TR"},
        {"Turkiye", "TR"}, {"Russland", "RU"}, {"Russia", "RU"}, {"Russian Federation", "RU"},
        {"Ukraine", "UA"}, {"UKR", "UA"}, {"Südafrika", "ZA"}, {"Suedafrika", "ZA"},
        {"South Africa", "ZA"}, {"Côte d'Ivoire", "CI"}, {"Cote d’Ivoire", "CI"},
        {"Elfenbeinküste", "CI"}, {"Guinea-Bissau", "GW"}, {"guinea bissau", "GW"},
        {"Korea", "KR"}, {"South Korea", "KR"}, {"Südkorea", "KR"}, {"North Korea", "KP"},
        {"Congo", "CG"}, {"DR Congo", "CD"}, {"UAE", "AE"}, {"Åland Islands", "AX"},
        {"Aland Islands", "AX"}, {"Curacao", "CW"}, {"Réunion", "RE"}, {"Reunion", "RE"},
        {"Vatican City", "VA"}, {"Weißrussland", "BY"}, {"Weissrussland", "BY"},
    };
    // clang-format on
    for (const auto &[text, expected] : rows)
        QTest::addRow("%s", text) << u8(text) << u8(expected);
}

void TestReferenceData::resolveCountry()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(jl::reference::resolveCountry(text), std::optional<QString>(expected));
}

void TestReferenceData::everyCodeAndNameResolvesToItsCountry()
{
    for (const Country &c : countries()) {
        const std::optional<QString> expected = QString::fromLatin1(c.alpha2);
        QCOMPARE(jl::reference::resolveCountry(QString::fromLatin1(c.alpha2)), expected);
        QCOMPARE(jl::reference::resolveCountry(QString::fromLatin1(c.alpha3).toLower()), expected);
        QCOMPARE(jl::reference::resolveCountry(QString::number(c.numeric)), expected);
        QCOMPARE(jl::reference::resolveCountry(u8(c.nameEn)), expected);
        QCOMPARE(jl::reference::resolveCountry(u8(c.nameDe).toUpper()), expected);
    }
}

void TestReferenceData::unknownCountries_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"", "   ", "...", "XX", "XYZ", "999", "0", "1234", "Atlantis", "Narnia", "United",
                             "Deutsch land x", "U.S.S.R.", "-"})
        QTest::addRow("%s", text) << u8(text);
}

void TestReferenceData::unknownCountries()
{
    QFETCH(QString, text);
    QCOMPARE(jl::reference::resolveCountry(text), std::nullopt);
}

void TestReferenceData::subdivisionCounts()
{
    QVERIFY(subdivisionCount("US") >= 51);
    QCOMPARE(subdivisionCount("US"), 57); // 50 states, DC, AS, GU, MP, PR, UM, VI
    QCOMPARE(subdivisionCount("CA"), 13);
    QCOMPARE(subdivisionCount("DE"), 16);
    QCOMPARE(subdivisionCount("NL"), 12);
    QCOMPARE(subdivisionCount("AU"), 8);
    QVERIFY(subdivisionCount("FR") >= 18);
    QVERIFY(subdivisionCount("GB") >= 4);
    QCOMPARE(subdivisionCount("GB"), 51); // 4 countries + 47 council areas
    QCOMPARE(subdivisionCount("us"), subdivisionCount("US"));
    QCOMPARE(subdivisionCount("XX"), 0);
    int total = 0;
    for (const char *c : {"US", "CA", "DE", "GB", "NL", "AU", "FR"})
        total += subdivisionCount(c);
    QCOMPARE(std::size_t(total), subdivisions().size());
}

void TestReferenceData::subdivisionTable()
{
    QSet<QString> codes;
    for (const Subdivision &s : subdivisions()) {
        const QString code = QString::fromLatin1(s.code);
        QVERIFY2(code.size() >= 4 && code.at(2) == u'-', s.code);
        QVERIFY2(countryByAlpha2(code.left(2)), s.code);
        QVERIFY2(!u8(s.nameEn).isEmpty() && !u8(s.nameLocal).isEmpty(), s.code);
        QVERIFY2(!codes.contains(code), s.code);
        codes.insert(code);
    }
    for (const char *code :
         {"US-DC", "US-PR", "US-GU", "US-VI", "US-AS", "US-MP", "US-UM", "GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR",
          "FR-IDF", "FR-ARA", "FR-20R", "FR-974", "DE-NW", "CA-QC", "AU-ACT", "NL-ZH"})
        QVERIFY2(codes.contains(u8(code)), code);
}

void TestReferenceData::resolveSubdivision_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // clang-format off
    const std::tuple<const char *, const char *, const char *> rows[] = {
        {"US", "CA", "US-CA"}, {"US", "US-CA", "US-CA"}, {"US", "us-ca", "US-CA"},
        {"US", "California", "US-CA"}, {"US", "Calif.", "US-CA"}, {"US", "calif", "US-CA"},
        {"US", "Kalifornien", "US-CA"}, {"USA", "CA", "US-CA"}, {"United States", "Tex.", "US-TX"},
        {"US", "New York", "US-NY"}, {"US", "N.Y.", "US-NY"}, {"US", "ny", "US-NY"},
        {"US", "District of Columbia", "US-DC"}, {"US", "D.C.", "US-DC"}, {"US", "Washington", "US-WA"},
        {"US", "Puerto Rico", "US-PR"}, {"US", "PR", "US-PR"}, {"US", "Guam", "US-GU"},
        {"US", "Mass.", "US-MA"}, {"US", "Penn.", "US-PA"}, {"US", "north  carolina", "US-NC"},
        {"US", "Georgia", "US-GA"}, {"US", "Hawaii", "US-HI"},
        {"CA", "ON", "CA-ON"}, {"CA", "Ont.", "CA-ON"}, {"CA", "Ontario", "CA-ON"},
        {"Kanada", "Québec", "CA-QC"}, {"CA", "Quebec", "CA-QC"}, {"CA", "QC", "CA-QC"},
        {"CA", "British Columbia", "CA-BC"}, {"CA", "Colombie-Britannique", "CA-BC"},
        {"CA", "B.C.", "CA-BC"}, {"CA", "Nouvelle-Ecosse", "CA-NS"}, {"CA", "PEI", "CA-PE"},
        {"DE", "NRW", "DE-NW"}, {"DE", "Nordrhein-Westfalen", "DE-NW"},
        {"DE", "North Rhine-Westphalia", "DE-NW"}, {"DE", "nordrhein westfalen", "DE-NW"},
        {"DE", "Bayern", "DE-BY"}, {"DE", "Bavaria", "DE-BY"}, {"DE", "BY", "DE-BY"},
        {"Deutschland", "DE-BY", "DE-BY"}, {"DE", "Baden-Württemberg", "DE-BW"},
        {"DE", "Baden-Wuerttemberg", "DE-BW"}, {"DE", "Baden-Wurttemberg", "DE-BW"},
        {"DE", "Thüringen", "DE-TH"}, {"DE", "Thueringen", "DE-TH"}, {"DE", "Thuringia", "DE-TH"},
        {"DE", "Lower Saxony", "DE-NI"}, {"DE", "Niedersachsen", "DE-NI"}, {"DE", "Hessen", "DE-HE"},
        {"DE", "Hesse", "DE-HE"}, {"DE", "Berlin", "DE-BE"},
        {"GB", "England", "GB-ENG"}, {"GB", "ENG", "GB-ENG"}, {"UK", "Scotland", "GB-SCT"},
        {"GB", "Schottland", "GB-SCT"}, {"GB", "Wales", "GB-WLS"}, {"GB", "Cymru", "GB-WLS"},
        {"GB", "Northern Ireland", "GB-NIR"}, {"GB", "Nordirland", "GB-NIR"},
        {"GB", "Edinburgh", "GB-EDH"}, {"GB", "GB-EDH", "GB-EDH"}, {"GB", "Glasgow", "GB-GLG"},
        {"GB", "Cardiff", "GB-CRF"}, {"GB", "Caerdydd", "GB-CRF"}, {"GB", "Belfast", "GB-BFS"},
        {"GB", "Kensington & Chelsea", "GB-KEC"}, {"GB", "kensington and chelsea", "GB-KEC"},
        {"UK", "Manchester", "GB-MAN"}, {"GB", "Hants", "GB-HAM"}, {"GB", "Bristol", "GB-BST"},
        {"NL", "Noord-Holland", "NL-NH"}, {"NL", "North Holland", "NL-NH"}, {"NL", "NH", "NL-NH"},
        {"NL", "Zuid-Holland", "NL-ZH"}, {"NL", "South Holland", "NL-ZH"}, {"NL", "Fryslân", "NL-FR"},
        {"NL", "Friesland", "NL-FR"}, {"Holland", "Utrecht", "NL-UT"},
        {"AU", "NSW", "AU-NSW"}, {"AU", "New South Wales", "AU-NSW"}, {"AU", "Vic.", "AU-VIC"},
        {"AU", "Victoria", "AU-VIC"}, {"AU", "Qld", "AU-QLD"}, {"AU", "ACT", "AU-ACT"},
        {"AU", "Tasmanien", "AU-TAS"}, {"AU", "WA", "AU-WA"},
        {"FR", "Île-de-France", "FR-IDF"}, {"FR", "Ile de France", "FR-IDF"}, {"FR", "IDF", "FR-IDF"},
        {"FR", "FR-ARA", "FR-ARA"}, {"FR", "Auvergne-Rhône-Alpes", "FR-ARA"}, {"FR", "Bretagne", "FR-BRE"},
        {"FR", "Brittany", "FR-BRE"}, {"FR", "Normandie", "FR-NOR"}, {"FR", "Corse", "FR-20R"},
        {"FR", "Korsika", "FR-20R"}, {"FR", "PACA", "FR-PAC"}, {"FR", "La Réunion", "FR-974"},
        {"Frankreich", "Guyane", "FR-973"}, {"FR", "Occitanie", "FR-OCC"},
    };
    // clang-format on
    for (const auto &[country, text, expected] : rows)
        QTest::addRow("%s/%s", country, text) << u8(country) << u8(text) << u8(expected);
}

void TestReferenceData::resolveSubdivision()
{
    QFETCH(QString, country);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(jl::reference::resolveSubdivision(country, text), std::optional<QString>(expected));
}

void TestReferenceData::everySubdivisionResolvesByCodeAndNames()
{
    for (const Subdivision &s : subdivisions()) {
        const QString code = QString::fromLatin1(s.code);
        const QString country = code.left(2);
        const std::optional<QString> expected = code;
        QCOMPARE(jl::reference::resolveSubdivision(country, code), expected);
        QCOMPARE(jl::reference::resolveSubdivision(country, code.mid(3).toLower()), expected);
        QCOMPARE(jl::reference::resolveSubdivision(country, u8(s.nameEn)), expected);
        QCOMPARE(jl::reference::resolveSubdivision(country, u8(s.nameLocal)), expected);
        for (const QString &alias : u8(s.aliases).split(u'|', Qt::SkipEmptyParts))
            QCOMPARE(jl::reference::resolveSubdivision(country, alias), expected);
    }
}

void TestReferenceData::unknownSubdivisions()
{
    QCOMPARE(jl::reference::resolveSubdivision(u"US", u"Ontario"), std::nullopt); // wrong country
    QCOMPARE(jl::reference::resolveSubdivision(u"US", u"CA-ON"), std::nullopt);
    QCOMPARE(jl::reference::resolveSubdivision(u"CA", u"US-CA"), std::nullopt);
    QCOMPARE(jl::reference::resolveSubdivision(u"DE", u"Tirol"), std::nullopt);
    QCOMPARE(jl::reference::resolveSubdivision(u"US", u""), std::nullopt);
    QCOMPARE(jl::reference::resolveSubdivision(u"US", u"XX"), std::nullopt);
    QCOMPARE(jl::reference::resolveSubdivision(u"IT", u"Lazio"), std::nullopt); // no IT table
    QCOMPARE(jl::reference::resolveSubdivision(u"Atlantis", u"CA"), std::nullopt);
}

void TestReferenceData::valueMapJsonRoundTrip()
{
    ValueMap map;
    map.insert(QStringLiteral("UK"), QStringLiteral("GB"));
    map.insert(u8("Vereinigtes Königreich"), QStringLiteral("GB"));
    map.insert(QStringLiteral("Holland"), QStringLiteral("NL"));
    QCOMPARE(map.size(), 3);

    const QJsonObject json = map.toJson();
    QCOMPARE(json.size(), 3);
    QCOMPARE(json.value(QStringLiteral("UK")).toString(), QStringLiteral("GB"));
    QCOMPARE(json.value(u8("Vereinigtes Königreich")).toString(), QStringLiteral("GB"));

    // Through text, as a saved profile would.
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const ValueMap back = ValueMap::fromJson(QJsonDocument::fromJson(bytes).object());
    QVERIFY(back == map);
    QCOMPARE(back.map(u"UK"), std::optional<QString>(QStringLiteral("GB")));
    QCOMPARE(back.map(u8("vereinigtes königreich")), std::optional<QString>(QStringLiteral("GB")));
    QCOMPARE(back.map(u"holland"), std::optional<QString>(QStringLiteral("NL")));
    QCOMPARE(back.toJson(), json);

    ValueMap other = back;
    other.insert(QStringLiteral("Holland"), QStringLiteral("XX"));
    QVERIFY(!(other == map));
    QVERIFY(ValueMap::fromJson(QJsonObject()).isEmpty());
}

void TestReferenceData::valueMapIsCaseAndSpaceInsensitive()
{
    ValueMap map;
    map.insert(QStringLiteral("New  York City"), QStringLiteral("US-NY"));
    QCOMPARE(map.map(u"new york city"), std::optional<QString>(QStringLiteral("US-NY")));
    QCOMPARE(map.map(u"  NEW YORK\tCITY "), std::optional<QString>(QStringLiteral("US-NY")));
    QCOMPARE(map.map(u"NewYork City"), std::nullopt);
    QCOMPARE(map.map(u"New York"), std::nullopt);

    // A key equal up to case and spacing replaces the earlier one.
    map.insert(QStringLiteral("NEW YORK CITY"), QStringLiteral("NYC"));
    QCOMPARE(map.size(), 1);
    QCOMPARE(map.map(u"new york city"), std::optional<QString>(QStringLiteral("NYC")));
    QCOMPARE(map.toJson().keys(), QStringList{QStringLiteral("NEW YORK CITY")});

    QVERIFY(map.remove(u" new york CITY"));
    QVERIFY(map.isEmpty());
    QVERIFY(!map.remove(u"new york city"));
}

void TestReferenceData::valueMapFromJsonSkipsNonStrings()
{
    QJsonObject json;
    json.insert(QStringLiteral("UK"), QStringLiteral("GB"));
    json.insert(QStringLiteral("bad"), 42);
    json.insert(QStringLiteral("null"), QJsonValue());
    QStringList skipped;
    const ValueMap map = ValueMap::fromJson(json, &skipped);
    QCOMPARE(map.size(), 1);
    skipped.sort();
    QCOMPARE(skipped, (QStringList{QStringLiteral("bad"), QStringLiteral("null")}));
    QCOMPARE(map.map(u"bad"), std::nullopt);
}

void TestReferenceData::unmappedCounterOrder()
{
    UnmappedCounter counter;
    QVERIFY(counter.isEmpty());
    // Values come in as read: they are counted, never altered or merged.
    const char *values[] = {"Atlantis", "Narnia", "atlantis", "Narnia", "Oz", "Narnia", "Atlantis", "Mordor", " Oz"};
    for (const char *v : values) {
        const QString value = u8(v);
        if (!jl::reference::resolveCountry(value))
            counter.add(value);
    }
    counter.add(QStringLiteral("Lilliput"), 2);
    counter.add(QStringLiteral("Ignored"), 0);

    const QList<UnmappedCounter::Entry> expected = {
        {QStringLiteral("Narnia"), 3},   {QStringLiteral("Atlantis"), 2}, {QStringLiteral("Lilliput"), 2},
        {QStringLiteral(" Oz"), 1},      {QStringLiteral("Mordor"), 1},   {QStringLiteral("Oz"), 1},
        {QStringLiteral("atlantis"), 1},
    };
    QCOMPARE(counter.entries(), expected);
    QCOMPARE(counter.total(), qint64(11));
    QCOMPARE(counter.distinct(), 7);
    counter.clear();
    QVERIFY(counter.isEmpty());
    QCOMPARE(counter.total(), qint64(0));
}

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
