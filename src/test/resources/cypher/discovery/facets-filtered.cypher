MATCH (n0:Approach)-[:ADDRESSES]->(n4:Theme)
WHERE (n0.retractedAt IS NULL
  AND n4.id IN $pcdsl01
  AND n0.status IN $pcdsl02)
WITH collect(DISTINCT n0) AS matched
CALL (matched) {
  UNWIND matched AS row
  MATCH (row)-[:ADDRESSES]->(n1:Theme)
  WITH n1, count(*) AS count
  WITH n1.id AS value, n1.name AS label, count
  WHERE value IS NOT NULL
  WITH value, label, count ORDER BY count DESC, label
  RETURN collect( {
    value: value,
    label: label,
    count: count
  }) AS themes
}
CALL (matched) {
  UNWIND matched AS row
  MATCH (row)-[:AIMS_AT]->(n2:TargetGroup)
  WITH n2, count(*) AS count
  WITH n2.id AS value, n2.name AS label, count
  WHERE value IS NOT NULL
  WITH value, label, count ORDER BY count DESC, label
  RETURN collect( {
    value: value,
    label: label,
    count: count
  }) AS targetGroups
}
CALL (matched) {
  UNWIND matched AS row
  MATCH (row)<-[:RUNS]-(n3:Municipality)
  WITH n3.province AS value, n3.province AS label, count(*) AS count
  WHERE value IS NOT NULL
  WITH value, label, count ORDER BY count DESC, label
  RETURN collect( {
    value: value,
    label: label,
    count: count
  }) AS provinces
}
CALL (matched) {
  UNWIND matched AS row
  WITH row.kind AS value, row.kind AS label, count(*) AS count
  WHERE value IS NOT NULL
  WITH value, label, count ORDER BY count DESC, label
  RETURN collect( {
    value: value,
    label: label,
    count: count
  }) AS kinds
}
CALL (matched) {
  UNWIND matched AS row
  WITH row.status AS value, row.status AS label, count(*) AS count
  WHERE value IS NOT NULL
  WITH value, label, count ORDER BY count DESC, label
  RETURN collect( {
    value: value,
    label: label,
    count: count
  }) AS statuses
}
CALL (matched) {
  UNWIND matched AS row
  WITH row.evidenceLevel AS value, row.evidenceLevel AS label, count(*) AS count
  WHERE value IS NOT NULL
  WITH value, label, count ORDER BY count DESC, label
  RETURN collect( {
    value: value,
    label: label,
    count: count
  }) AS evidenceLevels
}
RETURN {
  totalCount: size(matched),
  themes: themes,
  targetGroups: targetGroups,
  provinces: provinces,
  kinds: kinds,
  statuses: statuses,
  evidenceLevels: evidenceLevels
} AS result

// parameters
$pcdsl01 = ["ondermijning"] :: List<String>
$pcdsl02 = ["ACTIVE"] :: List<String>
