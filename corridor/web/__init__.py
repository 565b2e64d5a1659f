"""Web edge: server-rendered pages and the JSON API (create_app in app.py, routes in routes.py)."""
