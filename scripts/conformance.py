#!/usr/bin/env python3
"""Runs newman's own integration cases (../shared/conformance/newman) with Courier against the
bundled test server and compares assertions with cases.json. Prints 'N passed, N failed'.

    scripts/conformance.py [--bin .build/debug] [--only name,name] [--offline-safe] [-v]

Until the test server serves TLS, postman-echo's https URLs are rewritten to http in a copy of
each case's files (the host name stays; --connect-to sends the connection to the test server).
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

# Cases that need what later issues bring: sandbox libraries (require, lodash, CryptoJS, tv4,
# SugarJS), TLS-only behaviour, hawk/oauth1 signing, or hosts outside postman-echo.
NEEDS_LATER_WORK = {
    "crypto-md5": "CryptoJS", "dynamic-var-replacement": "lodash", "echo-v2": "SugarJS, oauth1",
    "hawk-auth-test": "hawk auth", "head-requests": "external hosts", "multi-value-data": "lodash",
    "oauth1-var-in-url-params": "oauth1 auth", "prototype-check": "SugarJS",
    "sandbox-libraries": "ajv", "set-next-request": "lodash, https URL compare",
    "super-sandbox-test": "lodash, CryptoJS, tv4, SugarJS", "tc4": "lodash",
    "v2-regression-tests": "TLS", "whatwg-url": "TLS, URL edge cases", "helper": "oauth1 auth",
    "inherited-entities": "https URL compare", "multi-level-folders-v1": "v1 format",
}


def start_server(binary):
    process = subprocess.Popen(
        [os.path.join(binary, "courier-testserver"), "--port", "0", "--raw-echo-port", "0", "--redirect-port", "0"],
        stdout=subprocess.PIPE, text=True)
    ports = []
    for _ in range(3):
        line = process.stdout.readline().strip()
        ports.append(int(line.rsplit(":", 1)[1]))
    return process, ports


def copy_rewritten(source, destination):
    with open(source, "rb") as f:
        data = f.read()
    for scheme in (b"https://postman-echo.com", b"https://postman-echo.com".replace(b"https", b"HTTPS")):
        data = data.replace(scheme, b"http://postman-echo.com")
    # UTF-16 files: rewrite the UTF-16 form too.
    wide = "https://postman-echo.com".encode("utf-16-le")
    data = data.replace(wide, "http://postman-echo.com".encode("utf-16-le"))
    with open(destination, "wb") as f:
        f.write(data)


def run_case(case, binary, ports, workdir, verbose):
    echo, raw, redirect = ports
    arguments = [os.path.join(binary, "courier"), "run"]
    for key, flag in (("collection", None), ("environment", "-e"), ("globals", "-g"), ("iterationData", "-d")):
        path = case.get(key)
        if not path:
            continue
        copy = os.path.join(workdir, os.path.basename(path))
        copy_rewritten(os.path.join(CORPUS, path), copy)
        arguments += ([flag] if flag else []) + [copy]
    options = case.get("runOptions") or {}
    if options.get("ignoreRedirects"):
        arguments.append("--ignore-redirects")
    if options.get("insecure"):
        arguments.append("-k")
    for key, flag in (("timeout", "--timeout"), ("timeoutRequest", "--timeout-request"), ("timeoutScript", "--timeout-script")):
        if key in options:
            arguments += [flag, str(options[key])]
    for mapping in (f"postman-echo.com:80:127.0.0.1:{echo}", f"localhost:4041:127.0.0.1:{raw}",
                    f"127.0.0.1:4041:127.0.0.1:{raw}", f"localhost:4042:127.0.0.1:{redirect}"):
        arguments += ["--connect-to", mapping]
    report = os.path.join(workdir, "report.json")
    arguments += ["--working-dir", CORPUS, "-r", "json", "--reporter-json-export", report, "--color", "off"]
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
    parser.add_argument("--offline-safe", action="store_true", help="skip the cases that need later work")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not os.path.isdir(CORPUS):
        print(f"conformance corpus not found at {CORPUS}")
        return 1
    with open(os.path.join(CORPUS, "cases.json")) as f:
        cases = json.load(f)["cases"]
    only = set(filter(None, args.only.split(",")))
    server, ports = start_server(args.bin)
    passed = failed = skipped = 0
    try:
        for case in cases:
            name = case["name"]
            if only and name not in only:
                continue
            if args.offline_safe and name in NEEDS_LATER_WORK:
                skipped += 1
                print(f"skip  {name} (needs {NEEDS_LATER_WORK[name]})")
                continue
            workdir = tempfile.mkdtemp(prefix=f"courier-{name}-")
            try:
                ok, detail = run_case(case, args.bin, ports, workdir, args.verbose)
            except subprocess.TimeoutExpired:
                ok, detail = False, "timed out"
            finally:
                shutil.rmtree(workdir, ignore_errors=True)
            if ok:
                passed += 1
                print(f"pass  {name}")
            else:
                failed += 1
                print(f"FAIL  {name}: {detail}")
    finally:
        server.terminate()
        server.wait()
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
