#!/usr/bin/env python3
"""Runs newman's own integration cases (../shared/conformance/newman) with Courier against the
bundled test server and compares assertions with cases.json. Prints 'N passed, N failed'.

    scripts/conformance.py [--bin .build/debug] [--only name,name] [-q] [-v]

The cases run unmodified, from the corpus folder, as newman runs them. Their hosts reach the test
server through --connect-to (curl's CONNECT_TO): postman-echo.com and httpbin.org on 443 go to its
TLS port (certificates from a throwaway CA, trusted with --ssl-extra-ca-certs), expired.badssl.com
to a TLS port with an expired certificate, postman-echo.com, google.com and github.com on 80 to its
plain port, and localhost:4041 / localhost:4042 to the raw-echo and redirect servers. TLS needs socat.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "conformance", "newman"))

# What courier-testserver prints, by line prefix, and the name the harness gives each value.
SERVER_LINES = {
    "listening on ": "http", "raw echo listening on ": "raw", "redirect server listening on ": "redirect",
    "tls listening on ": "tls", "tls expired listening on ": "expired", "ca certificate ": "ca",
}


def start_server(binary):
    """Starts courier-testserver with every listener; returns the process and {name: port or path}."""
    process = subprocess.Popen(
        [os.path.join(binary, "courier-testserver"), "--port", "0", "--raw-echo-port", "0", "--redirect-port", "0",
         "--tls-port", "0", "--tls-expired-port", "0"],
        stdout=subprocess.PIPE, text=True)
    found = {}
    while len(found) < len(SERVER_LINES):
        line = process.stdout.readline()
        if not line:
            process.wait()
            raise RuntimeError(f"courier-testserver exited ({process.returncode}) before printing its listeners")
        for prefix, name in SERVER_LINES.items():
            if line.startswith(prefix):
                value = line[len(prefix):].strip()
                found[name] = value if name == "ca" else int(value.rsplit(":", 1)[1])
    return process, found


def connect_to_mappings(server):
    """The --connect-to mappings that send every host of the cases to the test server."""
    loopback = "127.0.0.1"
    targets = {
        "postman-echo.com:443": server["tls"], "httpbin.org:443": server["tls"],
        "expired.badssl.com:443": server["expired"],
        "postman-echo.com:80": server["http"], "google.com:80": server["http"], "github.com:80": server["http"],
        "localhost:4041": server["raw"], "127.0.0.1:4041": server["raw"], "127.1:4041": server["raw"],
        "localhost:4042": server["redirect"], "127.0.0.1:4042": server["redirect"],
    }
    return [f"{source}:{loopback}:{port}" for source, port in targets.items()]


def run_case(case, binary, server, workdir, verbose):
    arguments = [os.path.join(binary, "courier"), "run"]
    for key, flag in (("collection", None), ("environment", "-e"), ("globals", "-g"), ("iterationData", "-d")):
        path = case.get(key)
        if path:
            arguments += ([flag] if flag else []) + [path]
    options = case.get("runOptions") or {}
    if options.get("ignoreRedirects"):
        arguments.append("--ignore-redirects")
    if options.get("insecure"):
        arguments.append("-k")
    for key, flag in (("timeout", "--timeout"), ("timeoutRequest", "--timeout-request"), ("timeoutScript", "--timeout-script")):
        if key in options:
            arguments += [flag, str(options[key])]
    for mapping in connect_to_mappings(server):
        arguments += ["--connect-to", mapping]
    arguments += ["--ssl-extra-ca-certs", server["ca"]]
    report = os.path.join(workdir, "report.json")
    arguments += ["-r", "cli,json", "--reporter-json-export", report, "--color", "off"]
    completed = subprocess.run(arguments, capture_output=True, text=True, cwd=CORPUS, timeout=120)
    if not os.path.exists(report):
        return False, f"no report (exit {completed.returncode}): {completed.stderr.strip()[:300]}"
    with open(report) as f:
        run = json.load(f)["run"]
    actual = []
    problems = []
    for execution in run["executions"]:
        for assertion in execution.get("assertions", []):
            actual.append((execution["cursor"]["iteration"], execution["item"].get("name"), assertion["assertion"],
                           bool(assertion.get("skipped")), assertion.get("error")))
        if execution.get("requestError"):
            problems.append(f"request error in {execution['item'].get('name')!r}: {execution['requestError'].get('message')}")
        for key in ("testScript", "prerequestScript"):
            for script in execution.get(key) or []:
                if script.get("error"):
                    problems.append(f"{key} error in {execution['item'].get('name')!r}: {script['error'].get('message')}")
    expected = case["assertions"]
    for index, want in enumerate(expected):
        if index >= len(actual):
            problems.append(f"missing assertion {want.get('name') or want.get('namePrefix')!r}")
            break
        iteration, item, name, skipped, error = actual[index]
        wanted_name = want.get("name")
        name_ok = name == wanted_name if wanted_name is not None else name.startswith(want.get("namePrefix", ""))
        if not name_ok or iteration != want["iteration"] or bool(want.get("skipped")) != skipped:
            problems.append(f"assertion {index}: got {name!r} (iteration {iteration}), expected {wanted_name or want.get('namePrefix')!r}")
            break
        if error and not skipped:
            problems.append(f"assertion {name!r} failed: {error.get('message')}")
    if len(actual) > len(expected):
        problems.append(f"{len(actual) - len(expected)} unexpected extra assertions")
    if run.get("error"):
        problems.append(f"run error: {run['error']}")
    if verbose and problems:
        print(completed.stdout[-3000:])
    return not problems, "; ".join(problems[:4])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug"))
    parser.add_argument("--only", default="")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only failures and the closing line")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    args.bin = os.path.abspath(args.bin)
    if not os.path.isdir(CORPUS):
        print(f"conformance: corpus not found at {CORPUS}; skipped")
        return 0
    with open(os.path.join(CORPUS, "cases.json")) as f:
        cases = json.load(f)["cases"]
    only = set(filter(None, args.only.split(",")))
    server, listeners = start_server(args.bin)
    passed = failed = 0
    try:
        for case in cases:
            name = case["name"]
            if only and name not in only:
                continue
            workdir = tempfile.mkdtemp(prefix=f"courier-{name}-")
            try:
                ok, detail = run_case(case, args.bin, listeners, workdir, args.verbose)
            except subprocess.TimeoutExpired:
                ok, detail = False, "timed out"
            finally:
                shutil.rmtree(workdir, ignore_errors=True)
            if ok:
                passed += 1
                if not args.quiet:
                    print(f"pass  {name}")
            else:
                failed += 1
                print(f"FAIL  {name}: {detail}")
    finally:
        server.terminate()
        server.wait()
    print(f"conformance: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
