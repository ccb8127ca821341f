package nl.veiligegemeente.opendata;

import jakarta.ws.rs.core.MediaType;

/** The two forms of the open-data export, each with its media type and file extension. */
enum ExportFormat {
    /** RFC 4180 CSV with a header row; lists of ids are joined by {@code |}. */
    CSV(new MediaType("text", "csv", java.util.Map.of("charset", "utf-8", "header", "present")), "csv"),
    /** JSON Lines: one JSON object per line. */
    JSON_LINES(new MediaType("application", "jsonl", "utf-8"), "jsonl");

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }
}
