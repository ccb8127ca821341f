MATCH (:Theme {id: $theme})<-[:ADDRESSES]-(a:Approach)
WHERE a.retractedAt IS NULL
WITH collect(DISTINCT a) AS matched
RETURN size(matched) AS totalCount,
  COLLECT { UNWIND matched AS a MATCH (a)-[:ADDRESSES]->(t:Theme)
            WITH t, count(a) AS n ORDER BY n DESC, t.name RETURN {value: t.id, label: t.name, count: n} } AS themes,
  COLLECT { UNWIND matched AS a MATCH (a)-[:AIMS_AT]->(g:TargetGroup)
            WITH g, count(a) AS n ORDER BY n DESC, g.name RETURN {value: g.id, label: g.name, count: n} } AS targetGroups,
  COLLECT { UNWIND matched AS a MATCH (m:Municipality)-[:RUNS]->(a)
            WITH m.province AS p, count(a) AS n ORDER BY n DESC, p RETURN {value: p, count: n} } AS provinces,
  COLLECT { UNWIND matched AS a WITH a.kind AS k, count(*) AS n ORDER BY n DESC, k RETURN {value: k, count: n} } AS kinds,
  COLLECT { UNWIND matched AS a WITH a.status AS s, count(*) AS n ORDER BY n DESC, s RETURN {value: s, count: n} } AS statuses,
  COLLECT { UNWIND matched AS a WITH a.evidenceLevel AS e, count(*) AS n ORDER BY n DESC, e RETURN {value: e, count: n} } AS evidenceLevels
