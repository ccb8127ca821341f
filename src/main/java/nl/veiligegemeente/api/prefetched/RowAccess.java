package nl.veiligegemeente.api.prefetched;

import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import nl.veiligegemeente.graph.read.ReadPlanner;
import nl.veiligegemeente.graph.read.Row;
import nl.veiligegemeente.graph.read.RowShape;

/**
 * Where a node's values sit in a row: by name in a map (a node another statement projected), or by
 * position as its {@link RowShape} says (a node of a {@link ReadPlanner} statement). Resolved once
 * per compiled field, so a request only looks values up.
 */
interface RowAccess {

    RowAccess BY_NAME = new RowAccess() {

        @Override
        public Function<Value, Value> property(String name) {
            return row -> row.get(name);
        }

        @Override
        public Function<Value, Value> related(String resultKey) {
            return row -> row.get(Row.RELATED).get(resultKey);
        }

        @Override
        public RowAccess target(String resultKey) {
            return this;
        }

        @Override
        public Function<Value, Value> sortValues() {
            return row -> row.get(Row.SORT_VALUES);
        }
    };

    Function<Value, Value> property(String name);

    Function<Value, Value> related(String resultKey);

    /** How the nodes of a selected relation are read. */
    RowAccess target(String resultKey);

    Function<Value, Value> sortValues();

    static RowAccess of(RowShape shape) {
        return new RowAccess() {

            @Override
            public Function<Value, Value> property(String name) {
                return at(shape.propertyIndex(name), name);
            }

            @Override
            public Function<Value, Value> related(String resultKey) {
                return at(shape.relationIndex(resultKey), resultKey);
            }

            @Override
            public RowAccess target(String resultKey) {
                return of(shape.relation(resultKey).target());
            }

            @Override
            public Function<Value, Value> sortValues() {
                var index = shape.sortValuesIndex();
                return index < 0 ? row -> Values.NULL : row -> row.get(index);
            }
        };
    }

    private static Function<Value, Value> at(int index, String name) {
        if (index < 0) {
            throw new NotPrefetchable("the statement's rows do not hold " + name);
        }
        return row -> row.get(index);
    }
}
