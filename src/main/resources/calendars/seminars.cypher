// The seminars of a calendar: one by id ($id), or all from $from on ($id null), the earliest first,
// each with its sessions that have a start time (startsAt; endsAt and room when known).
MATCH (s:Seminar)
WHERE CASE WHEN $id IS NULL THEN s.date >= $from ELSE s.id = $id END
RETURN {
  id: s.id, title: s.title, date: s.date, description: s.description, url: s.url, updatedAt: s.updatedAt,
  sessions: COLLECT {
    MATCH (session:Session)-[:PART_OF]->(s)
    WHERE session.startsAt IS NOT NULL
    RETURN {id: session.id, title: session.title, abstract: session.abstract, startsAt: session.startsAt,
            endsAt: session.endsAt, room: session.room, updatedAt: session.updatedAt}
    ORDER BY session.startsAt, session.id
  }
}
ORDER BY s.date, s.id
