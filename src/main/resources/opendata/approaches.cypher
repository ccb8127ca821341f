// Every approach that is not retracted, with its public fields only, in the order of its id.
MATCH (a:Approach)
WHERE a.id IS NOT NULL AND a.retractedAt IS NULL
OPTIONAL MATCH (m:Municipality)-[:RUNS]->(a)
RETURN {
  id: a.id, title: a.title, summary: a.summary, results: a.results, kind: a.kind, status: a.status,
  startedOn: a.startedOn, evidenceLevel: a.evidenceLevel, contactRole: a.contactRole,
  municipalityCode: m.code, municipalityName: m.name, province: m.province,
  themes: COLLECT { MATCH (a)-[:ADDRESSES]->(t:Theme) RETURN t.id ORDER BY t.id },
  targetGroups: COLLECT { MATCH (a)-[:AIMS_AT]->(g:TargetGroup) RETURN g.id ORDER BY g.id },
  areas: COLLECT { MATCH (a)-[:TARGETS_AREA]->(r:Area) RETURN r.id ORDER BY r.id },
  version: a.version, createdAt: a.createdAt, updatedAt: a.updatedAt
}
ORDER BY a.id
