-- Where a site is (issue 13): the p-code of its administrative area with the level, and its
-- coordinates as decimal-degree text, for the HXL export. Derived state only: a rebuild fills it.
-- corridor: rebuild derived state
ALTER TABLE sites ADD COLUMN pcode TEXT;
ALTER TABLE sites ADD COLUMN adm_level INTEGER;
ALTER TABLE sites ADD COLUMN lat TEXT;
ALTER TABLE sites ADD COLUMN lon TEXT;
