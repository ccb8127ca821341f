MATCH (n0:Municipality {
  code: $key
})
RETURN [n0.code, {
  rows: COLLECT {
    MATCH (n0)-[:RUNS]->(n1:Approach) WHERE (n1.retractedAt IS NULL
      AND EXISTS {
        MATCH (n1)-[:ADDRESSES]->(n2:Theme) WHERE n2.id IN $pcdsl01
        RETURN n2
      }
      AND n1.status IN $pcdsl02)
    WITH n1 ORDER BY n1.title DESC, n1.id ASC LIMIT $pcdsl03
    RETURN [n1.id, n1.title]
  },
  totalCount: COUNT {
    MATCH (n0)-[:RUNS]->(n1:Approach) WHERE (n1.retractedAt IS NULL
      AND EXISTS {
        MATCH (n1)-[:ADDRESSES]->(n2:Theme) WHERE n2.id IN $pcdsl01
        RETURN n2
      }
      AND n1.status IN $pcdsl02)
    WITH n1
    RETURN n1
  }
}] AS result

// parameters
$key = "GM0935" :: String
$pcdsl01 = ["ondermijning"] :: List<String>
$pcdsl02 = ["ACTIVE"] :: List<String>
$pcdsl03 = 4 :: Integer
