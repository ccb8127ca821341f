MATCH (municipality:Municipality {
  code: $pcdsl01
})
WITH municipality, COLLECT {
  MATCH (municipality)-[:RUNS]->(own:Approach)-[:AIMS_AT]->(reachedGroup:TargetGroup)
  WHERE own.retractedAt IS NULL
  RETURN DISTINCT reachedGroup
} AS reachedTargetGroups, COLLECT {
  MATCH (municipality)-[:RUNS]->(own:Approach)
  RETURN own
} AS ownApproaches
WITH municipality, reachedTargetGroups, ownApproaches, COLLECT {
  WITH municipality
  CALL (municipality) {
    MATCH (municipality)-[:RUNS]->(own:Approach)-[:ADDRESSES]->(theme:Theme)<-[:ADDRESSES]-(candidate:Approach)
    WHERE own.retractedAt IS NULL
    RETURN DISTINCT candidate, theme AS value, 3 AS partial
  }
  WITH candidate, sum(partial) AS score
  WITH candidate, (score + (COUNT {
    MATCH (candidate)-[:AIMS_AT]->(targetGroup:TargetGroup)
    WHERE NOT (targetGroup IN reachedTargetGroups)
    RETURN DISTINCT targetGroup
  } * 1)) AS score
  RETURN {
    candidate: candidate,
    score: score
  } ORDER BY score DESC
} AS scored
WITH municipality, reachedTargetGroups, ownApproaches, scored, COLLECT {
  UNWIND scored AS row
  WITH row.candidate AS candidate, row.score AS score
  WHERE (candidate.retractedAt IS NULL
    AND NOT (candidate IN ownApproaches))
  RETURN score LIMIT $pcdsl02
} AS leading
RETURN COLLECT {
  UNWIND scored AS row
  WITH row.candidate AS candidate, row.score AS score WHERE (score >= last(leading)
    AND candidate.retractedAt IS NULL
    AND NOT (candidate IN ownApproaches))
  WITH candidate, score ORDER BY score DESC, candidate.title ASC, candidate.id ASC LIMIT $pcdsl02
  RETURN {
    score: score,
    approach: {
      id: candidate.id,
      title: candidate.title
    },
    reasons: {
      newTargetGroups: COLLECT {
        MATCH (candidate)-[:AIMS_AT]->(targetGroup:TargetGroup) WHERE NOT (targetGroup IN reachedTargetGroups)
        WITH DISTINCT targetGroup ORDER BY targetGroup.name ASC, targetGroup.id ASC
        RETURN {
          id: targetGroup.id,
          name: targetGroup.name
        }
      }
    }
  }
} AS result

// parameters
$pcdsl01 = "GM0935" :: String
$pcdsl02 = 10 :: Integer
