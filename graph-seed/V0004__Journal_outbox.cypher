// A mutation writes its journal entry as a JournalEntry node in its own transaction (an outbox);
// after the commit the entry is copied to PostgreSQL and the node deleted.
CREATE CONSTRAINT journal_entry_id IF NOT EXISTS FOR (n:JournalEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX journal_entry_at IF NOT EXISTS FOR (n:JournalEntry) ON (n.at);
