package nl.veiligegemeente.calendars;

import java.util.Date;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import nl.veiligegemeente.api.http.Versions;

/**
 * Seminars for calendar apps, without a token: {@code /seminars/{id}.ics} (one seminar and its
 * sessions) and {@code /seminars.ics} (every seminar from today on), with an ETag of the calendar's
 * bytes and Last-Modified, so that a subscribed calendar app gets 304 while nothing changed.
 */
@Path("/")
public class CalendarResource {

    static final MediaType CALENDAR = new MediaType("text", "calendar", "utf-8");

    private final SeminarCalendar calendars;

    CalendarResource(SeminarCalendar calendars) {
        this.calendars = calendars;
    }

    @GET
    @Path("seminars/{id}.ics")
    public Response seminar(@PathParam("id") String id, @Context Request request) {
        return respond(request, calendars.seminar(id));
    }

    @GET
    @Path("seminars.ics")
    public Response upcoming(@Context Request request) {
        return respond(request, calendars.upcoming());
    }

    private static Response respond(Request request, SeminarCalendar.Rendered calendar) {
        var etag = Versions.etag(calendar.text());
        var lastModified = calendar.lastModified().map(Date::from).orElse(null);
        var notModified = Versions.notModified(request, etag, lastModified);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(calendar.text(), CALENDAR).tag(etag).lastModified(lastModified).build();
    }
}
