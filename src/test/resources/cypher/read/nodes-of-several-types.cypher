RETURN {
  Approach: COLLECT { MATCH (n0:Approach) WHERE (n0.id IN $pcdsl01
      AND n0.retractedAt IS NULL)
    RETURN [n0.id, n0.title, head(COLLECT {
      MATCH (n0)<-[:RUNS]-(n1:Municipality)
      WITH n1 ORDER BY n1.name ASC, n1.code ASC LIMIT 1
      RETURN [n1.code, n1.name]
    }), {
      rows: COLLECT {
        MATCH (n0)-[:ADDRESSES]->(n2:Theme)
        WITH n2 ORDER BY n2.name ASC, n2.id ASC LIMIT $pcdsl02
        RETURN [n2.id, n2.name]
      }
    }]
  },
  Theme: COLLECT {
    MATCH (n3:Theme) WHERE n3.id IN $pcdsl03
    RETURN [n3.id, n3.name]
  }
} AS result

// parameters
$pcdsl01 = ["aanpak-criminele-families-maastricht","locatiegerichte-aanpak-amsterdam-oost"] :: List<String>
$pcdsl02 = 3 :: Integer
$pcdsl03 = ["ondermijning"] :: List<String>
