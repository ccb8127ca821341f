// Range indexes behind the default orderings and the filters of the list fields.
CREATE INDEX municipality_name IF NOT EXISTS FOR (n:Municipality) ON (n.name);
CREATE INDEX municipality_province IF NOT EXISTS FOR (n:Municipality) ON (n.province);
CREATE INDEX area_name IF NOT EXISTS FOR (n:Area) ON (n.name);
CREATE INDEX approach_title IF NOT EXISTS FOR (n:Approach) ON (n.title);
CREATE INDEX approach_started_on IF NOT EXISTS FOR (n:Approach) ON (n.startedOn);
CREATE INDEX approach_updated_at IF NOT EXISTS FOR (n:Approach) ON (n.updatedAt);
CREATE INDEX theme_name IF NOT EXISTS FOR (n:Theme) ON (n.name);
CREATE INDEX target_group_name IF NOT EXISTS FOR (n:TargetGroup) ON (n.name);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX speaker_name IF NOT EXISTS FOR (n:Speaker) ON (n.name);
CREATE INDEX seminar_date IF NOT EXISTS FOR (n:Seminar) ON (n.date);
CREATE INDEX session_title IF NOT EXISTS FOR (n:Session) ON (n.title);
CREATE INDEX practice_title IF NOT EXISTS FOR (n:Practice) ON (n.title);
CREATE INDEX source_published_on IF NOT EXISTS FOR (n:Source) ON (n.publishedOn);
