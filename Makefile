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

# Publish atomically: one build at a time (flock), each into a fresh folder under .builds/; `site` is a
# symlink flipped to the new folder in one rename (mv -T), so readers always see a whole site and a
# failed build leaves the published one untouched. Older builds are removed after the flip.
build: $(STAMP)
	@mkdir -p .builds
	@flock .builds/lock bash -c 'set -e; \
	  if [ -e site ] && [ ! -L site ]; then mv -T site .builds/site-previous-$$$$; ln -s .builds/site-previous-$$$$ site.new && mv -T site.new site; fi; \
	  target=$$(mktemp -d .builds/site-XXXXXXXX); chmod 755 "$$target"; \
	  if ! $(MKDOCS) build --strict --site-dir "$$target"; then rm -rf "$$target"; echo "make build: bygget misslyckades; den publicerade webbplatsen är oförändrad." >&2; exit 1; fi; \
	  ln -sfn "$$target" site.new && mv -T site.new site; \
	  for old in .builds/site-*; do [ "$$old" = "$$target" ] || rm -rf "$$old"; done'

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
	rm -rf site site.new .builds .pytest_cache
