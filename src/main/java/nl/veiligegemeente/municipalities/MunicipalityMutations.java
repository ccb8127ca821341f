package nl.veiligegemeente.municipalities;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.api.GraphReads;
import nl.veiligegemeente.network.Municipality;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.publishing.Inputs;

/** The mutation through which admins add municipalities and record mergers, and the fields that follow a merger. */
@GraphQLApi
public class MunicipalityMutations {

    private final Inputs inputs;
    private final MunicipalityWrites writes;
    private final GraphReads reads;

    MunicipalityMutations(Inputs inputs, MunicipalityWrites writes, GraphReads reads) {
        this.inputs = inputs;
        this.writes = writes;
        this.reads = reads;
    }

    @Mutation
    @NonNull
    @Description("Adds a municipality to the network, or replaces its name, province and successor by CBS code. "
            + "A merger (herindeling) keeps the old code, pointing to its successor. Needs an admin token.")
    public MunicipalityPayload saveMunicipality(@NonNull @Description("The whole municipality.") SaveMunicipalityInput input) {
        input = inputs.check(input);
        var code = writes.save(input);
        return new MunicipalityPayload(code, reads.oneUnder("municipality", NetworkModel.MUNICIPALITY, code,
                Municipality::from));
    }

    @Description("The municipality this one merged into (its successor after a herindeling); null while it stands on its own.")
    public Municipality mergedInto(@Source Municipality municipality) {
        return reads.relatedOne(municipality, Municipality::from);
    }

    @NonNull
    @Description("The municipalities that merged into this one; their approaches and practices are found through them.")
    public Connection<Municipality> predecessors(@Source Municipality municipality) {
        return reads.relatedPage(municipality, Municipality::from);
    }
}
