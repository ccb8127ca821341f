RETURN {
  rows: COLLECT { MATCH (n0:Approach)<-[:RUNS]-(n1:Municipality) WHERE (n0.retractedAt IS NULL
      AND n1.code IN $pcdsl01
      AND EXISTS {
        MATCH (n0)-[:ADDRESSES]->(n2:Theme) WHERE n2.id IN $pcdsl02
        RETURN n2
      }
      AND NOT (EXISTS {
        MATCH (n0)-[:ADDRESSES]->(n3:Theme) WHERE n3.id IN $pcdsl03
        RETURN n3
      })
      AND COUNT {
        MATCH (n0)-[:ADDRESSES]->(n4:Theme) WHERE n4.id IN $pcdsl04
        WITH DISTINCT n4
        RETURN n4
      } = $pcdsl05
      AND EXISTS {
        MATCH (n0)-[:AIMS_AT]->(n5:TargetGroup) WHERE n5.id IN $pcdsl06
        RETURN n5
      }
      AND EXISTS {
        MATCH (n0)<-[:RUNS]-(n6:Municipality) WHERE n6.code IN $pcdsl01
        RETURN n6
      }
      AND EXISTS {
        MATCH (n0)<-[:COVERS]-(n8:Session)-[:PART_OF]->(n7:Seminar) WHERE n7.id IN $pcdsl07
        RETURN n7
      }
      AND EXISTS {
        MATCH (n0)<-[:COVERS]-(n10:Session)<-[:PRESENTS]-(n11:Speaker)-[:WORKS_FOR]->(n9:Organisation) WHERE n9.id IN $pcdsl08
        RETURN n9
      }
      AND n0.kind IN $pcdsl09
      AND n0.status IN $pcdsl10
      AND n0.evidenceLevel IN $pcdsl11
      AND n0.startedOn >= $pcdsl12
      AND n0.startedOn <= $pcdsl13
      AND EXISTS {
        MATCH (n0)<-[:RUNS]-(n12:Municipality) WHERE n12.province IN $pcdsl14
        RETURN n12
      })
    WITH DISTINCT n0 ORDER BY n0.title ASC, n0.id ASC LIMIT $pcdsl15
    RETURN [n0.id, n0.title]
  },
  totalCount: COUNT {
    MATCH (n0:Approach)<-[:RUNS]-(n1:Municipality) WHERE (n0.retractedAt IS NULL
      AND n1.code IN $pcdsl01
      AND EXISTS {
        MATCH (n0)-[:ADDRESSES]->(n2:Theme) WHERE n2.id IN $pcdsl02
        RETURN n2
      }
      AND NOT (EXISTS {
        MATCH (n0)-[:ADDRESSES]->(n3:Theme) WHERE n3.id IN $pcdsl03
        RETURN n3
      })
      AND COUNT {
        MATCH (n0)-[:ADDRESSES]->(n4:Theme) WHERE n4.id IN $pcdsl04
        WITH DISTINCT n4
        RETURN n4
      } = $pcdsl05
      AND EXISTS {
        MATCH (n0)-[:AIMS_AT]->(n5:TargetGroup) WHERE n5.id IN $pcdsl06
        RETURN n5
      }
      AND EXISTS {
        MATCH (n0)<-[:RUNS]-(n6:Municipality) WHERE n6.code IN $pcdsl01
        RETURN n6
      }
      AND EXISTS {
        MATCH (n0)<-[:COVERS]-(n8:Session)-[:PART_OF]->(n7:Seminar) WHERE n7.id IN $pcdsl07
        RETURN n7
      }
      AND EXISTS {
        MATCH (n0)<-[:COVERS]-(n10:Session)<-[:PRESENTS]-(n11:Speaker)-[:WORKS_FOR]->(n9:Organisation) WHERE n9.id IN $pcdsl08
        RETURN n9
      }
      AND n0.kind IN $pcdsl09
      AND n0.status IN $pcdsl10
      AND n0.evidenceLevel IN $pcdsl11
      AND n0.startedOn >= $pcdsl12
      AND n0.startedOn <= $pcdsl13
      AND EXISTS {
        MATCH (n0)<-[:RUNS]-(n12:Municipality) WHERE n12.province IN $pcdsl14
        RETURN n12
      })
    WITH DISTINCT n0
    RETURN n0
  }
} AS result

// parameters
$pcdsl01 = ["GM0935"] :: List<String>
$pcdsl02 = ["ondermijning","preventie"] :: List<String>
$pcdsl03 = ["jeugdoverlast"] :: List<String>
$pcdsl04 = ["ondermijning"] :: List<String>
$pcdsl05 = 1 :: Integer
$pcdsl06 = ["kinderen"] :: List<String>
$pcdsl07 = ["seminar-de-veilige-gemeente-2021"] :: List<String>
$pcdsl08 = ["ront-management-consultants"] :: List<String>
$pcdsl09 = ["FAMILY_ORIENTED","PERSON_ORIENTED"] :: List<String>
$pcdsl10 = ["ACTIVE"] :: List<String>
$pcdsl11 = ["NOT_ASSESSED"] :: List<String>
$pcdsl12 = "2020-01-01" :: LocalDate
$pcdsl13 = "2021-12-31" :: LocalDate
$pcdsl14 = ["Limburg"] :: List<String>
$pcdsl15 = 11 :: Integer
