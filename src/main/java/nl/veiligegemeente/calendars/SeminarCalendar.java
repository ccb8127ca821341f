package nl.veiligegemeente.calendars;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Value;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;
import nl.veiligegemeente.graph.Graph;

/**
 * Seminars as iCalendar (RFC 5545), made with ical4j: a seminar is an all-day event on its date, and
 * each of its sessions with a start time is an event in Europe/Amsterdam time. What the calendar holds
 * depends on the graph alone (no "now" inside it), so the same graph gives the same bytes and ETag.
 */
@ApplicationScoped
public class SeminarCalendar {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String UID_DOMAIN = "@veilige-gemeente-network";
    private static final String PRODUCT = "-//Netwerk De Veilige Gemeente//Seminars//NL";
    /**
     * Amsterdam's time zone as the calendar declares it. Since tzdata 2022b Europe/Amsterdam is a link to
     * Europe/Brussels (the same rules since 1970), and ical4j's definition carries that name; the events
     * name Europe/Amsterdam, so the definition is renamed to match them.
     */
    private static final VTimeZone AMSTERDAM_ZONE = amsterdamZone();
    private static final Graph.Rendered SEMINARS = Graph.Rendered.ofFile("/calendars/seminars.cypher");

    private final Graph graph;

    SeminarCalendar(Graph graph) {
        this.graph = graph;
    }

    /** A calendar as text, and when what it holds last changed (empty when nothing says). */
    record Rendered(String text, Optional<Instant> lastModified) {
    }

    /** The calendar of one seminar; {@link ErrorCode#NOT_FOUND} when there is no such seminar. */
    Rendered seminar(String id) {
        var seminars = read(id, null);
        if (seminars.isEmpty()) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no seminar '" + id + "'.");
        }
        return render(seminars, "Seminar: " + seminars.get(0).get("title").asString());
    }

    /** The calendar of the seminars from today (in Amsterdam) on. */
    Rendered upcoming() {
        return render(read(null, LocalDate.now(AMSTERDAM)), "Seminars van het netwerk De Veilige Gemeente");
    }

    private List<Value> read(String id, LocalDate from) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("from", from);
        return graph.read(SEMINARS.with(parameters));
    }

    private static Rendered render(List<Value> seminars, String name) {
        var calendar = new Calendar()
                .withProdId(PRODUCT)
                .withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", name))
                .withProperty(new XProperty("X-WR-TIMEZONE", AMSTERDAM.getId()))
                .getFluentTarget();
        calendar.add(AMSTERDAM_ZONE);
        seminars.forEach(seminar -> {
            calendar.add(seminarEvent(seminar));
            seminar.get("sessions").asList(session -> session).forEach(session -> calendar.add(sessionEvent(seminar, session)));
        });
        var lastModified = seminars.stream()
                .flatMap(seminar -> Stream.concat(Stream.of(seminar), seminar.get("sessions").asList(session -> session).stream()))
                .map(node -> node.get("updatedAt"))
                .filter(value -> !value.isNull())
                .map(value -> value.asZonedDateTime().toInstant())
                .max(Instant::compareTo);
        return new Rendered(calendar.toString(), lastModified);
    }

    private static VEvent seminarEvent(Value seminar) {
        var date = seminar.get("date").asLocalDate();
        var event = event(seminar, date, date.plusDays(1), seminar.get("title").asString(), seminar.get("description"));
        if (!seminar.get("url").isNull()) {
            event.add(new Url(URI.create(seminar.get("url").asString())));
        }
        return event;
    }

    private static VEvent sessionEvent(Value seminar, Value session) {
        var start = amsterdam(session.get("startsAt"));
        var end = session.get("endsAt").isNull() ? null : amsterdam(session.get("endsAt"));
        var event = event(session, start, end, session.get("title").asString() + " (" + seminar.get("title").asString() + ")",
                session.get("abstract"));
        if (!session.get("room").isNull()) {
            event.add(new Location(session.get("room").asString()));
        }
        return event;
    }

    /** An event with a stable UID and a DTSTAMP from the graph (its last change), so the output is reproducible. */
    private static VEvent event(Value node, Temporal start, Temporal end, String summary, Value description) {
        var event = new VEvent(false);
        var changed = node.get("updatedAt").isNull() ? null : node.get("updatedAt").asZonedDateTime().toInstant();
        event.add(new Uid(node.get("id").asString() + UID_DOMAIN));
        event.add(new DtStamp(changed != null ? changed : Instant.EPOCH));
        if (changed != null) {
            event.add(new LastModified(changed));
        }
        event.add(new DtStart<>(start));
        if (end != null) {
            event.add(new DtEnd<>(end));
        }
        event.add(new Summary(summary));
        if (!description.isNull()) {
            event.add(new Description(description.asString()));
        }
        return event;
    }

    private static VTimeZone amsterdamZone() {
        var zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(AMSTERDAM.getId()).getVTimeZone().copy();
        zone.removeAll(Property.TZURL, "X-LIC-LOCATION");
        zone.replace(new TzId(AMSTERDAM.getId()));
        return zone;
    }

    /** A time of the graph in Amsterdam: a local time is taken to be Amsterdam's, a zoned one is converted. */
    private static ZonedDateTime amsterdam(Value value) {
        var time = value.asObject();
        if (time instanceof LocalDateTime local) {
            return local.atZone(AMSTERDAM);
        }
        return ((ZonedDateTime) time).withZoneSameInstant(AMSTERDAM);
    }
}
