// The speakers and organisations whose names an imported programme's names are matched to.
RETURN {
  speakers: COLLECT { MATCH (s:Speaker) RETURN {id: s.id, name: s.name} },
  organisations: COLLECT { MATCH (o:Organisation) RETURN {id: o.id, name: o.name} }
}
