MATCH (given:Approach {
  id: $pcdsl01
})
WHERE given.retractedAt IS NULL
WITH given, COLLECT {
  MATCH (given)<-[:RUNS]-(:Municipality)-[:RUNS]->(sibling:Approach)
  RETURN sibling
} AS siblings
WITH given, siblings, COLLECT {
  WITH given
  CALL (given) {
    MATCH (given)-[:ADDRESSES]->(theme:Theme)<-[:ADDRESSES]-(candidate:Approach)
    RETURN DISTINCT candidate, theme AS value, 3 AS partial UNION ALL
    MATCH (given)-[:AIMS_AT]->(targetGroup:TargetGroup)<-[:AIMS_AT]-(candidate:Approach)
    RETURN DISTINCT candidate, targetGroup AS value, 2 AS partial UNION ALL
    MATCH (given)<-[:COVERS]-(:Session)-[:PART_OF]->(seminar:Seminar)
    MATCH (candidate:Approach)<-[:COVERS]-(:Session)-[:PART_OF]->(seminar)
    RETURN DISTINCT candidate, seminar AS value, 2 AS partial UNION ALL
    MATCH (given)-[:TARGETS_AREA]->(givenArea:Area)
    MATCH (candidate:Approach)-[:TARGETS_AREA]->(candidateArea:Area)
    WHERE givenArea.kind = candidateArea.kind
    RETURN DISTINCT candidate, givenArea.kind AS value, 1 AS partial
  }
  WITH candidate, sum(partial) AS score
  RETURN {
    candidate: candidate,
    score: score
  } ORDER BY score DESC
} AS scored
WITH given, siblings, scored, COLLECT {
  UNWIND scored AS row
  WITH row.candidate AS candidate, row.score AS score
  WHERE (candidate.retractedAt IS NULL
    AND NOT ((candidate = given
      OR candidate IN siblings)))
  RETURN score LIMIT $pcdsl02
} AS leading
RETURN COLLECT {
  UNWIND scored AS row
  WITH row.candidate AS candidate, row.score AS score WHERE (score >= last(leading)
    AND candidate.retractedAt IS NULL
    AND NOT ((candidate = given
      OR candidate IN siblings)))
  WITH candidate, score ORDER BY score DESC, candidate.title ASC, candidate.id ASC LIMIT $pcdsl02
  RETURN {
    score: score,
    approach: {
      id: candidate.id,
      title: candidate.title
    },
    reasons: {
      themes: COLLECT {
        MATCH (given)-[:ADDRESSES]->(theme:Theme)<-[:ADDRESSES]-(candidate)
        WITH DISTINCT theme ORDER BY theme.name ASC, theme.id ASC
        RETURN {
          id: theme.id,
          name: theme.name
        }
      },
      areaKinds: COLLECT {
        MATCH (given)-[:TARGETS_AREA]->(givenArea:Area)
        MATCH (candidate)-[:TARGETS_AREA]->(candidateArea:Area) WHERE givenArea.kind = candidateArea.kind
        RETURN DISTINCT givenArea.kind AS value ORDER BY value ASC
      }
    }
  }
} AS result

// parameters
$pcdsl01 = "aanpak-criminele-families-maastricht" :: String
$pcdsl02 = 3 :: Integer
