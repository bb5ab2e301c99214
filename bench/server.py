"""The benchmark's services: a fresh PostgreSQL database, a Redis database, gunicorn, wrk.

Every process the benchmark starts is started here and stopped by its own id.
"""

import http.client
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var" / "bench"
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
LUA_SCRIPT = Path(__file__).with_name("report.lua")


class BenchError(RuntimeError):
    """The benchmark could not run as configured (a service is missing, a page fails)."""


def django_environment(config):
    """The environment of every Django process of the run: production settings, own services.

    The secret key is new for each run; the connection lifetime is the one deployment.md
    recommends. Only the host the server is bound to is allowed.
    """
    env = dict(os.environ)
    for name in ("DEBUG", "PAGE_CACHE", "LOG_LEVEL", "SECURE_SSL_REDIRECT", "ELASTICSEARCH_URL"):
        env.pop(name, None)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=config.database_url,
        DB_CONN_MAX_AGE="60",
        REDIS_URL=config.redis_url,
        # No task worker runs beside the benchmark: load_demo's index updates run as it saves.
        TASKS_BACKEND="immediate",
        MEDIA_ROOT=str(VAR / "media"),
        STATIC_ROOT=str(VAR / "static"),
        PYTHONUNBUFFERED="1",
    )
    return env


def require_commands(*names):
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        raise BenchError(f"Missing commands: {', '.join(missing)} (make bench installs wrk).")


def recreate_database(database_url):
    """Drop the benchmark's database and create it empty (trust authentication)."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    if not name or parts.scheme not in {"postgres", "postgresql"}:
        raise BenchError(f"BENCH_DATABASE_URL must name a PostgreSQL database: {database_url}")
    maintenance = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    try:
        connection = psycopg.connect(maintenance, autocommit=True)
    except psycopg.OperationalError as error:
        raise BenchError(f"PostgreSQL is not reachable at {maintenance}: {error}") from error
    with connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        connection.execute(
            sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
                sql.Identifier(name)
            )
        )


def analyze(database_url):
    """Gather the planner's statistics, as autovacuum would have on a database in service."""
    import psycopg

    with psycopg.connect(urlunsplit(urlsplit(database_url)._replace(scheme="postgresql"))) as db:
        db.execute("ANALYZE")


def flush_redis(redis_url):
    """Empty the run's Redis database (only that one: others may be in use)."""
    import redis

    try:
        redis.Redis.from_url(redis_url).flushdb()
    except redis.RedisError as error:
        raise BenchError(f"Redis is not reachable at {redis_url}: {error}") from error


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def run_module(env, module, *args):
    """`python -m module args` from the project's root, as manage() runs a command."""
    subprocess.run([PYTHON, "-m", module, *args], cwd=ROOT, env=env, check=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port, path, timeout=30):
    """(status, headers) of one GET, as wrk sends it: through the HTTPS-terminating proxy."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        response = connection.getresponse()
        response.read()
        return response.status, response.headers
    finally:
        connection.close()


class Gunicorn:
    """gunicorn serving config.wsgi with the run's environment, as a context manager."""

    def __init__(self, config, env, page_cache):
        self.config = config
        self.env = dict(env, PAGE_CACHE="1" if page_cache else "0")
        self.port = free_port()
        self.process = None

    def command(self):
        config = self.config
        command = [
            GUNICORN,
            "config.wsgi:application",
            f"--bind=127.0.0.1:{self.port}",
            f"--workers={config.workers}",
            f"--worker-class={config.worker_class}",
            "--timeout=60",
        ]
        if config.worker_class == "gthread":
            command.append(f"--threads={config.gunicorn_threads}")
        return command

    def __enter__(self):
        VAR.mkdir(parents=True, exist_ok=True)
        self.log = open(VAR / "gunicorn.log", "a")  # noqa: SIM115 closed in __exit__
        self.process = subprocess.Popen(
            self.command(), cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT
        )
        self._wait_until_ready()
        return self

    def _wait_until_ready(self, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"gunicorn exited; see {VAR / 'gunicorn.log'}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise BenchError(f"gunicorn did not listen on port {self.port} within {seconds} s")

    def cpu_seconds(self):
        """CPU time used so far by the workers (user and system), from /proc (Linux)."""
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in _children(self.process.pid):
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # a worker that just exited
            total += int(fields[11]) + int(fields[12])  # utime and stime, in clock ticks
        return total / ticks

    def __exit__(self, *exc_info):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def _children(pid):
    children = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        children.update(int(child) for child in task.read_text().split())
    return children


def run_wrk(config, port, path):
    """wrk's output for one URL, with the Lua script that prints the percentiles as JSON."""
    command = [
        "wrk",
        f"--threads={config.threads}",
        f"--connections={config.connections}",
        f"--duration={config.duration}s",
        "--timeout=10s",
        "--latency",
        f"--script={LUA_SCRIPT}",
        "--header=X-Forwarded-Proto: https",
        f"http://127.0.0.1:{port}{path}",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BenchError(f"wrk failed on {path}:\n{result.stdout}{result.stderr}")
    return result.stdout
