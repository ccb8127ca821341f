MATCH (n0:Seminar {
  id: $key
})
RETURN [n0.id, n0.title, {
  rows: COLLECT {
    MATCH (n0)<-[:PART_OF]-(n1:Session) WHERE (n1.title >= $pcdsl01
      AND (n1.title <> $pcdsl01
        OR n1.id > $pcdsl02))
    WITH n1 ORDER BY n1.title ASC, n1.id ASC LIMIT $pcdsl03
    RETURN [n1.id, n1.title, {
      rows: COLLECT {
        MATCH (n1)<-[:PRESENTS]-(n2:Speaker)
        WITH n2 ORDER BY n2.name ASC, n2.id ASC LIMIT $pcdsl04
        RETURN [n2.id, n2.name]
      }
    }]
  },
  otherSide: EXISTS {
    MATCH (n0)<-[:PART_OF]-(n1:Session) WHERE NOT ((n1.title >= $pcdsl01
      AND (n1.title <> $pcdsl01
        OR n1.id > $pcdsl02)))
    RETURN n1
  }
}] AS result

// parameters
$key = "seminar-de-veilige-gemeente-2021" :: String
$pcdsl01 = "Praktijkvoorbeeld" :: String
$pcdsl02 = "sessie-x" :: String
$pcdsl03 = 3 :: Integer
$pcdsl04 = 21 :: Integer
