MATCH (n0:Municipality {
  code: $pcdsl01
})
RETURN {
  code: n0.code,
  name: n0.name,
  _related: {
    areas: {
      rows: COLLECT {
        MATCH (n0)<-[:PART_OF*1..3]-(n1:Area)
        WITH DISTINCT n1 ORDER BY n1.name ASC, n1.id ASC LIMIT $pcdsl02
        RETURN {
          id: n1.id,
          name: n1.name,
          kind: n1.kind
        }
      }
    },
    themes: {
      rows: COLLECT {
        MATCH (n0)-[:RUNS]->(n3:Approach)-[:ADDRESSES]->(n2:Theme) WHERE n3.retractedAt IS NULL
        WITH DISTINCT n2 ORDER BY n2.name ASC, n2.id ASC LIMIT $pcdsl03
        RETURN {
          id: n2.id,
          name: n2.name
        }
      }
    }
  }
} AS result

// parameters
$pcdsl01 = "GM0935" :: String
$pcdsl02 = 21 :: Integer
$pcdsl03 = 4 :: Integer
