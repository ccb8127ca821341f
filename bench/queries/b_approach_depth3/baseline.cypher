MATCH (a:Approach {id: $id}) WHERE a.retractedAt IS NULL
RETURN a {
  .id, .title, .summary, .status, .kind,
  municipality: COLLECT { MATCH (m:Municipality)-[:RUNS]->(a) RETURN m { .code, .name } LIMIT 1 }[0],
  themes: COLLECT { MATCH (a)-[:ADDRESSES]->(t:Theme) WITH t ORDER BY t.name, t.id LIMIT 20 RETURN t { .id, .name } },
  sessions: COLLECT {
    MATCH (s:Session)-[:COVERS]->(a)
    WITH s ORDER BY s.title, s.id LIMIT 20
    RETURN s {
      .id, .title,
      seminar: COLLECT { MATCH (s)-[:PART_OF]->(x:Seminar) RETURN x { .id, .title, .date } LIMIT 1 }[0],
      speakers: COLLECT { MATCH (p:Speaker)-[:PRESENTS]->(s) WITH p ORDER BY p.name, p.id LIMIT 20 RETURN p { .id, .name, .role } }
    }
  }
} AS approach
