package nl.veiligegemeente.municipalities;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.api.GraphReads;
import nl.veiligegemeente.network.Municipality;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.publishing.Inputs;

/** The mutation through which admins add municipalities and record mergers (the model's mergedInto and predecessors follow them). */
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
                Municipality.class));
    }
}
