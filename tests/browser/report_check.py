"""Drives the HTML report in a real headless Chromium through chromedriver's
WebDriver protocol (plain HTTP, standard library only) and checks what a
reader would see: the page loads with no console error, shows every finding,
a click on a finding lights up its values in every version that states one,
the kind filter hides findings, a timeline date lights up its mentions, and
on a phone-sized window the versions stack.

Usage: report_check.py REPORT.html EXPECT.json [SCREENSHOT.png]
EXPECT.json: {"findings": N, "finding": "F1", "files": [paths whose
version must light up], "kind": "contradiction", "of_kind": M}.
Exit status 0 when every check passes; otherwise the failures on stderr.
"""

import base64
import json
import os
import pathlib
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# The machine has no network: nothing in Chromium may try to reach it.
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--window-size=1400,1000",
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Driver:
    """A WebDriver session: one method per endpoint the checks need."""

    def __init__(self, port, profile):
        self.base = f"http://127.0.0.1:{port}"
        caps = {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": ARGS + [f"--user-data-dir={profile}"],
            },
            "goog:loggingPrefs": {"browser": "ALL"},
        }
        value = self.call("POST", "/session", {"capabilities": {"alwaysMatch": caps}})
        self.session = f"/session/{value['sessionId']}"

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return json.load(resp)["value"]
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"{method} {path}: {e.read().decode(errors='replace')}") from e

    def s(self, method, path, body=None):
        return self.call(method, self.session + path, body)

    def script(self, source, *args):
        return self.s("POST", "/execute/sync", {"script": source, "args": list(args)})

    def click(self, css):
        el = self.s("POST", "/element", {"using": "css selector", "value": css})
        eid = next(iter(el.values()))
        self.s("POST", f"/element/{eid}/click", {})

    def severe_logs(self):
        logs = self.s("POST", "/se/log", {"type": "browser"})
        return [l["message"] for l in logs if l.get("level") == "SEVERE"]


def lit_versions(d, attr, fid):
    """The files whose version has a lit (`on`) mark of `fid`."""
    return d.script(
        "return Array.from(document.querySelectorAll('.version'))"
        ".filter(v => v.querySelector(`[data-${arguments[0]}~='${arguments[1]}'].on`))"
        ".map(v => v.dataset.file);",
        attr,
        fid,
    )


def check(d, report, expect, screenshot):
    failures = []
    d.s("POST", "/url", {"url": pathlib.Path(report).resolve().as_uri()})
    failures += [f"console error on load: {m}" for m in d.severe_logs()]

    shown = d.script(
        "return Array.from(document.querySelectorAll('.finding'))"
        ".filter(f => f.offsetParent !== null).length;"
    )
    if shown != expect["findings"]:
        failures.append(f"{shown} findings shown, expected {expect['findings']}")

    fid = expect["finding"]
    d.click(f"#{fid}")
    lit = lit_versions(d, "v", fid)
    if sorted(lit) != sorted(expect["files"]):
        failures.append(f"click on {fid} lit up the versions {lit}, expected {expect['files']}")
    if not d.script(f"return document.getElementById('{fid}').classList.contains('sel');"):
        failures.append(f"{fid} is not marked selected after the click")
    # Each lit version's text is scrolled so that its first lit mark shows.
    hidden = d.script(
        "return Array.from(document.querySelectorAll('.version .text')).filter(t => {"
        " const m = t.querySelector('.on'); if (!m) return false;"
        " const a = t.getBoundingClientRect(), b = m.getBoundingClientRect();"
        " return b.bottom < a.top || b.top > a.bottom; }).length;"
    )
    if hidden:
        failures.append(f"{hidden} version(s) left their lit mark scrolled out of view")
    if screenshot:
        png = base64.b64decode(d.s("GET", "/screenshot"))
        pathlib.Path(screenshot).write_bytes(png)

    tid = d.script("const t = document.querySelector('.timeline li[data-t]'); return t && t.dataset.t;")
    if tid:
        d.click(f".timeline li[data-t='{tid}']")
        if not lit_versions(d, "t", tid):
            failures.append(f"a click on timeline date {tid} lit up no mention")

    d.click(f"input[name='kind'][value='{expect['kind']}']")
    after = d.script(
        "return Array.from(document.querySelectorAll('.finding'))"
        ".filter(f => f.offsetParent !== null).length;"
    )
    if after != expect["findings"] - expect["of_kind"]:
        failures.append(
            f"unchecking {expect['kind']} left {after} findings shown, "
            f"expected {expect['findings'] - expect['of_kind']}"
        )

    # A phone: the versions stand one under the other.
    d.s("POST", "/window/rect", {"width": 400, "height": 800})
    boxes = d.script(
        "return Array.from(document.querySelectorAll('.story')[0].querySelectorAll('.version'))"
        ".map(v => { const r = v.getBoundingClientRect(); return [r.left, r.top, r.width]; });"
    )
    width = d.script("return document.documentElement.clientWidth;")
    stacked = all(b[1] > a[1] for a, b in zip(boxes, boxes[1:])) and all(
        abs(b[0] - boxes[0][0]) < 1 for b in boxes
    )
    if not stacked or any(b[2] > width for b in boxes):
        failures.append(f"at 400 px wide the versions do not stack: {boxes} in {width}")

    failures += [f"console error: {m}" for m in d.severe_logs()]
    return failures


def main():
    report, expect = sys.argv[1], json.loads(pathlib.Path(sys.argv[2]).read_text())
    screenshot = sys.argv[3] if len(sys.argv) > 3 else None
    port = free_port()
    driver = subprocess.Popen(
        [CHROMEDRIVER, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    d = None
    try:
        deadline = time.time() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=2):
                    break
            except OSError:
                if time.time() > deadline:
                    raise RuntimeError("chromedriver did not start within 30 s")
                time.sleep(0.1)
        with tempfile.TemporaryDirectory(prefix="claimdiff-chromium-") as profile:
            d = Driver(port, profile)
            try:
                failures = check(d, report, expect, screenshot)
            finally:
                d.s("DELETE", "")
    finally:
        driver.terminate()
        driver.wait(timeout=10)
    for f in failures:
        print(f, file=sys.stderr)
    print(json.dumps({"failures": len(failures)}))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
