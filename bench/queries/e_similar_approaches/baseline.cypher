// The scoring of discovery/Similarity: 3 per shared theme, 2 per shared target group, 2 per
// seminar where both were presented, 1 per kind of area both target; other municipalities only.
MATCH (given:Approach {id: $id}) WHERE given.retractedAt IS NULL
MATCH (own:Municipality)-[:RUNS]->(given)
CALL (given) {
  MATCH (given)-[:ADDRESSES]->(r:Theme)<-[:ADDRESSES]-(c:Approach)
  RETURN c, 'theme' AS kind, r.id AS key, r.name AS name, 3 AS points
  UNION ALL
  MATCH (given)-[:AIMS_AT]->(r:TargetGroup)<-[:AIMS_AT]-(c:Approach)
  RETURN c, 'targetGroup' AS kind, r.id AS key, r.name AS name, 2 AS points
  UNION ALL
  MATCH (given)<-[:COVERS]-(:Session)-[:PART_OF]->(r:Seminar)<-[:PART_OF]-(:Session)-[:COVERS]->(c:Approach)
  WITH DISTINCT c, r
  RETURN c, 'seminar' AS kind, r.id AS key, r.title AS name, 2 AS points
  UNION ALL
  MATCH (given)-[:TARGETS_AREA]->(x:Area)
  WITH DISTINCT x.kind AS areaKind
  MATCH (c:Approach)-[:TARGETS_AREA]->(:Area {kind: areaKind})
  WITH DISTINCT c, areaKind
  RETURN c, 'areaKind' AS kind, areaKind AS key, areaKind AS name, 1 AS points
}
WITH own, given, c, kind, key, name, points
WHERE c <> given AND c.retractedAt IS NULL AND NOT (own)-[:RUNS]->(c)
WITH given, c, sum(points) AS score, collect({kind: kind, id: key, name: name}) AS reasons
ORDER BY score DESC, c.title, c.id
LIMIT 10
RETURN {
  given: given { .id, .title },
  score: score,
  approach: c { .id, .title, municipality: COLLECT { MATCH (m:Municipality)-[:RUNS]->(c) RETURN m { .name } LIMIT 1 }[0] },
  themes: [r IN reasons WHERE r.kind = 'theme' | r { .id, .name }],
  targetGroups: [r IN reasons WHERE r.kind = 'targetGroup' | r { .id, .name }]
} AS similar
