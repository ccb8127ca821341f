RETURN {
  rows: COLLECT { MATCH (n0:Municipality) WHERE (n0.province IN $pcdsl01
      AND n0.name IS NOT NULL)
    WITH n0 ORDER BY n0.name ASC, n0.code ASC LIMIT $pcdsl02
    RETURN [n0.code, n0.name, n0.province, {
      rows: COLLECT {
        MATCH (n0)-[:RUNS]->(n1:Approach) WHERE n1.retractedAt IS NULL
        WITH n1 ORDER BY n1.title ASC, n1.id ASC LIMIT $pcdsl03
        RETURN [n1.id, n1.title, n1.status, {
          rows: COLLECT {
            MATCH (n1)-[:ADDRESSES]->(n2:Theme)
            WITH n2 ORDER BY n2.name ASC, n2.id ASC LIMIT $pcdsl02
            RETURN [n2.id, n2.name]
          }
        }]
      }
    }]
  }
} AS result

// parameters
$pcdsl01 = ["Limburg"] :: List<String>
$pcdsl02 = 21 :: Integer
$pcdsl03 = 101 :: Integer
