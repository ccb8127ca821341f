package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;

/** What kind of document a source is. */
@Description("What kind of document a source is.")
public enum SourceKind {
    @Description("A news item, blog post or article.")
    ARTICLE,
    @Description("A report or study.")
    REPORT,
    @Description("A web page.")
    WEBSITE,
    @Description("Slides or a talk.")
    PRESENTATION,
    @Description("Anything else.")
    OTHER
}
