package nl.veiligegemeente.graph.read;

import java.util.List;
import java.util.Optional;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

/** A node filter made of parts that must all hold, which starts a list at the first part that offers a start. */
public interface FilterOfParts extends NodeFilter {

    /** The parts, those that can start a list first, the most selective (fewest nodes per value) first. */
    List<FilterPart> parts(Node node, Patterns patterns);

    @Override
    default Condition on(Node node, Patterns patterns) {
        return parts(node, patterns).stream().map(FilterPart::condition).reduce(Cypher.noCondition(), Condition::and);
    }

    /** The start of the first part that offers one, left to check also every other part. */
    @Override
    default Optional<Start> start(Node node, Patterns patterns) {
        var parts = parts(node, patterns);
        for (var part : parts) {
            var start = part.start();
            if (start.isPresent()) {
                var rest = parts.stream().filter(other -> other != part).map(FilterPart::condition)
                        .reduce(start.get().rest(), Condition::and);
                return Optional.of(new Start(start.get().match(), rest));
            }
        }
        return Optional.empty();
    }
}
