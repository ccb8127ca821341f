// One full-text index over the text of every node type a search can return, with Lucene's Dutch
// analyzer (stemming, stop words, diacritics folded). One index, not one per label, so that the
// relevance scores of different types come from the same statistics and can be ranked together.
// Not eventually consistent: a node is searchable as soon as the transaction that wrote it commits.
CREATE FULLTEXT INDEX discovery_text IF NOT EXISTS
FOR (n:Approach|Practice|Session|Seminar|Theme|TargetGroup|Municipality|Area|Organisation|Speaker)
ON EACH [n.name, n.title, n.summary, n.results, n.description, n.lessons, n.abstract]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'dutch', `fulltext.eventually_consistent`: false } };
