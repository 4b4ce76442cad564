package keywords

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	bobu "github.com/BobuSumisu/aho-corasick"
)

// occurrences lists every (end, pattern) the automaton reports.
func occurrences(d *dfa, text []byte) []string {
	var out []string
	d.walk(text, func(end int, p int32) { out = append(out, fmt.Sprintf("%d:%d", end, p)) })
	slices.Sort(out)
	return out
}

// bobuOccurrences is the same from github.com/BobuSumisu/aho-corasick,
// the library the table replaced.
func bobuOccurrences(patterns []string, text []byte) []string {
	var out []string
	bobu.NewTrieBuilder().AddStrings(patterns).Build().Walk(text, func(end, _, p int64) bool {
		out = append(out, fmt.Sprintf("%d:%d", end+1, p))
		return true
	})
	slices.Sort(out)
	return out
}

func checkDFA(t *testing.T, patterns []string, text string) {
	t.Helper()
	d, err := newDFA(patterns)
	if err != nil {
		t.Fatal(err)
	}
	got, want := occurrences(d, []byte(text)), bobuOccurrences(patterns, []byte(text))
	if !slices.Equal(got, want) {
		t.Fatalf("patterns %q in %q:\n got %v\nwant %v", patterns, text, got, want)
	}
}

func TestDFA(t *testing.T) {
	for _, tc := range []struct {
		patterns []string
		text     string
	}{
		{[]string{"he", "she", "his", "hers"}, "ushers and his sheep"},
		{[]string{"death", "death toll", "toll"}, "the death toll rose; death tolls"},
		{[]string{"a", "aa", "aaa"}, "aaaa"},
		{[]string{"$", "us$", " yen", "€"}, "US$5 and 3 yen, €4 $"},
		{[]string{"abc"}, ""},
		{[]string{"x\xffy", "\xff"}, "ax\xffyb\xff"},
	} {
		checkDFA(t, tc.patterns, tc.text)
	}
	// Random patterns over a small alphabet, where suffixes and failure
	// links abound.
	r := rand.New(rand.NewPCG(1, 2))
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = "abc d"[r.IntN(5)]
		}
		return string(b)
	}
	for range 300 {
		seen := map[string]bool{}
		var patterns []string
		for range 1 + r.IntN(12) {
			if p := word(1 + r.IntN(5)); !seen[p] {
				seen[p] = true
				patterns = append(patterns, p)
			}
		}
		checkDFA(t, patterns, word(r.IntN(80)))
	}
}

func FuzzDFA(f *testing.F) {
	f.Add("he|she|his|hers", "ushers")
	f.Fuzz(func(t *testing.T, list, text string) {
		seen := map[string]bool{}
		var patterns []string
		start := 0
		for i := 0; i <= len(list); i++ {
			if i == len(list) || list[i] == '|' {
				if p := list[start:i]; p != "" && !seen[p] {
					seen[p] = true
					patterns = append(patterns, p)
				}
				start = i + 1
			}
		}
		if len(patterns) == 0 {
			return
		}
		checkDFA(t, patterns, text)
	})
}
