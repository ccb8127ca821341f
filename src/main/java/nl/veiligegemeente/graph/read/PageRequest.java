package nl.veiligegemeente.graph.read;

import java.util.Optional;

import nl.veiligegemeente.graph.model.Ordering;

/** A checked page to read: how many rows, in which direction, from which cursor, under which order. */
public record PageRequest(int size, boolean backward, Optional<Cursor> cursor, Ordering ordering) {
}
