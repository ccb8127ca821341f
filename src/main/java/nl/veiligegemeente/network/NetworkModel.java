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
 * The network graph as the API exposes it, each node type declared once: its label and key, the
 * record that declares its properties, its relations in both directions with their descriptions,
 * its order and list inputs. DESIGN.md draws the same graph; the GraphQL relation fields, the
 * reading of rows and the write-side property checks follow from it.
 */
public final class NetworkModel {

    static final String DESCRIBED_IN = "DESCRIBED_IN";

    public static final NodeType MUNICIPALITY = NodeType.label("Municipality").key("code")
            .queriedAs("municipality", "municipalities")
            .record(Municipality.class)
            .orderedBy(ascending("name"))
            .listedWith(MunicipalityFilter.class, MunicipalityOrder.class)
            .many("approaches", "The approaches this municipality runs.", out("RUNS", "Approach"))
            .many("areas", "Districts, neighbourhoods and hotspots within this municipality.",
                    in("PART_OF", "Area").repeated(1, 3))
            .many("practices", "Practices and lessons this municipality shared.", in("SHARED_BY", "Practice"))
            .many("themes", "Themes this municipality works on through its approaches.",
                    out("RUNS", "Approach"), out("ADDRESSES", "Theme"))
            .many("sources", "Documents in which this municipality is described.", out(DESCRIBED_IN, "Source"))
            .one("mergedInto", "The municipality this one merged into (its successor after a herindeling); null while it stands on its own.",
                    out("MERGED_INTO", "Municipality"))
            .many("predecessors", "The municipalities that merged into this one; their approaches and practices are found through them.",
                    in("MERGED_INTO", "Municipality"))
            .build();

