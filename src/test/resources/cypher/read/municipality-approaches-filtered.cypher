MATCH (n0:Municipality {
  code: $pcdsl01
})
RETURN [n0.code, {
  rows: COLLECT {
    MATCH (n0)-[:RUNS]->(n1:Approach) WHERE (n1.retractedAt IS NULL
      AND EXISTS {
        MATCH (n1)-[:ADDRESSES]->(n2:Theme) WHERE n2.id IN $pcdsl02
        RETURN n2
      }
      AND n1.status IN $pcdsl03)
    WITH n1 ORDER BY n1.title DESC, n1.id ASC LIMIT $pcdsl04
    RETURN [n1.id, n1.title]
  },
  totalCount: COUNT {
    MATCH (n0)-[:RUNS]->(n1:Approach) WHERE (n1.retractedAt IS NULL
      AND EXISTS {
        MATCH (n1)-[:ADDRESSES]->(n2:Theme) WHERE n2.id IN $pcdsl02
        RETURN n2
      }
      AND n1.status IN $pcdsl03)
    WITH n1
    RETURN n1
  }
}] AS result

// parameters
$pcdsl01 = "GM0935" :: String
$pcdsl02 = ["ondermijning"] :: List<String>
$pcdsl03 = ["ACTIVE"] :: List<String>
$pcdsl04 = 4 :: Integer
