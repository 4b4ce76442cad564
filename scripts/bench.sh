#!/usr/bin/env bash
# make bench: generate the synthetic corpora, run factdiff end to end on
# them next to ripgrep, check the planted answers, run the Go benchmarks
# and print every figure against the targets of BENCHMARKS.md.
#
# Environment:
#   BENCH_OUT        where corpora and results go (default bench-out, gitignored)
#   BENCH_QUICK=1    skip the 100 MB and 100,000-source corpora and the Go benchmarks
#   BENCH_TIMEOUT    how long one compare run may take before it is killed (default 90s)
#   BENCH_SEED       corpus seed (default 1)
#   GO               the go command (default go)
#
# Corpora are reused between runs while the generator binary and its
# parameters are unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
OUT=${BENCH_OUT:-bench-out}
QUICK=${BENCH_QUICK:-0}
TIMEOUT=${BENCH_TIMEOUT:-90s}
SEED=${BENCH_SEED:-1}
RES=$OUT/results.jsonl
# The binaries are the bench's own: a `make build` during the run must not
# swap the program being measured.
FD=$OUT/bin/factdiff
CG=$OUT/bin/corpusgen

mkdir -p "$OUT"
: >"$RES"
started=$(date +%s)

section() { printf '\n== %s\n' "$*"; }

section "machine"
echo "cpu:    $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') ($(nproc) cores)"
echo "memory: $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)"
echo "kernel: $(uname -sr)"
echo "go:     $($GO version)"
echo "load:   $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; other work on the machine makes timings noisy)"

section "build"
$GO build -o $FD ./cmd/factdiff
$GO build -o $CG ./cmd/corpusgen
echo "built $FD and $CG from $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- '*.go' 2>/dev/null || echo ' with uncommitted changes')"

section "ripgrep"
if ! command -v rg >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ]; then
		echo "rg is missing: installing Debian's ripgrep package"
		apt-get update -qq && apt-get install -y -qq ripgrep >/dev/null
	else
		echo "rg is missing and this is not root: run 'apt-get install -y ripgrep' as root; the rg figures are skipped"
	fi
fi
HAVE_RG=0
if command -v rg >/dev/null 2>&1; then
	HAVE_RG=1
	rg --version | head -1
fi

section "corpora (seed $SEED)"
gen() { # name, then corpusgen gen flags
	local name=$1
	shift
	local stamp
	stamp="$* -seed $SEED $(cat corpusgen/*.go | sha256sum | cut -c1-16)"
	if [ -f "$OUT/$name/manifest.json" ] && [ "$(cat "$OUT/$name.stamp" 2>/dev/null)" = "$stamp" ]; then
		echo "$OUT/$name: reused"
		return
	fi
	rm -rf "${OUT:?}/$name" "$OUT/$name.stamp"
	$CG gen -o "$OUT/$name" -seed "$SEED" "$@"
	echo "$stamp" >"$OUT/$name.stamp"
}
# One story told by many sources: factdiff compares the sources of one
# story, so the corpus that is compared end to end is one story.
gen c1 -stories 1 -mb 1
gen c10 -stories 1 -mb 10
gen s1k -stories 1 -articles 1000 -size 700
gen s10k -stories 1 -articles 10000 -size 700
if [ "$QUICK" != 1 ]; then
	gen c100 -stories 1 -mb 100
	gen s100k -stories 1 -articles 100000 -size 700
fi
$CG rules -factor 10 >"$OUT/rules10x.yaml"
$CG keywords >"$OUT/keywords.txt"
echo "$OUT/rules10x.yaml: $(grep -c '^  - id:' "$OUT/rules10x.yaml") generated rules; $OUT/keywords.txt: $(wc -l <"$OUT/keywords.txt") default-pack keywords for rg"

BIG=c10
SMALLS="s1k s10k"
if [ "$QUICK" != 1 ]; then
	BIG="c10 c100"
	SMALLS="s1k s10k s100k"
fi

M() { $CG measure -json "$RES" "$@"; }
# Timings are the best of several runs (the machine may be shared); peak
# memory is the largest of them.
reps() { case $1 in c100 | s100k) echo 3 ;; *) echo 5 ;; esac }
EXTRACT="extract --format json"
COMPARE="compare --format json --fail-on never"

