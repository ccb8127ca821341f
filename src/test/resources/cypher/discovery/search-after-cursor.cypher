CALL db.index.fulltext.queryNodes('discovery_text', $pcdsl01) YIELD node, score
WHERE node.retractedAt IS NULL WITH node, score ORDER BY score DESC
WITH collect( {
  node: node,
  score: score
}) AS hits
WITH hits, COLLECT {
  UNWIND hits AS entry
  WITH entry, entry.node AS hit
  WHERE ((entry.score < $pcdsl02
      OR (entry.score = $pcdsl02
        AND CASE WHEN hit:Approach THEN 'Approach' WHEN hit:Practice THEN 'Practice' WHEN hit:Session THEN 'Session' WHEN hit:Seminar THEN 'Seminar' WHEN hit:Theme THEN 'Theme' WHEN hit:TargetGroup THEN 'TargetGroup' WHEN hit:Municipality THEN 'Municipality' WHEN hit:Area THEN 'Area' WHEN hit:Organisation THEN 'Organisation' WHEN hit:Speaker THEN 'Speaker' END > $pcdsl03))
    OR (entry.score = $pcdsl02
      AND CASE WHEN hit:Approach THEN 'Approach' WHEN hit:Practice THEN 'Practice' WHEN hit:Session THEN 'Session' WHEN hit:Seminar THEN 'Seminar' WHEN hit:Theme THEN 'Theme' WHEN hit:TargetGroup THEN 'TargetGroup' WHEN hit:Municipality THEN 'Municipality' WHEN hit:Area THEN 'Area' WHEN hit:Organisation THEN 'Organisation' WHEN hit:Speaker THEN 'Speaker' END = $pcdsl03
      AND CASE WHEN hit:Approach THEN hit.id WHEN hit:Practice THEN hit.id WHEN hit:Session THEN hit.id WHEN hit:Seminar THEN hit.id WHEN hit:Theme THEN hit.id WHEN hit:TargetGroup THEN hit.id WHEN hit:Municipality THEN hit.code WHEN hit:Area THEN hit.id WHEN hit:Organisation THEN hit.id WHEN hit:Speaker THEN hit.id END > $pcdsl04))
  RETURN entry
} AS after
WITH hits, after, CASE WHEN size(after) >= $pcdsl05 THEN after[($pcdsl05 - 1)].score ELSE -1.0 END AS cut
RETURN {
  rows: COLLECT {
    UNWIND [entry IN after WHERE entry.score >= cut] AS entry
    WITH entry.node AS hit, entry.score AS score
    WITH hit, score, CASE WHEN hit:Approach THEN 'Approach' WHEN hit:Practice THEN 'Practice' WHEN hit:Session THEN 'Session' WHEN hit:Seminar THEN 'Seminar' WHEN hit:Theme THEN 'Theme' WHEN hit:TargetGroup THEN 'TargetGroup' WHEN hit:Municipality THEN 'Municipality' WHEN hit:Area THEN 'Area' WHEN hit:Organisation THEN 'Organisation' WHEN hit:Speaker THEN 'Speaker' END AS type, CASE WHEN hit:Approach THEN hit.id WHEN hit:Practice THEN hit.id WHEN hit:Session THEN hit.id WHEN hit:Seminar THEN hit.id WHEN hit:Theme THEN hit.id WHEN hit:TargetGroup THEN hit.id WHEN hit:Municipality THEN hit.code WHEN hit:Area THEN hit.id WHEN hit:Organisation THEN hit.id WHEN hit:Speaker THEN hit.id END AS key ORDER BY score DESC, type ASC, key ASC LIMIT $pcdsl05
    RETURN {
      score: score,
      type: CASE WHEN hit:Approach THEN 'APPROACH' WHEN hit:Practice THEN 'PRACTICE' WHEN hit:Session THEN 'SESSION' WHEN hit:Seminar THEN 'SEMINAR' WHEN hit:Theme THEN 'THEME' WHEN hit:TargetGroup THEN 'TARGET_GROUP' WHEN hit:Municipality THEN 'MUNICIPALITY' WHEN hit:Area THEN 'AREA' WHEN hit:Organisation THEN 'ORGANISATION' WHEN hit:Speaker THEN 'SPEAKER' END,
      item: CASE WHEN hit:Approach THEN {
        type: 'Approach',
        fields: {
          id: hit.id,
          title: hit.title
        }
      } WHEN hit:Practice THEN {
        type: 'Practice',
        fields: {
          id: hit.id
        }
      } WHEN hit:Session THEN {
        type: 'Session',
        fields: {
          id: hit.id
        }
      } WHEN hit:Seminar THEN {
        type: 'Seminar',
        fields: {
          id: hit.id
        }
      } WHEN hit:Theme THEN {
        type: 'Theme',
        fields: {
          id: hit.id
        }
      } WHEN hit:TargetGroup THEN {
        type: 'TargetGroup',
        fields: {
          id: hit.id
        }
      } WHEN hit:Municipality THEN {
        type: 'Municipality',
        fields: {
          code: hit.code
        }
      } WHEN hit:Area THEN {
        type: 'Area',
        fields: {
          id: hit.id
        }
      } WHEN hit:Organisation THEN {
        type: 'Organisation',
        fields: {
          id: hit.id
        }
      } WHEN hit:Speaker THEN {
        type: 'Speaker',
        fields: {
          id: hit.id
        }
      } END,
      _sort: [score, type, key],
      texts: {
        title: hit.title,
        name: hit.name,
        summary: hit.summary,
        abstract: hit.abstract,
        description: hit.description,
        results: hit.results,
        lessons: hit.lessons
      }
    }
  },
  totalCount: size(hits),
  otherSide: size(hits) > size(after)
} AS result

// parameters
$pcdsl01 = "(ondermijning ondermijning~1)" :: String
$pcdsl02 = 1.5 :: Double
$pcdsl03 = "Approach" :: String
$pcdsl04 = "aanpak-x" :: String
$pcdsl05 = 4 :: Integer
