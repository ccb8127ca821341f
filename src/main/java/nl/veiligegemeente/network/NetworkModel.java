package nl.veiligegemeente.network;

import static nl.veiligegemeente.graph.model.Hop.in;
import static nl.veiligegemeente.graph.model.Hop.out;
import static nl.veiligegemeente.graph.model.SortKey.ascending;
import static nl.veiligegemeente.graph.model.SortKey.descending;

import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeType;

/**
 * The network graph as the API exposes it: every node type with its relations in both
 * directions. DESIGN.md draws the same graph; the GraphQL fields of each type follow it.
 */
public final class NetworkModel {

    static final String DESCRIBED_IN = "DESCRIBED_IN";

    public static final NodeType MUNICIPALITY = NodeType.label("Municipality").key("code")
            .queriedAs("municipality", "municipalities")
            .properties("name", "province")
            .orderedBy(ascending("name"))
            .listedWith(MunicipalityFilter.class, MunicipalityOrder.class)
            .many("approaches", out("RUNS", "Approach"))
            .many("areas", in("PART_OF", "Area").repeated(1, 3))
            .many("practices", in("SHARED_BY", "Practice"))
            .many("themes", out("RUNS", "Approach"), out("ADDRESSES", "Theme"))
            .many("sources", out(DESCRIBED_IN, "Source"))
            .one("mergedInto", out("MERGED_INTO", "Municipality"))
            .many("predecessors", in("MERGED_INTO", "Municipality"))
            .build();

    public static final NodeType AREA = NodeType.label("Area")
            .queriedAs("area", "areas")
            .properties("name", "kind")
            .orderedBy(ascending("name"))
            .one("municipality", out("PART_OF", "Municipality").repeated(1, 3))
            .one("partOf", out("PART_OF", "Area"))
            .many("parts", in("PART_OF", "Area"))
            .many("approaches", in("TARGETS_AREA", "Approach"))
            .many("sources", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType APPROACH = NodeType.label("Approach")
            .queriedAs("approach", "approaches")
            .properties("title", "summary", "results", "kind", "status", "startedOn", "evidenceLevel",
                    "contactRole", "version", "createdAt", "updatedAt")
            .orderedBy(ascending("title"))
            .listedWith(ApproachFilter.class, ApproachOrder.class)
            .retractable()
            .one("municipality", in("RUNS", "Municipality"))
            .many("areas", out("TARGETS_AREA", "Area"))
            .many("themes", out("ADDRESSES", "Theme"))
            .many("targetGroups", out("AIMS_AT", "TargetGroup"))
            .many("sessions", in("COVERS", "Session"))
            .many("practices", in("DERIVED_FROM", "Practice"))
            .many("sources", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType THEME = NodeType.label("Theme")
            .queriedAs("theme", "themes")
            .properties("name", "description")
            .orderedBy(ascending("name"))
            .many("approaches", in("ADDRESSES", "Approach"))
            .many("municipalities", in("ADDRESSES", "Approach"), in("RUNS", "Municipality"))
            .many("sessions", in("COVERS", "Session"))
            .many("seminars", in("ADDRESSES", "Seminar"))
            .many("sources", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType TARGET_GROUP = NodeType.label("TargetGroup")
            .queriedAs("targetGroup", "targetGroups")
            .properties("name", "description")
            .orderedBy(ascending("name"))
            .many("approaches", in("AIMS_AT", "Approach"))
            .many("sources", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType ORGANISATION = NodeType.label("Organisation")
            .queriedAs("organisation", "organisations")
            .properties("name", "kind")
            .orderedBy(ascending("name"))
            .many("speakers", in("WORKS_FOR", "Speaker"))
            .many("organisedSeminars", out("ORGANISES", "Seminar"))
            .many("contributedSeminars", out("CONTRIBUTES_TO", "Seminar"))
            .many("sources", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType SPEAKER = NodeType.label("Speaker")
            .queriedAs("speaker", "speakers")
            .properties("name", "role")
            .orderedBy(ascending("name"))
            .listedWith(SpeakerFilter.class, SpeakerOrder.class)
            .one("organisation", out("WORKS_FOR", "Organisation"))
            .many("sessions", out("PRESENTS", "Session"))
            .many("seminars", out("PRESENTS", "Session"), out("PART_OF", "Seminar"))
            .many("sources", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType SEMINAR = NodeType.label("Seminar")
            .queriedAs("seminar", "seminars")
            .properties("title", "date", "description", "url")
            .orderedBy(descending("date"))
            .listedWith(null, SeminarOrder.class)
            .many("organisers", in("ORGANISES", "Organisation"))
            .many("contributors", in("CONTRIBUTES_TO", "Organisation"))
            .many("sessions", in("PART_OF", "Session"))
            .many("speakers", in("PART_OF", "Session"), in("PRESENTS", "Speaker"))
            .many("practices", in("SHARED_AT", "Practice"))
            .many("themes", out("ADDRESSES", "Theme"))
            .many("sources", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType SESSION = NodeType.label("Session")
            .queriedAs("session", "sessions")
            .properties("title", "abstract")
            .orderedBy(ascending("title"))
            .listedWith(SessionFilter.class, SessionOrder.class)
            .one("seminar", out("PART_OF", "Seminar"))
            .many("speakers", in("PRESENTS", "Speaker"))
            .many("approaches", out("COVERS", "Approach"))
            .many("themes", out("COVERS", "Theme"))
            .many("sources", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType PRACTICE = NodeType.label("Practice")
            .queriedAs("practice", "practices")
            .properties("title", "description", "lessons", "version", "createdAt", "updatedAt")
            .orderedBy(ascending("title"))
            .retractable()
            .one("municipality", out("SHARED_BY", "Municipality"))
            .one("approach", out("DERIVED_FROM", "Approach"))
            .many("seminars", out("SHARED_AT", "Seminar"))
            .many("sources", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType SOURCE = NodeType.label("Source")
            .queriedAs("source", "sources")
            .properties("title", "publishedOn", "url", "kind")
            .orderedBy(descending("publishedOn"))
            .many("approaches", in(DESCRIBED_IN, "Approach"))
            .many("practices", in(DESCRIBED_IN, "Practice"))
            .many("seminars", in(DESCRIBED_IN, "Seminar"))
            .many("sessions", in(DESCRIBED_IN, "Session"))
            .many("speakers", in(DESCRIBED_IN, "Speaker"))
            .many("organisations", in(DESCRIBED_IN, "Organisation"))
            .many("municipalities", in(DESCRIBED_IN, "Municipality"))
            .many("areas", in(DESCRIBED_IN, "Area"))
            .many("themes", in(DESCRIBED_IN, "Theme"))
            .many("targetGroups", in(DESCRIBED_IN, "TargetGroup"))
            .build();

    private NetworkModel() {
    }

    /** The model as a CDI bean, for the read planner. */
    @Singleton
    static final class Producer {

        @Produces
        @Singleton
        GraphModel model() {
            return GraphModel.of(List.of(MUNICIPALITY, AREA, APPROACH, THEME, TARGET_GROUP, ORGANISATION,
                    SPEAKER, SEMINAR, SESSION, PRACTICE, SOURCE));
        }
    }
}
