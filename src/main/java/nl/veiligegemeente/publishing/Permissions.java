package nl.veiligegemeente.publishing;

import java.util.Objects;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;
import nl.veiligegemeente.publishing.accounts.Principal;
import nl.veiligegemeente.publishing.accounts.Role;

/**
 * Who may write what: a publisher the content of its own municipality, an editor seminar content,
 * an admin everything. Every refusal is {@link ErrorCode#FORBIDDEN} with the reason.
 */
public final class Permissions {

    private Permissions() {
    }

    /** Approaches and practices: their municipality's publisher, or an admin. */
    public static void checkMunicipalityContent(Principal who, String municipalityCode, String what) {
        if (who.is(Role.ADMIN) || who.is(Role.PUBLISHER) && Objects.equals(who.municipalityCode(), municipalityCode)) {
            return;
        }
        if (who.is(Role.PUBLISHER)) {
            throw forbidden("Your token publishes for " + who.municipalityCode() + "; " + what + " belongs to "
                    + municipalityCode + ". Only that municipality's publishers (or an admin) may change it.");
        }
        throw forbidden("An " + who.role().name().toLowerCase() + " token does not write " + what
                + "; that is for the municipality's publishers (or an admin).");
    }

    /** Seminars, sessions, speakers and organisations: editors and admins. */
    public static void checkSeminarContent(Principal who, String what) {
        if (!who.is(Role.EDITOR) && !who.is(Role.ADMIN)) {
            throw forbidden("Only editors (or an admin) write " + what + ".");
        }
    }

    /** Accounts: admins only. */
    public static void checkAdmin(Principal who, String what) {
        if (!who.is(Role.ADMIN)) {
            throw forbidden("Only an admin may " + what + ".");
        }
    }

    /** The full journal, with who changed what: editors and admins. */
    public static void checkJournalReader(Principal who) {
        if (!who.is(Role.EDITOR) && !who.is(Role.ADMIN)) {
            throw forbidden("Only editors and admins read the journal; the public feed is approachFeed.");
        }
    }

    private static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }
}
