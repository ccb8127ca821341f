CALL db.index.fulltext.queryNodes('discovery_text', $text) YIELD node, score
WHERE node.retractedAt IS NULL
WITH collect({node: node, score: score}) AS hits
UNWIND hits[..20] AS hit
WITH size(hits) AS totalCount, hit.node AS n, hit.score AS score
RETURN totalCount, score, labels(n)[0] AS type, n { .id, .code, .title, .name } AS item
