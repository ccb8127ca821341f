RETURN {
  rows: COLLECT { MATCH (n0:Speaker)-[:WORKS_FOR]->(n1:Organisation) WHERE (n1.id IN $pcdsl01
      AND (n0.name <= $pcdsl02
        AND (n0.name <> $pcdsl02
          OR n0.id < $pcdsl03)))
    WITH DISTINCT n0 ORDER BY n0.name DESC, n0.id DESC LIMIT $pcdsl04
    RETURN [n0.id, n0.name, head(COLLECT {
      MATCH (n0)-[:WORKS_FOR]->(n2:Organisation)
      WITH n2 ORDER BY n2.name ASC, n2.id ASC LIMIT 1
      RETURN [n2.id, n2.name]
    }), [n0.name, n0.id]]
  },
  otherSide: EXISTS {
    MATCH (n0:Speaker)-[:WORKS_FOR]->(n1:Organisation) WHERE (n1.id IN $pcdsl01
      AND NOT ((n0.name <= $pcdsl02
        AND (n0.name <> $pcdsl02
          OR n0.id < $pcdsl03))))
    RETURN n0
  }
} AS result

// parameters
$pcdsl01 = ["ront-management-consultants"] :: List<String>
$pcdsl02 = "Frank van Summeren" :: String
$pcdsl03 = "frank-van-summeren" :: String
$pcdsl04 = 3 :: Integer
