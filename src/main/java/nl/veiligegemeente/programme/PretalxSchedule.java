package nl.veiligegemeente.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import nl.veiligegemeente.api.RejectedItems;

/**
 * pretalx's schedule export ({@code /<event>/schedule/export/schedule.json}, the frab-compatible
 * JSON): {@code schedule.conference.days[].rooms} maps each room's name to its talks, each with its
 * start ({@code date}, with offset), {@code duration}, {@code room} and {@code persons}. The fields
 * this import reads; Jackson passes over the others.
 */
record PretalxSchedule(Schedule schedule) {

    /** The schedule: one version of the conference's programme. */
    record Schedule(String version, Conference conference) {
    }

    /** The conference and its days. */
    record Conference(String title, List<Day> days) {
    }

    /** One day, with the talks of each room by the room's name. */
    record Day(String date, Map<String, List<Talk>> rooms) {
    }

    /** A talk (pretalx calls every scheduled submission so), identified by its {@code code} or {@code guid}. */
    record Talk(String id, String guid, String code, String date, String duration, String room, String title,
            @JsonProperty("abstract") String abstractText, String description, List<Person> persons) {

        String key() {
            return code != null ? code : guid != null ? guid : id;
        }
    }

    /** A speaker of a talk, identified by its {@code code} (or {@code guid}). */
    record Person(String code, String guid, String name, @JsonProperty("public_name") String publicName) {

        String displayName() {
            return name != null && !name.isBlank() ? name : publicName;
        }

        String key() {
            return code != null ? code : guid != null ? guid : displayName();
        }
    }

    /** The programme this schedule describes; talks whose time cannot be read are errors of the programme. */
    Programme programme() {
        var errors = new ArrayList<RejectedItems.Item>();
        var talks = new ArrayList<Programme.Talk>();
        var days = schedule == null || schedule.conference() == null || schedule.conference().days() == null
                ? List.<Day>of() : schedule.conference().days();
        for (var day : days) {
            var rooms = day.rooms() == null ? Map.<String, List<Talk>>of() : day.rooms();
            rooms.forEach((roomName, roomTalks) -> {
                for (var talk : roomTalks == null ? List.<Talk>of() : roomTalks) {
                    var speakers = (talk.persons() == null ? List.<Person>of() : talk.persons()).stream()
                            .map(person -> new Programme.Person(person.key(), person.displayName(), null, null))
                            .toList();
                    try {
                        var startsAt = ProgrammeTimes.at("date", talk.date());
                        var endsAt = startsAt == null || talk.duration() == null ? null
                                : startsAt.plus(ProgrammeTimes.duration(talk.duration()));
                        talks.add(new Programme.Talk(talk.key(), talk.title(),
                                talk.abstractText() != null && !talk.abstractText().isBlank() ? talk.abstractText()
                                        : talk.description(),
                                startsAt, endsAt, talk.room() != null ? talk.room() : roomName, speakers));
                    } catch (IllegalArgumentException wrongTime) {
                        errors.add(new RejectedItems.Item(Programme.Talk.item(talk.key(), talk.title()),
                                wrongTime.getMessage()));
                    }
                }
            });
        }
        return new Programme(ProgrammeFormat.PRETALX, talks, List.of(), errors);
    }
}
