// The path search of discovery/Connections, written out.
MATCH (from:Municipality {code: $from}), (to:Municipality {code: $to})
MATCH path = ALL SHORTEST (from) ((step)-[:ADDRESSES|COVERS|DERIVED_FROM|PART_OF|PRESENTS|RUNS|SHARED_AT|SHARED_BY]-(next:Municipality|Approach|Theme|Practice|Session|Speaker|Seminar WHERE next.retractedAt IS NULL)){1,6} (to)
WITH path, size([x IN nodes(path) WHERE x:Theme]) AS themeCount, [x IN nodes(path) | coalesce(x.code, x.id)] AS keyList
ORDER BY themeCount, keyList
LIMIT 1
WITH path, nodes(path) AS ns, relationships(path) AS rs
RETURN {
  length: size(rs),
  steps: [i IN range(0, size(rs)) | {
    node: {code: ns[i].code, id: ns[i].id, name: ns[i].name, title: ns[i].title},
    type: labels(ns[i])[0],
    via: CASE WHEN i = 0 THEN null ELSE type(rs[i - 1]) END
  }]
} AS connection
