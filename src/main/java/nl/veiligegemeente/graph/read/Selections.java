package nl.veiligegemeente.graph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import graphql.schema.SelectedField;

/** Finds, in what a request selected, the fields a statement must read. */
public final class Selections {

    private Selections() {
    }

    /** The fields selected beneath a path of field names, over every alias of each name; e.g. edges → node → item. */
    public static List<SelectedField> under(List<SelectedField> fields, String... path) {
        var level = fields;
        for (var name : path) {
            var next = new ArrayList<SelectedField>();
            level.stream()
                    .filter(field -> field.getName().equals(name))
                    .forEach(field -> next.addAll(field.getSelectionSet().getImmediateFields()));
            level = next;
        }
        return level;
    }

    /** Of the fields selected on a union, those selected for one of its member types. */
    public static List<SelectedField> forType(List<SelectedField> unionFields, String typeName) {
        return unionFields.stream().filter(field -> field.getObjectTypeNames().contains(typeName)).toList();
    }

    /**
     * What decides the statement that reads a selection: each field's name, alias, arguments and
     * object types, and the same of the fields beneath it, as a value that compares by content.
     */
    public static List<Object> shape(List<SelectedField> fields) {
        return fields.stream()
                .<Object>map(field -> List.of(field.getName(), Objects.toString(field.getAlias(), ""),
                        field.getArguments(), field.getObjectTypeNames(),
                        shape(field.getSelectionSet().getImmediateFields())))
                .toList();
    }
}
