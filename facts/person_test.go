package facts

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// checkTokenViews checks that the tokens taken from a sentence's tokens at
// every rune boundary are the tokens read afresh from there.
func checkTokenViews(t *testing.T, s string) {
	t.Helper()
	all := tokens(s)
	type word struct {
		start, end int
		text       string
	}
	words := func(ts []token, shift int) []word {
		var out []word
		for _, x := range ts {
			out = append(out, word{x.start + shift, x.end + shift, x.text})
		}
		return out
	}
	for at := 0; at <= len(s); at++ {
		if at < len(s) && !utf8.RuneStart(s[at]) {
			continue
		}
		if got, want := words(tokensFrom(s, all, at), 0), words(tokens(s[at:]), at); !slices.Equal(got, want) {
			t.Fatalf("tokensFrom(%q, %d) = %v, want %v", s, at, got, want)
		}
		if got, want := words(tokensBefore(s, all, at), 0), words(tokens(s[:at]), 0); !slices.Equal(got, want) {
			t.Fatalf("tokensBefore(%q, %d) = %v, want %v", s, at, got, want)
		}
	}
}

func TestTokenViews(t *testing.T) {
	for _, s := range []string{
		"", "President-elect Jane Doe's aide, U.S. envoy J. Smith, said.",
		"the ex-president's son", "Smith'- and O'Neill -- x", "A.B.C. d.e. f",
	} {
		checkTokenViews(t, s)
	}
}

func FuzzTokenViews(f *testing.F) {
	f.Add("Special Envoy Steve Witkoff's deputy, U.S.-led talks")
	f.Fuzz(func(t *testing.T, s string) { checkTokenViews(t, s) })
}
