MATCH (n0:Approach {
  id: $key
})
WHERE n0.retractedAt IS NULL
RETURN [n0.id, n0.title] AS result

// parameters
$key = "aanpak-criminele-families-maastricht" :: String
