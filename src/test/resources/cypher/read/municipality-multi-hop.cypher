MATCH (n0:Municipality {
  code: $key
})
RETURN [n0.code, n0.name, {
  rows: COLLECT {
    MATCH (n0)<-[:PART_OF*1..3]-(n1:Area)
    WITH DISTINCT n1 ORDER BY n1.name ASC, n1.id ASC LIMIT $pcdsl01
    RETURN [n1.id, n1.name, n1.kind]
  }
}, {
  rows: COLLECT {
    MATCH (n0)-[:RUNS]->(n3:Approach)-[:ADDRESSES]->(n2:Theme) WHERE n3.retractedAt IS NULL
    WITH DISTINCT n2 ORDER BY n2.name ASC, n2.id ASC LIMIT $pcdsl02
    RETURN [n2.id, n2.name]
  }
}] AS result

// parameters
$key = "GM0935" :: String
$pcdsl01 = 21 :: Integer
$pcdsl02 = 4 :: Integer
