# Two commands for a fresh machine: `make serve` and `make test`. See README.md.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
MKDOCS := NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs
STAMP := $(VENV)/.installed

# `make build PRODUCTION=1`: a build for publishing, which stops on placeholder identity values in mkdocs.yml.
ifdef PRODUCTION
export SITE_PRODUCTION := $(PRODUCTION)
endif

.PHONY: serve build check test review-report codeowners ny-sida bench chromium nginx wrk clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	$(PY) -c 'import site, sys; print(sys.argv[1], file=open(site.getsitepackages()[0] + "/sitebuild.pth", "w"))' "$(CURDIR)"
	touch $(STAMP)

serve: $(STAMP)
	SITE_PRECOMPRESS=0 $(MKDOCS) serve --dev-addr 127.0.0.1:8000

# Build into a temporary folder and swap it in only when the whole build succeeded.
build: $(STAMP)
	rm -rf site.tmp
	$(MKDOCS) build --strict --site-dir site.tmp
	rm -rf site && mv site.tmp site

check: $(STAMP)
	$(PY) -m sitebuild.check

# Write .github/CODEOWNERS again from the pages' `owner` (make check says when it is needed).
codeowners: $(STAMP)
	$(PY) -m sitebuild.codeowners

# A new page from a template in docs/_mallar with today's dates: make ny-sida SIDA=sv/skola-och-arbete.md
ny-sida: $(STAMP)
	$(PY) -m sitebuild.new_page "$(SIDA)"

review-report: $(STAMP)
	$(PY) -m sitebuild.review_report

chromium:
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

nginx:
	@command -v nginx >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx)

test: $(STAMP) chromium nginx
	$(PY) -m pytest -q

wrk:
	@command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)

bench: $(STAMP) chromium nginx wrk
	$(PY) -m bench

clean:
	rm -rf site site.tmp .pytest_cache
