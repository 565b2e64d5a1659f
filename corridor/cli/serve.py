"""`corridor serve`: the web interface and JSON API over HTTP (uvicorn)."""

from __future__ import annotations

import click

from corridor.cli.common import Env, pass_env


@click.command()
@click.option("--host", default=None, help="Address to bind (default 127.0.0.1).")
@click.option("--port", type=click.IntRange(0, 65535), default=None, help="Port (default 8000).")
@pass_env
def serve(env: Env, host: str | None, port: int | None) -> None:
    """Serve the web interface (/) and the JSON API (/api/..., /openapi.json)."""
    import uvicorn

    from corridor.web.app import create_app

    app = create_app(env.settings, env.store(), env.clock)
    bound = host or env.settings.host
    chosen = env.settings.port if port is None else port
    click.echo(f"Corridor serving {env.op()} on http://{bound}:{chosen}/ (Ctrl-C to stop)")
    uvicorn.run(app, host=bound, port=chosen, log_level="warning")


COMMANDS = [serve]
