MATCH (p:Speaker) WHERE p.name IS NOT NULL
WITH p ORDER BY p.name, p.id LIMIT 50
RETURN p {
  .id, .name, .role,
  organisation: COLLECT { MATCH (p)-[:WORKS_FOR]->(o:Organisation) RETURN o { .id, .name } LIMIT 1 }[0],
  sessions: COLLECT { MATCH (p)-[:PRESENTS]->(s:Session) WITH s ORDER BY s.title, s.id LIMIT 20 RETURN s { .id, .title } }
} AS speaker
