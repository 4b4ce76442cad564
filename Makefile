# factdiff: make run shows a report on the sample story; make test runs every test.
GO ?= go
STORY ?= testdata/stories/peace-plan

.PHONY: run test build bench vet fmt golden

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
	$(GO) test ./... -update

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

fmt:
	gofmt -w $$(git ls-files '*.go')