    public static final NodeType AREA = NodeType.label("Area")
            .queriedAs("area", "areas")
            .record(Area.class)
            .orderedBy(ascending("name"))
            .one("municipality", "The municipality this area lies in.", out("PART_OF", "Municipality").repeated(1, 3))
            .one("partOf", "The larger area this area is part of, if any.", out("PART_OF", "Area"))
            .many("parts", "Smaller areas within this area.", in("PART_OF", "Area"))
            .many("approaches", "Approaches aimed at this area.", in("TARGETS_AREA", "Approach"))
            .many("sources", "Documents in which this area is described.", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType APPROACH = NodeType.label("Approach")
            .queriedAs("approach", "approaches")
            .record(Approach.class)
            .orderedBy(ascending("title"))
            .listedWith(ApproachFilter.class, ApproachOrder.class)
            .retractable()
            .one("municipality", "The municipality that runs this approach.", in("RUNS", "Municipality"))
            .many("areas", "The areas this approach is aimed at.", out("TARGETS_AREA", "Area"))
            .many("themes", "The themes this approach addresses.", out("ADDRESSES", "Theme"))
            .many("targetGroups", "The groups this approach aims at.", out("AIMS_AT", "TargetGroup"))
            .many("sessions", "Seminar sessions that covered this approach.", in("COVERS", "Session"))
            .many("practices", "Practices and lessons derived from this approach.", in("DERIVED_FROM", "Practice"))
            .many("sources", "Documents in which this approach is described.", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType THEME = NodeType.label("Theme")
            .queriedAs("theme", "themes")
            .record(Theme.class)
            .orderedBy(ascending("name"))
            .many("approaches", "Approaches that address this theme.", in("ADDRESSES", "Approach"))
            .many("municipalities", "Municipalities working on this theme through their approaches.",
                    in("ADDRESSES", "Approach"), in("RUNS", "Municipality"))
            .many("sessions", "Seminar sessions that covered this theme.", in("COVERS", "Session"))
            .many("seminars", "Seminars about this theme.", in("ADDRESSES", "Seminar"))
            .many("sources", "Documents in which this theme is described.", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType TARGET_GROUP = NodeType.label("TargetGroup")
            .queriedAs("targetGroup", "targetGroups")
            .record(TargetGroup.class)
            .orderedBy(ascending("name"))
            .many("approaches", "Approaches aimed at this group.", in("AIMS_AT", "Approach"))
            .many("sources", "Documents in which this group is described.", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType ORGANISATION = NodeType.label("Organisation")
            .queriedAs("organisation", "organisations")
            .record(Organisation.class)
            .orderedBy(ascending("name"))
            .many("speakers", "Speakers who work for this organisation.", in("WORKS_FOR", "Speaker"))
            .many("organisedSeminars", "Seminars this organisation organises.", out("ORGANISES", "Seminar"))
            .many("contributedSeminars", "Seminars this organisation contributes to.", out("CONTRIBUTES_TO", "Seminar"))
            .many("sources", "Documents in which this organisation is described.", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType SPEAKER = NodeType.label("Speaker")
            .queriedAs("speaker", "speakers")
            .record(Speaker.class)
            .orderedBy(ascending("name"))
            .listedWith(SpeakerFilter.class, SpeakerOrder.class)
            .one("organisation", "The organisation the speaker works for.", out("WORKS_FOR", "Organisation"))
            .many("sessions", "Sessions the speaker presents.", out("PRESENTS", "Session"))
            .many("seminars", "Seminars the speaker presents at.",
                    out("PRESENTS", "Session"), out("PART_OF", "Seminar"))
            .many("sources", "Documents in which this speaker is described.", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType SEMINAR = NodeType.label("Seminar")
            .queriedAs("seminar", "seminars")
            .record(Seminar.class)
            .orderedBy(descending("date"))
            .listedWith(null, SeminarOrder.class)
            .many("organisers", "Organisations that organise this seminar.", in("ORGANISES", "Organisation"))
            .many("contributors", "Organisations that contribute to this seminar.",
                    in("CONTRIBUTES_TO", "Organisation"))
            .many("sessions", "The sessions of this seminar.", in("PART_OF", "Session"))
            .many("speakers", "Everyone who presents a session at this seminar.",
                    in("PART_OF", "Session"), in("PRESENTS", "Speaker"))
            .many("practices", "Practices shared at this seminar.", in("SHARED_AT", "Practice"))
            .many("themes", "Themes this seminar is about.", out("ADDRESSES", "Theme"))
            .many("sources", "Documents in which this seminar is described.", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType SESSION = NodeType.label("Session")
            .queriedAs("session", "sessions")
            .record(Session.class)
            .orderedBy(ascending("title"))
            .listedWith(SessionFilter.class, SessionOrder.class)
            .one("seminar", "The seminar this session is part of.", out("PART_OF", "Seminar"))
            .many("speakers", "Who presents this session.", in("PRESENTS", "Speaker"))
            .many("approaches", "Approaches this session covers.", out("COVERS", "Approach"))
            .many("themes", "Themes this session covers.", out("COVERS", "Theme"))
            .many("sources", "Documents in which this session is described.", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType PRACTICE = NodeType.label("Practice")
            .queriedAs("practice", "practices")
            .record(Practice.class)
            .orderedBy(ascending("title"))
            .retractable()
            .one("municipality", "The municipality that shared this practice.", out("SHARED_BY", "Municipality"))
            .one("approach", "The approach this practice comes from.", out("DERIVED_FROM", "Approach"))
            .many("seminars", "Seminars at which this practice was shared.", out("SHARED_AT", "Seminar"))
            .many("sources", "Documents in which this practice is described.", out(DESCRIBED_IN, "Source"))
            .build();

    public static final NodeType SOURCE = NodeType.label("Source")
            .queriedAs("source", "sources")
            .record(SourceDocument.class)
            .orderedBy(descending("publishedOn"))
            .many("approaches", "Approaches described in this document.", in(DESCRIBED_IN, "Approach"))
            .many("practices", "Practices described in this document.", in(DESCRIBED_IN, "Practice"))
            .many("seminars", "Seminars described in this document.", in(DESCRIBED_IN, "Seminar"))
            .many("sessions", "Sessions described in this document.", in(DESCRIBED_IN, "Session"))
            .many("speakers", "Speakers described in this document.", in(DESCRIBED_IN, "Speaker"))
            .many("organisations", "Organisations described in this document.", in(DESCRIBED_IN, "Organisation"))
            .many("municipalities", "Municipalities described in this document.", in(DESCRIBED_IN, "Municipality"))
            .many("areas", "Areas described in this document.", in(DESCRIBED_IN, "Area"))
            .many("themes", "Themes described in this document.", in(DESCRIBED_IN, "Theme"))
            .many("targetGroups", "Target groups described in this document.", in(DESCRIBED_IN, "TargetGroup"))
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
