# Courier: the two set-up commands are `make demo` and `make test`.
# Both install the missing system packages first (apt-get; sudo when not root).

SWIFT        ?= swift
CONFIG       ?= debug
BIN          := .build/$(CONFIG)
APT_PACKAGES := libcurl4-openssl-dev libjavascriptcoregtk-4.1-dev libssl-dev pkg-config socat curl openssl python3 chromium
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build release test demo bench conformance clean fuzz fuzz-smoke

all: build

## deps: install the system libraries Courier links against, if missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG)

## release: the binary to ship; the Swift runtime is linked in statically (start-up is ~1/3 faster).
release: deps
	$(SWIFT) build -c release --static-swift-stdlib --product courier

## test: every unit, integration and CLI test.
test: deps
	$(SWIFT) build --build-tests
	@status=0; $(SWIFT) test --skip-build --parallel --num-workers 2 --disable-swift-testing \
	  --xunit-output .build/test-results.xml || status=$$?; \
	python3 scripts/test-summary.py .build/test-results.xml || status=1; \
	python3 scripts/conformance.py --bin $(BIN) --quiet || status=1; \
	$(MAKE) --no-print-directory fuzz-smoke || status=1; exit $$status

## demo: start the bundled test server, run the bundled collection against it, stop the server.
demo: build
	@./scripts/demo.sh $(BIN)

## conformance: newman's own integration cases (../shared/conformance/newman) against the test server.
conformance: build
	python3 scripts/conformance.py --bin $(BIN)

## fuzz: build the libFuzzer targets (Fuzz/) and run each for 10 minutes.
fuzz:
	./Fuzz/build.sh
	./Fuzz/run.sh 600

## fuzz-smoke: the same, 15 seconds per target from the seeds (part of `make test`).
fuzz-smoke:
	./Fuzz/build.sh
	./Fuzz/run.sh --fresh 15

## bench: Courier against curl -K and a local nginx (Benchmarks/run prints one table).
bench: deps
	@dpkg -s nginx-light >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends nginx-light; }
	./Benchmarks/run

clean:
	rm -rf .build
