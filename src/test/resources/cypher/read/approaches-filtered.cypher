RETURN {
  rows: COLLECT { MATCH (n0:Approach)<-[:RUNS]-(n5:Municipality) WHERE (n0.retractedAt IS NULL
      AND n5.code IN $pcdsl01
      AND EXISTS {
        MATCH (n0)<-[:COVERS]-(n7:Session)-[:PART_OF]->(n6:Seminar) WHERE n6.id IN $pcdsl02
        RETURN n6
      }
      AND EXISTS {
        MATCH (n0)-[:ADDRESSES]->(n8:Theme) WHERE n8.id IN $pcdsl03
        RETURN n8
      }
      AND NOT (EXISTS {
        MATCH (n0)-[:ADDRESSES]->(n9:Theme) WHERE n9.id IN $pcdsl04
        RETURN n9
      })
      AND COUNT {
        MATCH (n0)-[:ADDRESSES]->(n10:Theme) WHERE n10.id IN $pcdsl05
        WITH DISTINCT n10
        RETURN n10
      } = $pcdsl06
      AND EXISTS {
        MATCH (n0)<-[:RUNS]-(n11:Municipality) WHERE n11.province IN $pcdsl07
        RETURN n11
      }
      AND EXISTS {
        MATCH (n0)-[:AIMS_AT]->(n1:TargetGroup) WHERE n1.id IN $pcdsl08
        RETURN n1
      }
      AND EXISTS {
        MATCH (n0)<-[:COVERS]-(n3:Session)<-[:PRESENTS]-(n4:Speaker)-[:WORKS_FOR]->(n2:Organisation) WHERE n2.id IN $pcdsl09
        RETURN n2
      }
      AND n0.kind IN $pcdsl10
      AND n0.status IN $pcdsl11
      AND n0.evidenceLevel IN $pcdsl12
      AND n0.startedOn >= $pcdsl13
      AND n0.startedOn <= $pcdsl14)
    WITH DISTINCT n0 ORDER BY n0.title ASC, n0.id ASC LIMIT $pcdsl15
    RETURN [n0.id, n0.title]
  },
  totalCount: COUNT {
    MATCH (n0:Approach)<-[:RUNS]-(n5:Municipality) WHERE (n0.retractedAt IS NULL
      AND n5.code IN $pcdsl01
      AND EXISTS {
        MATCH (n0)<-[:COVERS]-(n7:Session)-[:PART_OF]->(n6:Seminar) WHERE n6.id IN $pcdsl02
        RETURN n6
      }
      AND EXISTS {
        MATCH (n0)-[:ADDRESSES]->(n8:Theme) WHERE n8.id IN $pcdsl03
        RETURN n8
      }
      AND NOT (EXISTS {
        MATCH (n0)-[:ADDRESSES]->(n9:Theme) WHERE n9.id IN $pcdsl04
        RETURN n9
      })
      AND COUNT {
        MATCH (n0)-[:ADDRESSES]->(n10:Theme) WHERE n10.id IN $pcdsl05
        WITH DISTINCT n10
        RETURN n10
      } = $pcdsl06
      AND EXISTS {
        MATCH (n0)<-[:RUNS]-(n11:Municipality) WHERE n11.province IN $pcdsl07
        RETURN n11
      }
      AND EXISTS {
        MATCH (n0)-[:AIMS_AT]->(n1:TargetGroup) WHERE n1.id IN $pcdsl08
        RETURN n1
      }
      AND EXISTS {
        MATCH (n0)<-[:COVERS]-(n3:Session)<-[:PRESENTS]-(n4:Speaker)-[:WORKS_FOR]->(n2:Organisation) WHERE n2.id IN $pcdsl09
        RETURN n2
      }
      AND n0.kind IN $pcdsl10
      AND n0.status IN $pcdsl11
      AND n0.evidenceLevel IN $pcdsl12
      AND n0.startedOn >= $pcdsl13
      AND n0.startedOn <= $pcdsl14)
    WITH DISTINCT n0
    RETURN n0
  }
} AS result

// parameters
$pcdsl01 = ["GM0935"] :: List<String>
$pcdsl02 = ["seminar-de-veilige-gemeente-2021"] :: List<String>
$pcdsl03 = ["ondermijning","preventie"] :: List<String>
$pcdsl04 = ["jeugdoverlast"] :: List<String>
$pcdsl05 = ["ondermijning"] :: List<String>
$pcdsl06 = 1 :: Integer
$pcdsl07 = ["Limburg"] :: List<String>
$pcdsl08 = ["kinderen"] :: List<String>
$pcdsl09 = ["ront-management-consultants"] :: List<String>
$pcdsl10 = ["FAMILY_ORIENTED","PERSON_ORIENTED"] :: List<String>
$pcdsl11 = ["ACTIVE"] :: List<String>
$pcdsl12 = ["NOT_ASSESSED"] :: List<String>
$pcdsl13 = "2020-01-01" :: LocalDate
$pcdsl14 = "2021-12-31" :: LocalDate
$pcdsl15 = 11 :: Integer
