// What publishApproach writes, in one write transaction: the approach (id from its title), its
// municipality, themes and target groups, and the journal's outbox entry (a complete JournalEntry).
MATCH (m:Municipality {code: $input.municipalityCode})
CREATE (m)-[:RUNS]->(a:Approach {
  id: toLower(replace($input.title, ' ', '-')), title: $input.title, summary: $input.summary,
  kind: $input.kind, status: $input.status, evidenceLevel: 'NOT_ASSESSED',
  version: 1, createdAt: datetime(), updatedAt: datetime()
})
WITH a
CALL (a) {
  UNWIND $input.themeIds AS themeId
  MATCH (t:Theme {id: themeId})
  CREATE (a)-[:ADDRESSES]->(t)
}
CALL (a) {
  UNWIND $input.targetGroupIds AS groupId
  MATCH (g:TargetGroup {id: groupId})
  CREATE (a)-[:AIMS_AT]->(g)
}
CREATE (e:JournalEntry {
  id: randomUUID(), at: datetime(), actorId: 'bench-baseline', actorName: 'Benchmark baseline',
  actorRole: 'PUBLISHER', mutation: 'publishApproach', action: 'CREATED', entityType: 'Approach',
  entityId: a.id, entityTitle: a.title, municipalityCode: $input.municipalityCode,
  versionAfter: 1, changedFields: ['title', 'summary', 'kind', 'status', 'themes', 'targetGroups']
})
RETURN a.id AS id, a.version AS version
