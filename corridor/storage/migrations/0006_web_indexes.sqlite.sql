-- Lookups the desks make on every write (token taken? household members? trip status?) and the
-- desk's latest registrations, which otherwise scan every person or trip of the operation.
CREATE INDEX persons_token ON persons (op, person_id);
CREATE INDEX persons_recent ON persons (op, site_id, registered_at);
CREATE INDEX persons_household ON persons (op, household_id) WHERE household_id IS NOT NULL;
CREATE INDEX trips_id ON trips (op, trip_id);
