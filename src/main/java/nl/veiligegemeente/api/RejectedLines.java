package nl.veiligegemeente.api;

import java.util.List;
import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;

/** An uploaded file refused as a whole because of what some of its lines hold: every such line, with its number. */
public class RejectedLines extends ApiException {

    /** One refused line of a file (counted from 1, the header included) and what is wrong with it. */
    public record Line(long line, String message) {
    }

    private final transient List<Line> lines;

    public RejectedLines(String message, List<Line> lines) {
        super(ErrorCode.VALIDATION, message);
        this.lines = List.copyOf(lines);
    }

    public List<Line> lines() {
        return lines;
    }
}
