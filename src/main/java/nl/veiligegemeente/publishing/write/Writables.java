package nl.veiligegemeente.publishing.write;

import jakarta.inject.Singleton;

import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.network.NetworkModel;

/** The node types mutations write, with their owners and the relations a mutation may set. */
@Singleton
public class Writables {

    public final Writable approach;
    public final Writable practice;
    public final Writable seminar;
    public final Writable session;
    public final Writable speaker;
    public final Writable organisation;

    Writables(GraphModel model) {
        approach = Writable.of(model, NetworkModel.APPROACH, "title")
                .ownedThrough("municipality")
                .linkWithinOwner("areas", "municipality")
                .links("themes", "targetGroups")
                .build();
        practice = Writable.of(model, NetworkModel.PRACTICE, "title")
                .ownedThrough("municipality")
                .linkWithinOwner("approach", "municipality")
                .links("seminars")
                .build();
        seminar = Writable.of(model, NetworkModel.SEMINAR, "title").links("organisers", "contributors", "themes").build();
        session = Writable.of(model, NetworkModel.SESSION, "title")
                .ownedThrough("seminar")
                .links("speakers", "approaches", "themes")
                .build();
        speaker = Writable.of(model, NetworkModel.SPEAKER, "name").links("organisation").build();
        organisation = Writable.of(model, NetworkModel.ORGANISATION, "name").build();
    }
}
