MATCH (n0:Approach {
  id: $key
})
WHERE n0.retractedAt IS NULL
RETURN [n0.id, n0.title, head(COLLECT {
  MATCH (n0)<-[:RUNS]-(n1:Municipality)
  WITH n1 ORDER BY n1.name ASC, n1.code ASC LIMIT 1
  RETURN [n1.code, n1.name, n1.province]
}), {
  rows: COLLECT {
    MATCH (n0)-[:ADDRESSES]->(n2:Theme)
    WITH n2 ORDER BY n2.name ASC, n2.id ASC LIMIT $pcdsl01
    RETURN [n2.id, n2.name, {
      rows: COLLECT {
        MATCH (n2)<-[:ADDRESSES]-(n3:Approach) WHERE n3.retractedAt IS NULL
        WITH n3 ORDER BY n3.title ASC, n3.id ASC LIMIT $pcdsl02
        RETURN [n3.id]
      },
      totalCount: COUNT {
        MATCH (n2)<-[:ADDRESSES]-(n3:Approach) WHERE n3.retractedAt IS NULL
        WITH n3
        RETURN n3
      }
    }]
  },
  totalCount: COUNT {
    MATCH (n0)-[:ADDRESSES]->(n2:Theme)
    WITH n2
    RETURN n2
  }
}, {
  rows: COLLECT {
    MATCH (n0)-[:AIMS_AT]->(n4:TargetGroup)
    WITH n4 ORDER BY n4.name ASC, n4.id ASC LIMIT $pcdsl02
    RETURN [n4.id, n4.name, [n4.name, n4.id]]
  }
}, {
  rows: COLLECT {
    MATCH (n0)-[:DESCRIBED_IN]->(n5:Source)
    WITH n5 ORDER BY n5.publishedOn DESC, n5.id ASC LIMIT $pcdsl02
    RETURN [n5.id, n5.title]
  }
}] AS result

// parameters
$key = "aanpak-criminele-families-maastricht" :: String
$pcdsl01 = 6 :: Integer
$pcdsl02 = 21 :: Integer
