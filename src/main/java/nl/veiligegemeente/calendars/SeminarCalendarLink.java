package nl.veiligegemeente.calendars;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import nl.veiligegemeente.network.Seminar;

/** Links a seminar in GraphQL to its iCalendar file. */
@GraphQLApi
public class SeminarCalendarLink {

    @NonNull
    @Description("Where to get this seminar for a calendar app (iCalendar, with its timed sessions): a path on "
            + "this service, such as /seminars/seminar-de-veilige-gemeente-2021.ics.")
    public String calendarUrl(@Source Seminar seminar) {
        return "/seminars/" + seminar.id() + ".ics";
    }
}
