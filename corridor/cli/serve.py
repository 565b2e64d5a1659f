"""`corridor serve`: the status page and JSON summary over HTTP."""

from __future__ import annotations

import click

from corridor.cli.common import Env, pass_env
from corridor.web.minimal import serve as make_server


@click.command()
@click.option("--host", default=None, help="Address to bind (default 127.0.0.1).")
@click.option("--port", type=click.IntRange(0, 65535), default=None, help="Port (default 8000).")
@pass_env
def serve(env: Env, host: str | None, port: int | None) -> None:
    """Serve the operation's status page (/) and JSON summary (/api/summary)."""
    server = make_server(
        env.store(),
        env.op(),
        host or env.settings.host,
        env.settings.port if port is None else port,
    )
    bound_host, bound_port = str(server.server_address[0]), int(server.server_address[1])
    click.echo(f"Corridor serving {env.op()} on http://{bound_host}:{bound_port}/ (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


COMMANDS = [serve]
