"""Run deploy/nginx.conf as a foreground nginx on a loopback port, owned by the caller (tests and bench)."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def local_config(site: str, port: int, workdir: str) -> str:
    """deploy/nginx.conf with paths and port moved into `workdir`; everything else as deployed."""
    with open(os.path.join(ROOT, "deploy", "nginx.conf"), encoding="utf-8") as fh:
        conf = fh.read()
    conf = conf.replace("/srv/avhoppare/site", site)
    conf = re.sub(r"^user .*?;", "user root;" if os.geteuid() == 0 else "", conf, flags=re.M)
    conf = re.sub(r"^pid .*?;", f"pid {workdir}/nginx.pid;", conf, flags=re.M)
    conf = re.sub(r"^error_log .*?;", f"error_log {workdir}/error.log warn;", conf, flags=re.M)
    conf = conf.replace("access_log /var/log/nginx/access.log privacy;", f"access_log {workdir}/access.log privacy;")
    conf = conf.replace("listen 8080;", f"listen 127.0.0.1:{port};")
    temp = "".join(f"    {name}_temp_path {workdir}/{name};\n" for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    conf = conf.replace("http {\n", "http {\n" + temp, 1)
    path = os.path.join(workdir, "nginx.conf")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(conf)
    return path


class Nginx:
    def __init__(self, site: str, workdir: str):
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        if not os.path.exists(binary):
            raise RuntimeError("nginx is not installed: `make test` and `make bench` install it")
        self.workdir = workdir
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        conf = local_config(site, self.port, workdir)
        self.proc = subprocess.Popen([binary, "-e", f"{workdir}/error.log", "-c", conf, "-g", "daemon off;"],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        for _ in range(200):
            try:
                urllib.request.urlopen(self.base + "/", timeout=1)
                return
            except (urllib.error.URLError, ConnectionError):
                if self.proc.poll() is not None:
                    raise RuntimeError(self.proc.stdout.read().decode())
                time.sleep(0.05)
        raise RuntimeError("nginx did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
