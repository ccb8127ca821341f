RETURN {
  rows: COLLECT { MATCH (n0:Approach) WHERE (n0.retractedAt IS NULL
      AND n0.title IS NOT NULL)
    WITH n0 ORDER BY n0.title ASC, n0.id ASC LIMIT $pcdsl01
    RETURN [n0.id, n0.title, [n0.title, n0.id]]
  },
  totalCount: COUNT {
    MATCH (n0:Approach) WHERE n0.retractedAt IS NULL
    WITH n0
    RETURN n0
  }
} AS result

// parameters
$pcdsl01 = 21 :: Integer
