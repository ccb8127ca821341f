MATCH (n0:Approach {
  id: $key
})
WHERE n0.retractedAt IS NULL
RETURN [n0.id, n0.title, n0.status, n0.startedOn] AS result

// parameters
$key = "aanpak-criminele-families-maastricht" :: String
