MATCH (given:Approach {
  id: $pcdsl01
})
WHERE given.retractedAt IS NULL
RETURN COLLECT {
  WITH given
  CALL (given) {
    MATCH (given)-[:ADDRESSES]->(theme:Theme)<-[:ADDRESSES]-(candidate:Approach)
    RETURN candidate, (count(DISTINCT theme) * 3) AS partial UNION ALL
    MATCH (given)-[:AIMS_AT]->(targetGroup:TargetGroup)<-[:AIMS_AT]-(candidate:Approach)
    RETURN candidate, (count(DISTINCT targetGroup) * 2) AS partial UNION ALL
    MATCH (given)<-[:COVERS]-(:Session)-[:PART_OF]->(seminar:Seminar)
    MATCH (candidate:Approach)<-[:COVERS]-(:Session)-[:PART_OF]->(seminar)
    RETURN candidate, (count(DISTINCT seminar) * 2) AS partial UNION ALL
    MATCH (given)-[:TARGETS_AREA]->(givenArea:Area)
    MATCH (candidate:Approach)-[:TARGETS_AREA]->(candidateArea:Area) WHERE givenArea.kind = candidateArea.kind
    RETURN candidate, (count(DISTINCT givenArea.kind) * 1) AS partial
  }
  WITH candidate, sum(partial) AS score WHERE (candidate.retractedAt IS NULL
    AND NOT ((candidate = given
      OR (candidate)<-[:RUNS]-(:Municipality)-[:RUNS]->(given))))
  WITH candidate, score AS score ORDER BY score DESC, candidate.title ASC, candidate.id ASC LIMIT $pcdsl02
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
