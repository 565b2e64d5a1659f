"""Browser fixtures: reuse the seeded loopback server of the web tests."""

from tests.web.conftest import web  # noqa: F401  (the same seeded server)
