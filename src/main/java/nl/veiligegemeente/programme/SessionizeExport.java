package nl.veiligegemeente.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

import nl.veiligegemeente.api.RejectedItems;

/**
 * Sessionize's "All data" export (its API's {@code /view/All}): sessions with local times, room ids
 * and speaker ids; speakers with their tag line and answers to the event's questions; rooms and
 * questions. The fields this import reads; Jackson passes over the others (categories among them).
 */
record SessionizeExport(List<Session> sessions, List<Speaker> speakers, List<Room> rooms, List<Question> questions) {

    /** A speaker question whose answer names the speaker's organisation (Company, Organisation, Organisatie, ...). */
    private static final Pattern ORGANISATION_QUESTION =
            Pattern.compile("(?iu).*\\b(company|organi[sz]ation|organisatie|bedrijf|werkgever|employer)\\b.*");

    /** A session; a service session is a break, a lunch, a registration desk. */
    record Session(String id, String title, String description, String startsAt, String endsAt,
            @JsonProperty("isServiceSession") boolean serviceSession, List<String> speakers, String roomId,
            String room) {
    }

    /** A speaker, with a tag line such as "Coördinator ondermijning, Gemeente X". */
    record Speaker(String id, String firstName, String lastName, String fullName, String tagLine,
            List<Answer> questionAnswers) {

        String name() {
            if (fullName != null && !fullName.isBlank()) {
                return fullName;
            }
            return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        }
    }

    /** A speaker's answer to one of the event's questions. */
    record Answer(String questionId, String answerValue) {
    }

    /** A question the event asks its speakers. */
    record Question(String id, String question) {
    }

    /** A room of the event. */
    record Room(String id, String name) {
    }

    /** The programme this export describes; sessions and speakers it cannot resolve are errors of the programme. */
    Programme programme() {
        var errors = new ArrayList<RejectedItems.Item>();
        var roomNames = list(rooms).stream().filter(room -> room.id() != null)
                .collect(Collectors.toMap(Room::id, room -> Objects.toString(room.name(), ""), (a, b) -> a));
        var organisationQuestions = list(questions).stream()
                .filter(question -> question.question() != null && ORGANISATION_QUESTION.matcher(question.question()).matches())
                .map(Question::id).collect(Collectors.toSet());
        var people = new HashMap<String, Programme.Person>();
        list(speakers).forEach(speaker -> people.putIfAbsent(speaker.id(), new Programme.Person(speaker.id(),
                speaker.name(), speaker.tagLine(), organisation(speaker, organisationQuestions))));

        var talks = new ArrayList<Programme.Talk>();
        var skipped = new ArrayList<String>();
        for (var session : list(sessions)) {
            var item = Programme.Talk.item(session.id(), session.title());
            if (session.serviceSession()) {
                skipped.add(item);
                continue;
            }
            var presenters = new ArrayList<Programme.Person>();
            for (var speakerId : list(session.speakers())) {
                var person = people.get(speakerId);
                if (person == null) {
                    errors.add(new RejectedItems.Item(item, "names the speaker " + speakerId
                            + ", who is not among the export's speakers."));
                } else {
                    presenters.add(person);
                }
            }
            var room = session.roomId() == null ? session.room() : roomNames.get(session.roomId());
            if (session.roomId() != null && room == null) {
                errors.add(new RejectedItems.Item(item, "is in the room " + session.roomId()
                        + ", which is not among the export's rooms."));
            }
            try {
                talks.add(new Programme.Talk(session.id(), session.title(), session.description(),
                        ProgrammeTimes.at("startsAt", session.startsAt()), ProgrammeTimes.at("endsAt", session.endsAt()),
                        room, presenters));
            } catch (IllegalArgumentException wrongTime) {
                errors.add(new RejectedItems.Item(item, wrongTime.getMessage()));
            }
        }
        return new Programme(ProgrammeFormat.SESSIONIZE, talks, skipped, errors);
    }

    private static String organisation(Speaker speaker, Set<String> organisationQuestions) {
        return list(speaker.questionAnswers()).stream()
                .filter(answer -> organisationQuestions.contains(answer.questionId()))
                .map(Answer::answerValue)
                .filter(value -> value != null && !value.isBlank())
                .findFirst().orElse(null);
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
