package keywords

// Benchmarks behind the choice of Aho-Corasick library, kept so the figures
// can be reproduced:
//
//	go test -run XXX -bench . -benchmem ./keywords/
//
// The corpus (about 4 MiB, 1024 documents of about 4 KiB) and the keyword
// lists (30, 300 and 3000 keywords, each a prefix of the next) are generated
// by corpus_test.go. MB/s is over the whole corpus.
//
// BenchmarkLibraries compares the package's own table automaton with the
// two candidate libraries on the scan alone, with the patterns New derives
// from the keywords, reporting every (overlapping) occurrence:
//   - dfa: the table (dfa.go), over the lower-case view;
//   - bobu: github.com/BobuSumisu/aho-corasick, Trie.Walk over the lower-case
//     view (the cost of building the view is included);
//   - petar-dfa, petar-nfa: github.com/petar-dambovaliev/aho-corasick with
//     StandardMatch (the only kind that reports overlapping matches; the
//     leftmost kinds would hide "death" behind "death toll") and
//     AsciiCaseInsensitive on the original text, so no view is needed.
//
// BenchmarkFind is the package's Find; BenchmarkFindPetar runs the same
// pipeline (view, boundaries, inflection, sorting) with the other library
// in place of the trie.

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	bobu "github.com/BobuSumisu/aho-corasick"
	petar "github.com/petar-dambovaliev/aho-corasick"
)

var benchSizes = []int{30, 300, 3000}

func benchMatcher(b *testing.B, n int) *Matcher {
	m, err := New(benchKeywords(n))
	if err != nil {
		b.Fatal(err)
	}
	return m
}

func BenchmarkLibraries(b *testing.B) {
	text, docs := benchCorpus()
	for _, n := range benchSizes {
		m := benchMatcher(b, n)
		b.Run(fmt.Sprintf("dfa/%d", n), func(b *testing.B) {
			d, err := newDFA(m.patterns)
			if err != nil {
				b.Fatal(err)
			}
			var buf []byte
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				count := 0
				for _, doc := range docs {
					buf = lowerView(buf, doc)
					d.walk(buf, func(int, int32) { count++ })
				}
				b.ReportMetric(float64(count), "occurrences")
			}
		})
		b.Run(fmt.Sprintf("bobu/%d", n), func(b *testing.B) {
			tr := bobu.NewTrieBuilder().AddStrings(m.patterns).Build()
			var buf []byte
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				count := 0
				for _, d := range docs {
					buf = lowerView(buf, d)
					tr.Walk(buf, func(_, _, _ int64) bool { count++; return true })
				}
				b.ReportMetric(float64(count), "occurrences")
			}
		})
		for _, dfa := range []bool{true, false} {
			name := map[bool]string{true: "petar-dfa", false: "petar-nfa"}[dfa]
			b.Run(fmt.Sprintf("%s/%d", name, n), func(b *testing.B) {
				bl := petar.NewAhoCorasickBuilder(petar.Opts{
					AsciiCaseInsensitive: true, MatchKind: petar.StandardMatch, DFA: dfa,
				})
				ac := bl.Build(m.patterns)
				bdocs := make([][]byte, len(docs))
				for i, d := range docs {
					bdocs[i] = []byte(d)
				}
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					count := 0
					for _, d := range bdocs {
						it := ac.IterOverlappingByte(d)
						for x := it.Next(); x != nil; x = it.Next() {
							count++
						}
					}
					b.ReportMetric(float64(count), "occurrences")
				}
			})
		}
	}
}

func BenchmarkFind(b *testing.B) {
	text, docs := benchCorpus()
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			m := benchMatcher(b, n)
			var hits []Hit
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				count := 0
				for _, d := range docs {
					hits = m.Find(hits[:0], d)
					count += len(hits)
				}
				b.ReportMetric(float64(count), "hits")
			}
		})
	}
}

// findPetar is Find with the petar-dambovaliev automaton.
func findPetar(m *Matcher, ac petar.AhoCorasick, buf *[]byte, dst []Hit, text string) []Hit {
	view := lowerView(*buf, text)
	*buf = view
	n0 := len(dst)
	it := ac.IterOverlappingByte(view)
	for x := it.Next(); x != nil; x = it.Next() {
		dst = m.report(dst, text, view, x.Pattern(), x.End())
	}
	sortHits(dst[n0:])
	return dst
}

func BenchmarkFindPetar(b *testing.B) {
	text, docs := benchCorpus()
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			m := benchMatcher(b, n)
			bl := petar.NewAhoCorasickBuilder(petar.Opts{MatchKind: petar.StandardMatch, DFA: true})
			ac := bl.Build(m.patterns)
			var hits []Hit
			var buf []byte
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				count := 0
				for _, d := range docs {
					hits = findPetar(m, ac, &buf, hits[:0], d)
					count += len(hits)
				}
				b.ReportMetric(float64(count), "hits")
			}
		})
	}
}

// BenchmarkNew measures compiling the keywords (ns/op and memory per Matcher).
func BenchmarkNew(b *testing.B) {
	for _, n := range benchSizes {
		kws := benchKeywords(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := New(kws); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkNewPetar measures compiling the same patterns with the other library.
func BenchmarkNewPetar(b *testing.B) {
	for _, n := range benchSizes {
		m := benchMatcher(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				bl := petar.NewAhoCorasickBuilder(petar.Opts{MatchKind: petar.StandardMatch, DFA: true})
				bl.Build(m.patterns)
			}
		})
	}
}

// BenchmarkRegexp30 is the baseline the automaton replaces: one
// case-insensitive alternation of the 30 keywords, on the first 64 documents
// only (it is about a hundred times slower).
func BenchmarkRegexp30(b *testing.B) {
	_, docs := benchCorpus()
	docs = docs[:64]
	quoted := make([]string, 0, 30)
	for _, w := range benchKeywords(30) {
		quoted = append(quoted, regexp.QuoteMeta(w))
	}
	re := regexp.MustCompile(`(?i)\b(?:` + strings.Join(quoted, "|") + `)\b`)
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			re.FindAllStringIndex(d, -1)
		}
	}
}
