package nl.veiligegemeente.publishing;

/** A request presented a token (or an Authorization header) that authenticates no one. */
public record AuthenticationFailed() {
}
