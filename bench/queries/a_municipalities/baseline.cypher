MATCH (m:Municipality) WHERE m.province = $province
WITH m ORDER BY m.name, m.code LIMIT 20
RETURN m {
  .code, .name, .province,
  approaches: COLLECT {
    MATCH (m)-[:RUNS]->(a:Approach) WHERE a.retractedAt IS NULL
    WITH a ORDER BY a.title, a.id LIMIT 100
    RETURN a {
      .id, .title, .status,
      themes: COLLECT { MATCH (a)-[:ADDRESSES]->(t:Theme) WITH t ORDER BY t.name, t.id LIMIT 20 RETURN t { .id, .name } }
    }
  }
} AS municipality
