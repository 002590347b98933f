# tailwatch — see README.md. `make demo` and `make test` are all a fresh machine needs.
SWIFT ?= swift
DEV_SET ?= ../shared/dev
# Real passages by other writers with gold (issue 13): train/ is read, check/ only scored.
REAL_SET ?= ../shared/real
RELEASE_BIN = .build/release/tailwatch
DEBUG_BIN = .build/debug/tailwatch
include eval-floors.mk

.PHONY: libxml2 all build release demo test unit eval eval-gate log-check bench bench-smoke scale-check report-check browse browse-check dates-compare reliability fuzz sanitize clean man

all: build

# HTML pages are parsed with Debian's libxml2 (a system library, as SQLite is): its
# headers are installed when missing, before anything is built.
LIBXML2_HEADER = /usr/include/libxml2/libxml/HTMLparser.h
libxml2:
	@test -f $(LIBXML2_HEADER) || (apt-get update && apt-get install -y libxml2-dev)

build: libxml2
	$(SWIFT) build

# Swift's standard library and Foundation linked in (a 93 MB binary): a cold `history`
# starts in ~57 ms instead of ~135 ms (no 90 MB of shared libraries to load and relocate),
# a warm one in 8.9 ms instead of 13.1 ms (README "Speed").
release: libxml2
	$(SWIFT) build -c release --static-swift-stdlib

# Build, ingest the bundled fixture articles, print a history and an airport board.
demo: release
	@rm -f demo.sqlite demo.sqlite-wal demo.sqlite-shm
	$(RELEASE_BIN) ingest --db demo.sqlite Fixtures/seeds Fixtures/articles
	$(RELEASE_BIN) history --db demo.sqlite I-DIEM
	$(RELEASE_BIN) airport --db demo.sqlite HLLB

# Every unit and end-to-end test, then the accuracy floors.
test: unit eval-gate

unit: libxml2
	$(SWIFT) test

# Precision/recall/F1 tables for the seeds, our fixtures, the development set and the blind set.
eval: release
	$(RELEASE_BIN) eval Fixtures/seeds/gold.jsonl --corpus Fixtures/seeds
	$(RELEASE_BIN) eval Fixtures/gold.jsonl --corpus Fixtures/articles
	@if [ -d "$(DEV_SET)" ]; then $(RELEASE_BIN) eval $(DEV_SET)/gold.jsonl --corpus $(DEV_SET); \
	else echo "development set not found at $(DEV_SET); skipped"; fi
	$(RELEASE_BIN) eval Fixtures/blind/gold.jsonl --corpus Fixtures/blind
	$(RELEASE_BIN) eval-identifiers Fixtures/identifiers/sentences.tsv
	$(RELEASE_BIN) eval-identifiers Fixtures/identifiers/blind.tsv
	$(RELEASE_BIN) eval-dates Fixtures/dates/dates.tsv --repeat 20
	@if [ -d "$(REAL_SET)" ]; then \
		$(RELEASE_BIN) eval $(REAL_SET)/train/gold.jsonl --corpus $(REAL_SET)/train --kinds --verbose && \
		$(RELEASE_BIN) eval $(REAL_SET)/check/gold.jsonl --corpus $(REAL_SET)/check; \
	else echo "real set not found at $(REAL_SET); skipped"; fi

# Score real/check with the release binary and append a line for HEAD to Fixtures/real-check-log.tsv.
LOG_NOTE ?=
log-check: release
	bash Scripts/eval/log-check.sh $(RELEASE_BIN) $(REAL_SET)/check "$(LOG_NOTE)"

# The same tables, failing when a score drops below its floor in eval-floors.mk.
eval-gate: build
	$(DEBUG_BIN) eval Fixtures/seeds/gold.jsonl --corpus Fixtures/seeds \
		--min-event-f1 $(SEEDS_EVENT_F1) --min-registration-f1 $(SEEDS_REGISTRATION_F1)
	$(DEBUG_BIN) eval Fixtures/gold.jsonl --corpus Fixtures/articles \
		--min-event-f1 $(FIXTURES_EVENT_F1) --min-registration-f1 $(FIXTURES_REGISTRATION_F1)
	@if [ -d "$(DEV_SET)" ]; then $(DEBUG_BIN) eval $(DEV_SET)/gold.jsonl --corpus $(DEV_SET) \
		--min-event-f1 $(DEV_EVENT_F1) --min-registration-f1 $(DEV_REGISTRATION_F1); \
	else echo "development set not found at $(DEV_SET); its floor is not checked"; fi
	$(DEBUG_BIN) eval Fixtures/blind/gold.jsonl --corpus Fixtures/blind \
		--min-event-f1 $(BLIND_EVENT_F1) --min-registration-f1 $(BLIND_REGISTRATION_F1)
	$(DEBUG_BIN) eval-identifiers Fixtures/identifiers/sentences.tsv \
		--min-precision $(IDENTIFIERS_PRECISION) --min-recall $(IDENTIFIERS_RECALL)
	$(DEBUG_BIN) eval-identifiers Fixtures/identifiers/blind.tsv \
		--min-precision $(IDENTIFIERS_PRECISION) --min-recall $(IDENTIFIERS_RECALL)
	$(DEBUG_BIN) eval-dates Fixtures/dates/dates.tsv --repeat 0 --min-accuracy $(DATES_ACCURACY)
	@if [ -d "$(REAL_SET)" ]; then \
		$(DEBUG_BIN) eval $(REAL_SET)/train/gold.jsonl --corpus $(REAL_SET)/train --min-event-f1 $(REAL_TRAIN_EVENT_F1) \
			--min-registration-f1 $(REAL_TRAIN_REGISTRATION_F1) --min-date-f1 $(REAL_TRAIN_DATE_F1) && \
		$(DEBUG_BIN) eval $(REAL_SET)/check/gold.jsonl --corpus $(REAL_SET)/check --min-event-f1 $(REAL_CHECK_EVENT_F1) \
			--min-registration-f1 $(REAL_CHECK_REGISTRATION_F1) --min-date-f1 $(REAL_CHECK_DATE_F1); \
	else echo "real set not found at $(REAL_SET); its floors are not checked"; fi

