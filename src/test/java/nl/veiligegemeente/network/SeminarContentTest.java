package nl.veiligegemeente.network;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import nl.veiligegemeente.support.GraphQLTest;

/** Every fact of the seed article, asked for the way a frontend would ask for it. */
@GraphQLTest
class SeminarContentTest {

    @Test
    void theSeminarWithItsOrganiserContributorThemeAndSessions() {
        graphql("""
                { seminar(id: "seminar-de-veilige-gemeente-2021") {
                    title date description
                    organisers { nodes { name kind } }
                    contributors { nodes { name kind } }
                    themes { nodes { slug } }
                    sessions { totalCount nodes { title speakers { nodes { name role organisation { name } } } } }
                    speakers { nodes { name } }
                } }
                """)
                .body("errors", nullValue())
                .body("data.seminar.title", equalTo("De Veilige Gemeente"))
                .body("data.seminar.date", equalTo("2021-06-09"))
                .body("data.seminar.description",
                        containsString("preventieve aanpak van ondermijnende georganiseerde criminaliteit"))
                .body("data.seminar.organisers.nodes.name", contains("Haags Congres Bureau"))
                .body("data.seminar.organisers.nodes.kind", contains("EVENT_ORGANISER"))
                .body("data.seminar.contributors.nodes.name", contains("RONT Management Consultants"))
                .body("data.seminar.themes.nodes.slug", hasItems("ondermijning", "preventie"))
                .body("data.seminar.sessions.totalCount", equalTo(3))
                .body("data.seminar.sessions.nodes.title", hasItems(
                        "Praktijkvoorbeeld Maastricht: aanpak van criminele families",
                        "Bijdrage van RONT Management Consultants"))
                .body("data.seminar.speakers.nodes.name", contains("Frank van Summeren"));
    }

    @Test
    void frankVanSummerenIsAnAdviserAtRontAndSpeaksAtTheSeminar() {
        graphql("""
                { speaker(id: "frank-van-summeren") {
                    name role organisation { name }
                    seminars { nodes { title } }
                    sessions { nodes { seminar { slug } } }
                } }
                """)
                .body("errors", nullValue())
                .body("data.speaker.name", equalTo("Frank van Summeren"))
                .body("data.speaker.role", equalTo("adviseur"))
                .body("data.speaker.organisation.name", equalTo("RONT Management Consultants"))
                .body("data.speaker.seminars.nodes.title", contains("De Veilige Gemeente"))
                .body("data.speaker.sessions.nodes.seminar.slug", contains("seminar-de-veilige-gemeente-2021"));
    }

    @Test
    void maastrichtRunsTheApproachOfCriminalFamiliesNowTurnedToTheChildren() {
        graphql("""
                { municipality(code: "GM0935") {
                    name province
                    approaches { nodes {
                        slug title kind status evidenceLevel summary results
                        themes { nodes { slug } }
                        targetGroups { nodes { slug } }
                        sources { nodes { title publishedOn kind } }
                    } }
                } }
                """)
                .body("errors", nullValue())
                .body("data.municipality.name", equalTo("Maastricht"))
                .body("data.municipality.approaches.nodes.slug", contains("aanpak-criminele-families-maastricht"))
                .body("data.municipality.approaches.nodes[0].title", equalTo("Aanpak van criminele families"))
                .body("data.municipality.approaches.nodes[0].kind", equalTo("FAMILY_ORIENTED"))
                .body("data.municipality.approaches.nodes[0].status", equalTo("ACTIVE"))
                .body("data.municipality.approaches.nodes[0].results", containsString("vruchten afgeworpen"))
                .body("data.municipality.approaches.nodes[0].summary", containsString("naar de kinderen"))
                .body("data.municipality.approaches.nodes[0].summary", containsString("nieuwe generatie criminelen"))
                .body("data.municipality.approaches.nodes[0].themes.nodes.slug", hasItems("ondermijning", "preventie"))
                .body("data.municipality.approaches.nodes[0].targetGroups.nodes.slug",
                        containsInAnyOrder("kinderen", "criminele-families"))
                .body("data.municipality.approaches.nodes[0].sources.nodes.title",
                        contains("Vooruitblik seminar De Veilige Gemeente"))
                .body("data.municipality.approaches.nodes[0].sources.nodes.publishedOn", contains("2021-04-29"));
    }

