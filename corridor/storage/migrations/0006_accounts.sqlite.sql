-- Web accounts, their sessions and API tokens, and failed logins (for rate limiting).
-- Secrets are never stored: passwords as argon2 hashes, session ids and tokens as SHA-256 digests.
CREATE TABLE accounts (
  username TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL,
  sites TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE sessions (
  digest TEXT PRIMARY KEY, username TEXT NOT NULL, csrf TEXT NOT NULL,
  created_at TEXT NOT NULL, expires_at TEXT NOT NULL
);
CREATE TABLE api_tokens (
  digest TEXT PRIMARY KEY, username TEXT NOT NULL, label TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE login_failures (subject TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX login_failures_subject ON login_failures (subject, at);
