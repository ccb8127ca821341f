MATCH (n0:Seminar {
  id: $pcdsl01
})
RETURN [n0.id, n0.title, {
  rows: COLLECT {
    MATCH (n0)<-[:PART_OF]-(n1:Session) WHERE (n1.title > $pcdsl02
      OR (n1.title = $pcdsl02
        AND n1.id > $pcdsl03))
    WITH n1 ORDER BY n1.title ASC, n1.id ASC LIMIT $pcdsl04
    RETURN [n1.id, n1.title, {
      rows: COLLECT {
        MATCH (n1)<-[:PRESENTS]-(n2:Speaker)
        WITH n2 ORDER BY n2.name ASC, n2.id ASC LIMIT $pcdsl05
        RETURN [n2.id, n2.name]
      }
    }]
  },
  otherSide: EXISTS {
    MATCH (n0)<-[:PART_OF]-(n1:Session) WHERE NOT ((n1.title > $pcdsl02
      OR (n1.title = $pcdsl02
        AND n1.id > $pcdsl03)))
    RETURN n1
  }
}] AS result

// parameters
$pcdsl01 = "seminar-de-veilige-gemeente-2021" :: String
$pcdsl02 = "Praktijkvoorbeeld" :: String
$pcdsl03 = "sessie-x" :: String
$pcdsl04 = 3 :: Integer
$pcdsl05 = 21 :: Integer