    @Test
    void amsterdamOostRunsALocationBasedApproachInOudOost() {
        graphql("""
                { approach(id: "locatiegerichte-aanpak-amsterdam-oost") {
                    kind summary
                    municipality { code name }
                    areas { nodes { name kind partOf { name kind } municipality { code } } }
                    themes { nodes { slug } }
                    targetGroups { nodes { slug } }
                  }
                  municipality(code: "GM0363") { areas { nodes { name } } }
                }
                """)
                .body("errors", nullValue())
                .body("data.approach.kind", equalTo("LOCATION_ORIENTED"))
                .body("data.approach.summary", containsString("hotspots"))
                .body("data.approach.municipality.name", equalTo("Amsterdam"))
                .body("data.approach.areas.nodes.name", contains("Oud-Oost"))
                .body("data.approach.areas.nodes[0].partOf.name", equalTo("Stadsdeel Oost"))
                .body("data.approach.areas.nodes[0].partOf.kind", equalTo("DISTRICT"))
                .body("data.approach.areas.nodes[0].municipality.code", equalTo("GM0363"))
                .body("data.approach.themes.nodes.slug", hasItems("jeugdoverlast", "drugscriminaliteit", "ondermijning"))
                .body("data.approach.targetGroups.nodes.slug", containsInAnyOrder("bewoners", "ondernemers"))
                .body("data.municipality.areas.nodes.name", containsInAnyOrder("Oud-Oost", "Stadsdeel Oost"));
    }

    @Test
    void bothMunicipalitiesSharedTheirKnowledgeAtTheSeminar() {
        graphql("""
                { seminar(id: "seminar-de-veilige-gemeente-2021") {
                    practices { nodes { slug lessons municipality { code } approach { slug } } }
                } }
                """)
                .body("errors", nullValue())
                .body("data.seminar.practices.nodes.municipality.code", containsInAnyOrder("GM0935", "GM0363"))
                .body("data.seminar.practices.nodes.approach.slug", containsInAnyOrder(
                        "aanpak-criminele-families-maastricht", "locatiegerichte-aanpak-amsterdam-oost"));
    }

    @Test
    void theArticleNamesThemesAndTargetGroups() {
        graphql("""
                { theme(id: "ondermijning") { name municipalities { nodes { name } } }
                  kwetsbareBuurten: theme(id: "kwetsbare-buurten") { name description }
                  weerbaarheid: theme(id: "weerbaarheid") { name }
                  leefbaarheid: theme(id: "leefbaarheid") { name }
                  targetGroup(id: "kwetsbare-bewoners") { name description }
                }
                """)
                .body("errors", nullValue())
                // Other municipalities may take up the theme too; the article names these two.
                .body("data.theme.municipalities.nodes.name", hasItems("Amsterdam", "Maastricht"))
                .body("data.kwetsbareBuurten.description", containsString("voedingsbodem voor ondermijning"))
                .body("data.weerbaarheid.name", equalTo("Weerbaarheid"))
                .body("data.leefbaarheid.name", equalTo("Leefbaarheid"))
                .body("data.targetGroup.description", containsString("hand- en spandiensten"));
    }

    @Test
    void everyFactIsDescribedInTheArticle() {
        graphql("""
                { source(id: "vooruitblik-seminar-de-veilige-gemeente") {
                    title publishedOn kind url
                    seminars { totalCount } sessions { totalCount } speakers { totalCount }
                    organisations { totalCount } municipalities { totalCount } areas { totalCount }
                    approaches { totalCount } practices { totalCount } themes { totalCount } targetGroups { totalCount }
                } }
                """)
                .body("errors", nullValue())
                .body("data.source.title", equalTo("Vooruitblik seminar De Veilige Gemeente"))
                .body("data.source.publishedOn", equalTo("2021-04-29"))
                .body("data.source.kind", equalTo("ARTICLE"))
                .body("data.source.url", nullValue())
                .body("data.source.seminars.totalCount", equalTo(1))
                .body("data.source.sessions.totalCount", equalTo(3))
                .body("data.source.speakers.totalCount", equalTo(1))
                .body("data.source.organisations.totalCount", equalTo(2))
                .body("data.source.municipalities.totalCount", equalTo(2))
                .body("data.source.areas.totalCount", equalTo(2))
                .body("data.source.approaches.totalCount", equalTo(2))
                .body("data.source.practices.totalCount", equalTo(2))
                .body("data.source.themes.totalCount", equalTo(11))
                .body("data.source.targetGroups.totalCount", equalTo(5));
    }
}
