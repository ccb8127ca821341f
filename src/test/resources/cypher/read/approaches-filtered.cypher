RETURN {
  rows: COLLECT { MATCH (n0:Approach) WHERE (n0.retractedAt IS NULL
      AND EXISTS {
        MATCH (n0)-[:ADDRESSES]->(n1:Theme) WHERE n1.id IN $pcdsl01
        RETURN n1
      }
      AND NOT (EXISTS {
        MATCH (n0)-[:ADDRESSES]->(n2:Theme) WHERE n2.id IN $pcdsl02
        RETURN n2
      })
      AND COUNT {
        MATCH (n0)-[:ADDRESSES]->(n3:Theme) WHERE n3.id IN $pcdsl03
        WITH DISTINCT n3
        RETURN n3
      } = $pcdsl04
      AND EXISTS {
        MATCH (n0)-[:AIMS_AT]->(n4:TargetGroup) WHERE n4.id IN $pcdsl05
        RETURN n4
      }
      AND EXISTS {
        MATCH (n0)<-[:RUNS]-(n5:Municipality) WHERE n5.code IN $pcdsl06
        RETURN n5
      }
      AND EXISTS {
        MATCH (n0)<-[:COVERS]-(n7:Session)-[:PART_OF]->(n6:Seminar) WHERE n6.id IN $pcdsl07
        RETURN n6
      }
      AND EXISTS {
        MATCH (n0)<-[:COVERS]-(n9:Session)<-[:PRESENTS]-(n10:Speaker)-[:WORKS_FOR]->(n8:Organisation) WHERE n8.id IN $pcdsl08
        RETURN n8
      }
      AND n0.kind IN $pcdsl09
      AND n0.status IN $pcdsl10
      AND n0.evidenceLevel IN $pcdsl11
      AND n0.startedOn >= $pcdsl12
      AND n0.startedOn <= $pcdsl13
      AND EXISTS {
        MATCH (n0)<-[:RUNS]-(n11:Municipality) WHERE n11.province IN $pcdsl14
        RETURN n11
      })
    WITH n0 ORDER BY n0.title ASC, n0.id ASC LIMIT $pcdsl15
    RETURN {
      id: n0.id,
      title: n0.title,
      _sort: [n0.title, n0.id]
    }
  },
  totalCount: COUNT {
    MATCH (n0:Approach) WHERE (n0.retractedAt IS NULL
      AND EXISTS {
        MATCH (n0)-[:ADDRESSES]->(n1:Theme) WHERE n1.id IN $pcdsl01
        RETURN n1
      }
      AND NOT (EXISTS {
        MATCH (n0)-[:ADDRESSES]->(n2:Theme) WHERE n2.id IN $pcdsl02
        RETURN n2
      })
      AND COUNT {
        MATCH (n0)-[:ADDRESSES]->(n3:Theme) WHERE n3.id IN $pcdsl03
        WITH DISTINCT n3
        RETURN n3
      } = $pcdsl04
      AND EXISTS {
        MATCH (n0)-[:AIMS_AT]->(n4:TargetGroup) WHERE n4.id IN $pcdsl05
        RETURN n4
      }
      AND EXISTS {
        MATCH (n0)<-[:RUNS]-(n5:Municipality) WHERE n5.code IN $pcdsl06
        RETURN n5
      }
      AND EXISTS {
        MATCH (n0)<-[:COVERS]-(n7:Session)-[:PART_OF]->(n6:Seminar) WHERE n6.id IN $pcdsl07
        RETURN n6
      }
      AND EXISTS {
        MATCH (n0)<-[:COVERS]-(n9:Session)<-[:PRESENTS]-(n10:Speaker)-[:WORKS_FOR]->(n8:Organisation) WHERE n8.id IN $pcdsl08
        RETURN n8
      }
      AND n0.kind IN $pcdsl09
      AND n0.status IN $pcdsl10
      AND n0.evidenceLevel IN $pcdsl11
      AND n0.startedOn >= $pcdsl12
      AND n0.startedOn <= $pcdsl13
      AND EXISTS {
        MATCH (n0)<-[:RUNS]-(n11:Municipality) WHERE n11.province IN $pcdsl14
        RETURN n11
      })
    WITH n0
    RETURN n0
  }
} AS result

// parameters
$pcdsl01 = ["ondermijning","preventie"] :: List<String>
$pcdsl02 = ["jeugdoverlast"] :: List<String>
$pcdsl03 = ["ondermijning"] :: List<String>
$pcdsl04 = 1 :: Integer
$pcdsl05 = ["kinderen"] :: List<String>
$pcdsl06 = ["GM0935"] :: List<String>
$pcdsl07 = ["seminar-de-veilige-gemeente-2021"] :: List<String>
$pcdsl08 = ["ront-management-consultants"] :: List<String>
$pcdsl09 = ["FAMILY_ORIENTED","PERSON_ORIENTED"] :: List<String>
$pcdsl10 = ["ACTIVE"] :: List<String>
$pcdsl11 = ["NOT_ASSESSED"] :: List<String>
$pcdsl12 = "2020-01-01" :: LocalDate
$pcdsl13 = "2021-12-31" :: LocalDate
$pcdsl14 = ["Limburg"] :: List<String>
$pcdsl15 = 11 :: Integer
