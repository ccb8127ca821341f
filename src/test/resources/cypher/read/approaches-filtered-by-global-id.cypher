RETURN {
  rows: COLLECT { MATCH (n0:Approach)-[:ADDRESSES]->(n1:Theme) WHERE (n0.retractedAt IS NULL
      AND n1.id IN $pcdsl01)
    WITH DISTINCT n0 ORDER BY n0.title ASC, n0.id ASC LIMIT $pcdsl02
    RETURN [n0.id]
  }
} AS result

// parameters
$pcdsl01 = ["ondermijning","preventie"] :: List<String>
$pcdsl02 = 21 :: Integer
