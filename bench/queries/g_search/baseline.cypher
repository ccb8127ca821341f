WITH reduce(lucene = '', word IN split($text, ' ') |
       lucene + CASE WHEN lucene = '' THEN '(' ELSE ' (' END + word
       + CASE WHEN size(word) >= 5 THEN ' ' + word + '~1' ELSE '' END + ')') AS lucene
CALL db.index.fulltext.queryNodes('discovery_text', lucene) YIELD node, score
WHERE node.retractedAt IS NULL
WITH collect({node: node, score: score}) AS hits
UNWIND hits[..20] AS hit
WITH size(hits) AS totalCount, hit.node AS n, hit.score AS score
RETURN totalCount, score, labels(n)[0] AS type, n { .id, .code, .title, .name } AS item