# tailwatch against Python dateparser's search_dates on Fixtures/dates/dates.tsv, in a
# throwaway venv (docs/dates-comparison.md). Needs network for PyPI; not part of `make test`.
dates-compare: release
	bash Scripts/dates/compare_dateparser.sh

# A reproducible benchmark (Scripts/bench/bench.sh): a dense corpus recombined from
# ../shared/real/train's passages, then the seeded sparse corpus; ingest MB/s, query
# latency, and a dateparser baseline. Not part of `make test`; about 7 minutes.
# BENCH_SIZES="10000 100000 300000" make bench: one table per size (300k: ~930 MB of text).
BENCH_SIZES ?= 10000
bench:
	bash Scripts/bench/bench.sh $(BENCH_SIZES)

# The benchmark harness end to end on 200 articles in seconds (CI): the release build's
# tailwatch and tailwatch-bench, no baseline venv, few runs; fails if anything in it breaks.
# The dense corpus too (200 articles from ../shared/real/train, a 100 kB digest, a 300 kB big file).
bench-smoke: release
	bash Scripts/bench/bench.sh --bin-dir .build/release --out /tmp/tailwatch-bench-smoke --skip-baseline \
		--sample-bytes 300000 --big-bytes 5000000 --long-timeout 30 --runs 5 --query-budget 5 --cold-runs 1 --strict 200

# The Spark extraction job (Scripts/spark/extract_job.py, local[2]) on the fixtures and
# ../shared/real, each loaded with `ingest --observations` and proved equal to a direct
# ingest; then its throughput on a dense corpus (SCALE_DENSE articles, default 2000).
# Installs pyspark in a venv (and openjdk-17-jre-headless if java is missing). Not part
# of `make test`; a few minutes.
scale-check: release
	bash Scripts/spark/scale_check.sh

# The HTML report in a real headless Chromium (Debian's chromium, installed if missing): the
# route paths in its DOM and route-coloured pixels in a screenshot. Not part of `make test`.
# REPORT_PNG=docs/report-I-DIEM.png make report-check also refreshes the README's picture.
report-check: build
	bash Scripts/check-report.sh $(DEBUG_BIN)

# The demo database in Datasette on localhost (http://127.0.0.1:8001/demo/flights): the flights
# view with facets on registry country, type, operator and airports, and the cluster map
# (datasette/metadata.json). Datasette 0.65.5 and datasette-cluster-map 0.18.2 go in a venv,
# .venv-browse, from PyPI the first time. BROWSE_PORT picks another port. Ctrl-C stops it.
BROWSE_PORT ?= 8001
browse: demo
	bash Scripts/browse/serve.sh demo.sqlite $(BROWSE_PORT)

# Datasette serving the fixtures' flights, opened in headless Chromium (Debian's chromium,
# installed if missing): the view's rows, a facet and the map's markers must render. Prints
# one PASS/FAIL line per check. Not part of `make test` (it needs PyPI and a browser).
browse-check: release
	bash Scripts/browse/check.sh $(RELEASE_BIN)

# Crash test (SIGKILL at >= 50 random moments), two ingests and a history loop on one
# database, the hostile-input suite; one table (Scripts/reliability). About 10 minutes.
reliability: release
	bash Scripts/reliability/reliability.sh

# libFuzzer over one document's whole extraction (Fuzz/), FUZZ_SECONDS long (default
# 10 minutes); a crashing input lands in Fixtures/fuzz-regressions/.
FUZZ_SECONDS ?= 600
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash Scripts/reliability/fuzz.sh

# The test suite under AddressSanitizer, then ThreadSanitizer, each in its own scratch path.
# Leaks XCTest itself keeps are suppressed (Scripts/reliability/lsan.supp). About 30 minutes.
sanitize:
	LSAN_OPTIONS=suppressions=$(CURDIR)/Scripts/reliability/lsan.supp $(SWIFT) test --sanitize=address --scratch-path .build-asan
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan

clean:
	rm -rf .build demo.sqlite demo.sqlite-wal demo.sqlite-shm

# docs/tailwatch.1, the man page, generated from the commands' own help by
# swift-argument-parser's generate-manual plugin (`man ./docs/tailwatch.1`). Run after
# changing a command's options; DeskEndToEndTests checks the page lists every option.
MAN_DATE ?= $(shell date -u +%Y-%m-%d)
man:
	$(SWIFT) package generate-manual --configuration debug --date $(MAN_DATE)
	cp .build/plugins/GenerateManual/outputs/tailwatch/tailwatch.1 docs/tailwatch.1
