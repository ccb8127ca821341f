RETURN {
  rows: COLLECT { MATCH (n0:Approach) WHERE (n0.retractedAt IS NULL
      AND (coalesce(n0.startedOn, $pcdsl01) <= $pcdsl02
        AND (coalesce(n0.startedOn, $pcdsl01) <> $pcdsl02
          OR n0.id > $pcdsl03)))
    WITH n0 ORDER BY coalesce(n0.startedOn, $pcdsl01) DESC, n0.id ASC LIMIT $pcdsl04
    RETURN [n0.id, n0.title, n0.startedOn]
  },
  otherSide: EXISTS {
    MATCH (n0:Approach) WHERE (n0.retractedAt IS NULL
      AND NOT ((coalesce(n0.startedOn, $pcdsl01) <= $pcdsl02
        AND (coalesce(n0.startedOn, $pcdsl01) <> $pcdsl02
          OR n0.id > $pcdsl03))))
    RETURN n0
  }
} AS result

// parameters
$pcdsl01 = "0001-01-01" :: LocalDate
$pcdsl02 = "2021-06-09" :: LocalDate
$pcdsl03 = "aanpak-x" :: String
$pcdsl04 = 6 :: Integer
