# Alianza — the targets a newcomer needs. `make run` starts everything; `make test` tests everything.
SHELL := /bin/bash
UV_VERSION := 0.13.8
TOOLS := .local/tools
UV := $(TOOLS)/bin/uv
# `make run KAFKA_BROKERS=3` runs a three-broker Kafka cluster, `KAFKA_SECURITY=SASL_SSL` a
# secured one (TLS, SCRAM users, ACLs); unset, one plain broker. See README "Kafka".
# `REPLICAS=3` runs every service process three times (README "Replicas").
STACK_ENV := $(if $(KAFKA_BROKERS),ALIANZA_KAFKA_BROKERS=$(KAFKA_BROKERS)) \
	$(if $(KAFKA_SECURITY),ALIANZA_KAFKA_SECURITY_PROTOCOL=$(KAFKA_SECURITY)) \
	$(if $(REPLICAS),ALIANZA_REPLICAS=$(REPLICAS))
STACK := $(STACK_ENV) $(UV) run --frozen python -m deploy.local.stack

.PHONY: run stop status scale logs test test-long lint format install browser kubectl prometheus asyncapi-cli clean demo contracts sdk manifests bench chaos mutate

run: install prometheus ## start PostgreSQL, Kafka, the three services and Prometheus; print where they are
	$(STACK) up

stop: ## stop everything `make run` or `make test` started
	@if [ -x $(UV) ]; then $(STACK) down; fi

demo: install ## load three example partnerships into a running `make run` and walk their lifecycle
	$(UV) run --frozen python -m deploy.demo

status: ## each process's state, pid and restart count; crash-looping ones flagged
	$(STACK) status

scale: ## run N of a process's replicas (after `make run REPLICAS=3`): make scale PROCESS=registry-consume N=1
	$(STACK) scale $(PROCESS) $(N)

logs: ## follow every process's log
	tail -n 50 -F .local/logs/*.log

test: install browser kubectl prometheus lint ## ruff, mypy, import contracts, then every test against the real stack
	$(STACK) up
	@# Unit, contract and integration tests wait on I/O: two workers, a file each at a time. The
	@# end-to-end tests (chaos runs, whole systems) take the machine to themselves, one by one.
	$(UV) run --frozen pytest -n 2 --dist loadfile tests/unit tests/contract tests/integration; \
	first=$$?; $(UV) run --frozen pytest tests/e2e; second=$$?; \
	exit $$(( first || second ))

lint: install
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen mypy .
	$(UV) run --frozen lint-imports

format: install
	$(UV) run --frozen ruff format .
	$(UV) run --frozen ruff check --fix .

bench: install ## benchmarks against the local stack (started if needed); see README "Performance"
	$(UV) run --frozen python -m bench

test-long: install browser kubectl prometheus ## the tests `make test` leaves out for time (the whole lifecycle over the secured three-broker cluster)
	$(STACK) up
	$(UV) run --frozen pytest -m long

chaos: install ## 20 minutes of load and faults on a private stack, then reconcile; see README "Chaos"
	$(UV) run --frozen python -m chaos

# Slow (minutes to an hour on two cores): not part of `make test`. MUTANTS narrows it by name,
# e.g. MUTANTS='shared.faults.*'; see README "Mutation testing".
mutate: install ## mutation testing (mutmut) of shared/ and each domain.py, the unit tests as runner
	$(UV) run --frozen mutmut run $(MUTANTS)
	$(UV) run --frozen mutmut results

contracts: install asyncapi-cli ## regenerate contracts/ (AsyncAPI and its HTML, event JSON Schemas, OpenAPI) from the code
	ALIANZA_ASYNCAPI_CLI=$(ASYNCAPI_CLI) $(UV) run --frozen python -m deploy.contracts

sdk: install ## regenerate sdk/ (a typed Python client per service) from contracts/openapi/
	$(UV) run --frozen python -m deploy.sdk

manifests: install ## regenerate the Kubernetes base (deploy/kubernetes/base) from the code
	$(UV) run --frozen python -m deploy.kubernetes.generate

install: $(UV) ## the pinned uv, then the locked virtual environment
	$(UV) sync --frozen --quiet

# The ops console's test drives Debian's Chromium; installed once, with apt, when missing.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		echo "installing Debian's chromium and chromium-driver for the browser test"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends chromium chromium-driver >/dev/null; \
	fi

# The Kubernetes manifest test renders the base with `kubectl kustomize`; Debian's kubectl (the
# kubernetes-client package) is installed once, with apt, when none is on the PATH.
kubectl:
	@if ! command -v kubectl >/dev/null; then \
		echo "installing Debian's kubernetes-client (kubectl) for the manifest test"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends kubernetes-client >/dev/null; \
	fi

# The official AsyncAPI CLI and its HTML template, which `make contracts` renders the event docs
# with: installed once from npm, at the versions contracts/tools/html/package-lock.json pins, under
# .local/ (no install scripts run: the template's PDF output, which would fetch a browser, is
# not used). Once there, rendering needs no network.
ASYNCAPI_TOOLS := .local/asyncapi-cli
ASYNCAPI_CLI := $(ASYNCAPI_TOOLS)/node_modules/.bin/asyncapi
asyncapi-cli: $(ASYNCAPI_CLI)

$(ASYNCAPI_CLI): contracts/tools/html/package.json contracts/tools/html/package-lock.json
	@echo "installing the AsyncAPI CLI and HTML template under $(ASYNCAPI_TOOLS) (once)"
	mkdir -p $(ASYNCAPI_TOOLS)
	cp contracts/tools/html/package.json contracts/tools/html/package-lock.json $(ASYNCAPI_TOOLS)/
	cd $(ASYNCAPI_TOOLS) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $(ASYNCAPI_CLI)

# Prometheus (and promtool, for the alert rules' tests) from Debian, installed once when missing.
# The package would start its own service on :9090 where systemd runs; ours runs from
# deploy/local/stack.py with the repository's configuration, so the packaged one is switched off.
prometheus:
	@if ! command -v prometheus >/dev/null || ! command -v promtool >/dev/null; then \
		echo "installing Debian's prometheus for make run and the alert rule tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends prometheus >/dev/null; \
		if [ -d /run/systemd/system ]; then systemctl disable --now prometheus >/dev/null 2>&1 || true; fi; \
	fi

$(UV):
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

clean: stop
	rm -rf .local .venv
