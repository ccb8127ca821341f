MATCH (:Theme {id: $theme})<-[:ADDRESSES]-(a:Approach)<-[:RUNS]-(m:Municipality {province: $province})
WHERE a.retractedAt IS NULL
WITH DISTINCT a, m ORDER BY a.startedOn DESC, a.id DESC LIMIT 50
RETURN a { .id, .title, .startedOn, .status, municipality: m { .code, .name } } AS approach
