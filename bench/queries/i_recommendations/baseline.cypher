// The scoring of discovery/Recommendations: 3 per theme the municipality's own approaches address,
// 1 per target group none of them aims at; approaches of other municipalities only.
MATCH (m:Municipality {code: $municipality})
OPTIONAL MATCH (m)-[:RUNS]->(own:Approach)-[:AIMS_AT]->(reached:TargetGroup)
WHERE own.retractedAt IS NULL
WITH m, collect(DISTINCT reached) AS reachedGroups
MATCH (m)-[:RUNS]->(own:Approach)-[:ADDRESSES]->(t:Theme)<-[:ADDRESSES]-(c:Approach)
WHERE own.retractedAt IS NULL AND c.retractedAt IS NULL AND NOT (m)-[:RUNS]->(c)
WITH reachedGroups, c, collect(DISTINCT t { .id, .name }) AS themes
WITH c, themes, [(c)-[:AIMS_AT]->(g:TargetGroup) WHERE NOT g IN reachedGroups | g { .id, .name }] AS newTargetGroups
WITH c, 3 * size(themes) + size(newTargetGroups) AS score, themes, newTargetGroups
ORDER BY score DESC, c.title, c.id
LIMIT 10
RETURN {
  score: score,
  approach: c { .id, .title, municipality: COLLECT { MATCH (x:Municipality)-[:RUNS]->(c) RETURN x { .name } LIMIT 1 }[0] },
  themes: themes,
  newTargetGroups: newTargetGroups
} AS recommended
