-- An operation's time zone (issue 12): times are shown and days cut in it; stored times stay
-- UTC. Derived state only: a rebuild fills it from operation.defined / operation.time_zone_set.
-- corridor: rebuild derived state
ALTER TABLE operations ADD COLUMN time_zone TEXT;
