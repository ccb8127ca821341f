// What identifies a version of the export: every write through the API sets updatedAt on what it
// changes (an approach, retracted ones included, or a municipality); counts catch nodes removed.
OPTIONAL MATCH (a:Approach)
WITH count(a) AS approaches, count(a.retractedAt) AS retracted, max(a.updatedAt) AS approachesChanged
OPTIONAL MATCH (m:Municipality)
WITH approaches, retracted, approachesChanged, count(m) AS municipalities, max(m.updatedAt) AS municipalitiesChanged
RETURN {approaches: approaches, retracted: retracted, approachesChanged: approachesChanged,
        municipalities: municipalities, municipalitiesChanged: municipalitiesChanged}
