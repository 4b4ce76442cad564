# factdiff: make run shows a report on the sample story; make test runs every test.
GO ?= go
STORY ?= testdata/stories/peace-plan

.PHONY: run test build bench bench-go vet fmt golden

build:
	$(GO) build -o bin/factdiff ./cmd/factdiff

# The sample story with the default rules. factdiff exits 1 on a conflict;
# here the report is what we want, so --fail-on never.
run: build
	./bin/factdiff --fail-on never $(STORY)

test:
	$(GO) vet ./...
	$(GO) test ./...

# Regenerate golden files; review the diff before committing.
golden:
	$(GO) test ./report ./facts ./cmd/factdiff ./persons -update

# The benchmark harness (scripts/bench.sh; BENCHMARKS.md has the figures):
# 10 and 100 MB corpora, ripgrep next to factdiff, the targets. About ten
# minutes on 2 cores; BENCH_QUICK=1 skips the big corpora.
bench:
	GO=$(GO) scripts/bench.sh

# Only the Go benchmarks, with allocations.
bench-go:
	$(GO) test -run '^$$' -bench . -benchmem ./...

fmt:
	gofmt -w $$(git ls-files '*.go')
