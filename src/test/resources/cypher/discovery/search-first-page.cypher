CALL db.index.fulltext.queryNodes('discovery_text', $pcdsl01) YIELD node, score
WHERE (node.retractedAt IS NULL
  AND any(label IN labels(node)
  WHERE label IN $pcdsl02)) WITH node, score ORDER BY score DESC
WITH collect( {
  node: node,
  score: score
}) AS hits
WITH hits, hits AS after
WITH hits, after, CASE WHEN size(after) >= $pcdsl03 THEN after[($pcdsl03 - 1)].score ELSE -1.0 END AS cut
RETURN {
  rows: COLLECT {
    UNWIND [entry IN after WHERE entry.score >= cut] AS entry
    WITH entry.node AS hit, entry.score AS score
    WITH hit, score, CASE WHEN hit:Approach THEN 'Approach' WHEN hit:Theme THEN 'Theme' END AS type, CASE WHEN hit:Approach THEN hit.id WHEN hit:Theme THEN hit.id END AS key ORDER BY score DESC, type ASC, key ASC LIMIT $pcdsl03
    RETURN {
      score: score,
      type: CASE WHEN hit:Approach THEN 'APPROACH' WHEN hit:Theme THEN 'THEME' END,
      item: CASE WHEN hit:Approach THEN {
        type: 'Approach',
        fields: {
          id: hit.id,
          title: hit.title,
          _related: {
            municipality: head(COLLECT {
              MATCH (hit)<-[:RUNS]-(n0:Municipality)
              WITH n0 ORDER BY n0.name ASC, n0.code ASC LIMIT 1
              RETURN {
                code: n0.code,
                name: n0.name
              }
            })
          }
        }
      } WHEN hit:Theme THEN {
        type: 'Theme',
        fields: {
          id: hit.id,
          name: hit.name
        }
      } END,
      _sort: [score, type, key]
    }
  },
  totalCount: size(hits)
} AS result

// parameters
$pcdsl01 = "(criminele criminele~1) (families families~1)" :: String
$pcdsl02 = ["Approach","Theme"] :: List<String>
$pcdsl03 = 6 :: Integer