RG=(rg -F -i -w --count-matches -g '*.txt' -f "$OUT/keywords.txt")
if [ "$HAVE_RG" = 1 ]; then
	last=${BIG##* }
	"${RG[@]}" "$OUT/$last" >"$OUT/rg-$last.counts"
	echo "rg matches in $last: $(awk -F: '{n += $NF} END {print n}' "$OUT/rg-$last.counts")"
fi

# The runs whose times are compared (rg and factdiff, one worker and two,
# the default rules and ten times as many) are taken in rounds, each round
# running every one of them once, so that all of them meet the same
# moments of a shared machine; each figure is the fastest of its rounds.
#   rg, rg -j1                    ripgrep on the same keywords and files
#   extract                       default workers (2), output thrown away
#   extract-j1, extract-j2        one and two workers, outputs kept and compared
#   pair-j1                       two one-worker runs at once, sharing nothing:
#                                 what this machine gives two workers at best
#   extract-rules10x              the default pack plus $OUT/rules10x.yaml
round() { # corpus
	local c=$1 d=$OUT/$1
	if [ "$HAVE_RG" = 1 ]; then
		M -label "rg/$c" -corpus "$d" -- "${RG[@]}" "$d" >"$OUT/rg.out"
		M -label "rg-j1/$c" -corpus "$d" -- "${RG[@]}" -j1 "$d" >"$OUT/rg.out"
	fi
	M -label "extract/$c" -corpus "$d" -- $FD $EXTRACT -o /dev/null "$d"
	M -label "extract-j1/$c" -corpus "$d" -- $FD $EXTRACT --jobs 1 -o "$OUT/x-$c-j1.json" "$d"
	M -label "extract-j2/$c" -corpus "$d" -- $FD $EXTRACT --jobs 2 -o "$OUT/x-$c-j2.json" "$d"
	M -label "pair-j1/$c" -corpus "$d" -- sh -c "$FD $EXTRACT --jobs 1 -o /dev/null $d & $FD $EXTRACT --jobs 1 -o /dev/null $d; wait"
	M -label "extract-rules10x/$c" -corpus "$d" -- $FD $EXTRACT --rules "$OUT/rules10x.yaml" -o /dev/null "$d"
}
section "ripgrep and extraction, end to end (factdiff extract --format json), in rounds"
for c in $BIG; do
	for ((i = 0; i < $(reps $c); i++)); do
		round "$c"
	done
	$CG same -json "$RES" -label "identical/$c-extract" "$OUT/x-$c-j1.json" "$OUT/x-$c-j2.json"
	$CG count -json "$RES" -label "facts/$c" "$OUT/x-$c-j2.json"
	rm -f "$OUT/x-$c-j1.json" "$OUT/x-$c-j2.json"
done

section "comparison, end to end (factdiff compare --format json), killed after $TIMEOUT"
for c in c1 $BIG $SMALLS; do
	M -repeat "$(reps $c)" -label "compare/$c" -corpus "$OUT/$c" -timeout "$TIMEOUT" -- $FD $COMPARE -o /dev/null "$OUT/$c"
done
for c in $SMALLS; do
	M -repeat "$(reps $c)" -label "extract/$c" -corpus "$OUT/$c" -- $FD $EXTRACT -o "$OUT/x-$c.json" "$OUT/$c"
	$CG count -json "$RES" -label "facts/$c" "$OUT/x-$c.json"
	rm -f "$OUT/x-$c.json"
done

section "planted answers and --jobs 1 / --jobs 2 output of compare"
# On corpora the comparison finishes quickly; each run is killed after $TIMEOUT.
for c in c1 c10 s1k; do
	if timeout "$TIMEOUT" $FD $COMPARE --jobs 1 -o "$OUT/cmp-$c-j1.json" "$OUT/$c" &&
		timeout "$TIMEOUT" $FD $COMPARE --jobs 2 -o "$OUT/cmp-$c-j2.json" "$OUT/$c"; then
		$CG same -json "$RES" -label "identical/$c-compare" "$OUT/cmp-$c-j1.json" "$OUT/cmp-$c-j2.json"
		$CG check -json "$RES" -label "answers/$c" -manifest "$OUT/$c/manifest.json" "$OUT/cmp-$c-j2.json" || true
	else
		echo "compare on $c did not finish within $TIMEOUT: answers not checked"
	fi
	rm -f "$OUT/cmp-$c-j1.json" "$OUT/cmp-$c-j2.json"
done

if [ "$QUICK" != 1 ]; then
	section "Go benchmarks (go test -bench . -benchmem ./...)"
	$GO test -run '^$' -bench . -benchmem ./... 2>&1 | grep -E '^(Benchmark|ok|FAIL|pkg:)' | tee "$OUT/gobench.txt"

	section "CPU profile of extraction (BenchmarkExtract/default)"
	$GO test -run '^$' -bench 'BenchmarkExtract/default' -benchtime 2s -cpuprofile "$OUT/extract.prof" -o "$OUT/corpusgen.test" ./corpusgen/ | grep -E '^Benchmark'
	$GO tool pprof -top -nodecount 25 "$OUT/corpusgen.test" "$OUT/extract.prof" 2>/dev/null | sed -n '/flat%/,$p'
	echo "by caller (cumulative):"
	$GO tool pprof -top -cum -nodecount 25 "$OUT/corpusgen.test" "$OUT/extract.prof" 2>/dev/null | sed -n '/flat%/,$p' | grep factdiff

	section "CPU profile of comparison (BenchmarkCompare/sources1000)"
	$GO test -run '^$' -bench 'BenchmarkCompare/sources1000' -cpuprofile "$OUT/compare.prof" -o "$OUT/corpusgen.test" ./corpusgen/ | grep -E '^Benchmark'
	$GO tool pprof -top -nodecount 15 "$OUT/corpusgen.test" "$OUT/compare.prof" 2>/dev/null | sed -n '/flat%/,$p'
fi

section "figures against the targets (also in $OUT/figures.md)"
$CG report "$RES" | tee "$OUT/figures.md"
echo
echo "make bench took $(($(date +%s) - started))s; load $(cut -d' ' -f1-3 /proc/loadavg)"
